"""Parse only what a finding reads: a cheap first pass decides which sentences the model sees.

Most news has no percentage at all, and in an article that has one most
sentences say nothing a finding needs. The statistical components (tok2vec,
morphologizer, parser) cost far more than everything else, so
:func:`parse_selectively` runs them only where the stages after them read
their output:

1. the tokenizer, the percentage finder and the survey finder read the text
   alone; an article without a figure is never parsed (``extract`` does not
   even tokenise it: its surveys are read from the text);
2. otherwise the sentence marks split it, :func:`sentences_to_parse` names the
   sentences a finding reads, and only runs of those go through the model, in
   bounded batches (so memory does not grow with the article);
3. their parse is written back into the article's Doc, whose sentence
   boundaries are set again from the marks, and the subjects, statements and
   linking run on it as they run on a fully parsed Doc.

A rule that needs the parse checks the annotation of its own sentence
(:func:`nlsurveyextract.text.docview.sentence_parsed`), never the Doc's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from ..text.docview import build_view, percentage_spans_key, sentence_token_starts, text_of
from .percentages import EXTENSION as PERCENTAGE
from .percentages import FACTORY as PERCENTAGES
from .sentences import FACTORY as SENTENCES
from .subjects.antecedents import paragraph_start
from .subjects.discourse import MAX_ANTECEDENT_DISTANCE
from .subjects.rules.respective_item import PAIRING_WORD
from .surveys import FACTORY as SURVEYS
from .surveys import surveys_of

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from ..text.docview import Offsets

Component = Callable[["Doc"], "Doc"]

TEXT_STAGES = (PERCENTAGES, SURVEYS)
"""Library components that read the text alone: they run before anything is parsed."""

LIBRARY_PREFIX = "nlsurveyextract_"
"""Every factory of this library starts with it; any other component belongs to the model."""

PARSED_ATTRIBUTES = (TAG, POS, MORPH, LEMMA, HEAD, DEP)
"""What the model's components assign to a token and the stages may read."""

MAX_CHUNK_TOKENS = 1000
"""Tokens of one run of selected sentences given to the model as one Doc; a longer run is split."""

OPENING_CHARACTERS = 1000
"""How far into the article a group counts as named first (headline and lead)."""

CONTEXT_TOKENS = 4
"""Tokens on either side of a run of sentences the model also reads, and whose parse is dropped.

Each token's vector depends on four tokens either side (the model's window
of one over four layers), so with this margin a sentence parsed on its own
gets the vectors it gets in the full article; its parse is fixed by its own
sentence marks. (Ten tokens gave the same findings on 121 real articles, and
cost a fifth more model time.)
"""

MAX_BATCH_TOKENS = 3000
"""Tokens the model reads per batch. The parser holds some 13 kB per token of a batch, so a
bound in tokens, not in Docs, keeps memory flat however many sentences an article has."""


def sentences_to_parse(
    doc: Doc,
    sentence_starts: Sequence[int],
    figures: Iterable[SpacySpan],
    populations: Iterable[Offsets] = (),
) -> list[int]:
    """The sentences (indices into ``sentence_starts``) whose parse the rules read, sorted.

    What the subject rules and the statements read, in one place (what the
    discourse reads for a figure they leave without a subject is
    :func:`context_sentences`):

    - the sentence of every figure: the rules and the statement read its
      tags and parse (``[De rente] steeg naar 3,5 procent.``);
    - the sentence before it, when the figure's own says ``respectievelijk``:
      that word pairs its figures with the items of the sentence before (``De
      leden van VVD en D66 twijfelen. Respectievelijk 38 en 29 procent ...``);
      what the discourse reads before other figures is :func:`context_sentences`;
    - the sentence after a figure that ends its own: its group, or what holds
      for it, may follow across a line break (``61%`` on a line of its own,
      ``van de jongeren vindt ...`` on the next);
    - the paragraph below a figure in the title or an intertitle: the subjects
      of its sentences are the figure's group (``Een op de vijf slaat ontbijt
      over`` over ``Veel basisschoolleerlingen komen zonder ontbijt ...``);
    - the sentence naming a survey population: its phrase is read from the
      tags when a figure takes it as its group.
    """
    starts = list(sentence_starts)
    chosen: set[int] = set()
    last = len(starts) - 1
    for figure in figures:
        own = bisect_right(starts, figure.start) - 1
        chosen.add(own)
        if own > 0 and _pairs_with_items_before(doc, starts, own):
            chosen.add(own - 1)
        following = bisect_right(starts, figure.end - 1)
        if following <= last and _ends_its_sentence(doc, figure, starts[following]):
            chosen.add(following)
        chosen.update(_paragraph_below_heading(doc, starts, figure))
    for start, _ in populations:
        token = doc.char_span(start, start + 1, alignment_mode="expand")
        if token is not None:
            chosen.add(bisect_right(starts, token.start) - 1)
    return sorted(chosen)


def _pairs_with_items_before(doc: Doc, starts: list[int], k: int) -> bool:
    """Whether sentence ``k`` says ``respectievelijk``, which may pair its figures with earlier items."""
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return any(token.lower_ == PAIRING_WORD for token in doc[starts[k] : end])


def context_sentences(doc: Doc, sentence_starts: Sequence[int], elliptical: Iterable[SpacySpan]) -> list[int]:
    """The sentences the discourse reads for figures that name no group of their own, sorted.

    - the sentences before such a figure in its paragraph, up to the distance
      a reader carries a group: a plural subject there is its group
      (``Veel telers kampen met droogte. Slechts negen procent heeft een plan.``);
    - the opening of the article (the headline and the sentences starting in
      its first :data:`OPENING_CHARACTERS`): a figure before any other group
      takes the first group the article names.
    """
    starts = list(sentence_starts)
    figures = list(elliptical)
    if not figures:
        return []
    chosen = set(_opening(doc, starts))
    text = text_of(doc)
    for figure in figures:
        chosen.update(_figure_sentences(text, starts, figure, chosen))
    return sorted(chosen)


def _opening(doc: Doc, starts: list[int]) -> list[int]:
    """The headline and the sentences that start in the first :data:`OPENING_CHARACTERS` of the text."""
    headline = next((k for k in range(1, len(starts)) if _after_line_break(doc[starts[k] - 1])), len(starts))
    lead = bisect_right([doc[start].idx for start in starts], OPENING_CHARACTERS)
    return list(range(max(headline, lead)))


def _after_line_break(previous: Token) -> bool:
    return "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text)


def _figure_sentences(text: str, starts: list[int], figure: SpacySpan, chosen: set[int]) -> list[int]:
    """The sentence of ``figure`` and those before it in its paragraph (stopping at one already chosen)."""
    own = bisect_right(starts, figure.start) - 1
    doc = figure.doc
    floor = max(paragraph_start(text, figure.start_char), figure.start_char - MAX_ANTECEDENT_DISTANCE)
    found = [own]
    k = own - 1
    while k >= 0 and k not in chosen and doc[starts[k + 1] - 1].idx >= floor:
        found.append(k)
        k -= 1
    return found


def _paragraph_below_heading(doc: Doc, starts: list[int], figure: SpacySpan) -> range:
    """The sentences of the paragraph below ``figure`` when it stands in a heading, else none."""
    from .subjects.antecedents import heading_starts
    from .subjects.discourse import in_heading, paragraph_below_end

    text = text_of(doc)
    if not in_heading(text, figure.start_char):
        return range(0)
    end = paragraph_below_end(text, tuple(heading_starts(text)), figure.end_char)
    first = bisect_right(starts, figure.end - 1)
    return range(first, bisect_right([doc[start].idx for start in starts], end - 1))


def _ends_its_sentence(doc: Doc, figure: SpacySpan, next_start: int) -> bool:
    """Whether only punctuation stands between ``figure`` and the next sentence (at token ``next_start``)."""
    return all(not token.is_alpha and not token.like_num for token in doc[figure.end : next_start])


def chunks(starts: Sequence[int], length: int, chosen: Iterable[int]) -> list[tuple[int, int]]:
    """Token ranges of the runs of consecutive chosen sentences, each at most :data:`MAX_CHUNK_TOKENS`.

    >>> chunks([0, 5, 9, 14], 20, [0, 1, 3])
    [(0, 9), (14, 20)]
    """
    ranges: list[tuple[int, int]] = []
    for k in chosen:
        start, end = starts[k], starts[k + 1] if k + 1 < len(starts) else length
        if ranges and ranges[-1][1] == start and end - ranges[-1][0] <= MAX_CHUNK_TOKENS:
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
    return ranges


def model_components(nlp: Language) -> list[Component]:
    """The pipeline's own statistical components (tok2vec, morphologizer, parser ...), in order."""
    return [
        component
        for name, component in nlp.pipeline
        if not nlp.get_pipe_meta(name).factory.startswith(LIBRARY_PREFIX)
    ]


def library_components(nlp: Language, *, text_only: bool) -> list[Component]:
    """The library's components but the sentence marks: those reading the text alone, or the others."""
    found = []
    for name, component in nlp.pipeline:
        factory = nlp.get_pipe_meta(name).factory
        ours = factory.startswith(LIBRARY_PREFIX) and factory != SENTENCES
        if ours and (factory in TEXT_STAGES) == text_only:
            found.append(component)
    return found


def sentence_component(nlp: Language) -> Component | None:
    """The sentence-marks component of ``nlp``, if it has one."""
    return next((c for name, c in nlp.pipeline if nlp.get_pipe_meta(name).factory == SENTENCES), None)


def run_model(components: Sequence[Component], docs: Iterable[Doc]) -> Iterator[Doc]:
    """Run the model's components over ``docs``, batch by batch (:func:`token_batches`), lazily."""
    for batch in token_batches(docs):
        for component in components:
            pipe = getattr(component, "pipe", None)
            batch = list(pipe(batch, batch_size=len(batch)) if pipe is not None else map(component, batch))
        yield from batch


def token_batches(docs: Iterable[Doc]) -> Iterator[list[Doc]]:
    """``docs`` in batches of at most :data:`MAX_BATCH_TOKENS` tokens (a longer Doc alone)."""
    batch: list[Doc] = []
    size = 0
    for doc in docs:
        if batch and size + len(doc) > MAX_BATCH_TOKENS:
            yield batch
            batch, size = [], 0
        batch.append(doc)
        size += len(doc)
    if batch:
        yield batch


def parse_chosen(nlp: Language, chosen: Sequence[tuple[Doc, list[tuple[int, int]]]]) -> None:
    """Parse the token ranges of each Doc on their own and write the parse back into the Doc.

    The runs of all Docs go through the model together, in bounded batches.
    """
    components = model_components(nlp)
    if components:
        parsed = run_model(components, pieces(chosen))
        for doc, ranges in chosen:
            write_back(doc, ranges, parsed)


def pieces(chosen: Iterable[tuple[Doc, list[tuple[int, int]]]]) -> Iterator[Doc]:
    """Each chosen range as a Doc of its own, with its margin of context (:func:`widened`)."""
    head = doc_attributes()
    for doc, ranges in chosen:
        whole = doc.to_array(list(head))
        for start, end in ranges:
            yield doc[widened(start, end, len(doc))].as_doc(array_head=head, array=whole)  # type: ignore[call-arg]


def write_back(doc: Doc, ranges: list[tuple[int, int]], parsed: Iterator[Doc]) -> None:
    """Copy the parse of the next pieces into ``doc``, then set its sentence marks again.

    Writing heads makes spaCy recompute the sentence boundaries from the
    trees, which only the parsed sentences have; the marks restore the others.
    """
    marks = doc.to_array([SENT_START])
    annotation = doc.to_array(list(PARSED_ATTRIBUTES))
    for start, end in ranges:
        offset = start - widened(start, end, len(doc)).start
        piece = next(parsed).to_array(list(PARSED_ATTRIBUTES))
        annotation[start:end] = piece[offset : offset + end - start]
    doc.from_array(list(PARSED_ATTRIBUTES), annotation)  # type: ignore[arg-type]
    doc.from_array([SENT_START], marks)  # type: ignore[arg-type]


def widened(start: int, end: int, length: int) -> slice:
    """The tokens the model reads for ``doc[start:end]``: :data:`CONTEXT_TOKENS` more on either side."""
    return slice(max(0, start - CONTEXT_TOKENS), min(length, end + CONTEXT_TOKENS))


def doc_attributes() -> tuple[int, ...]:
    """The token attributes a piece copies from its Doc: all but a parse (a piece is parsed afresh)."""
    from spacy.tokens import Doc

    return tuple(attribute for attribute in Doc._get_array_attrs() if attribute not in PARSED_ATTRIBUTES)


def first_pass(nlp: Language, text: str, text_stages: Sequence[Component]) -> Doc:
    """Tokenise ``text`` and run the components that read the text alone (percentages, surveys)."""
    doc = nlp.make_doc(text)
    build_view(doc, percentage_spans_key(nlp), text)  # the stages after it read the text from the view
    for component in text_stages:
        doc = component(doc)
    return doc


def figure_spans(nlp: Language, doc: Doc) -> list[SpacySpan]:
    """The percentage spans the first pass found, under the key the components read."""
    return list(doc.spans.get(percentage_spans_key(nlp), ()))


def parse_ranges(nlp: Language, doc: Doc) -> list[tuple[int, int]]:
    """Mark the sentences of ``doc`` and return the token ranges its rules read; none without figures."""
    figures = figure_spans(nlp, doc)
    marker = sentence_component(nlp)
    if not figures or marker is None:
        return []
    marker(doc)
    starts = sentence_token_starts(doc)
    populations = [m.population for m in surveys_of(doc) or () if m.population is not None]
    return chunks(starts, len(doc), sentences_to_parse(doc, starts, figures, populations))


def context_ranges(nlp: Language, doc: Doc, parsed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The token ranges not yet parsed that the discourse reads for the figures without a subject."""
    from ..text.clauses import Figure, clause_of
    from .subjects import explicit_subject  # the rules, run on the parse of the first pass

    key = percentage_spans_key(nlp)
    starts = build_view(doc, key).sentence_starts
    elliptical = []
    for span in figure_spans(nlp, doc):
        figure = Figure.of(doc, span._.get(PERCENTAGE))
        if explicit_subject(clause_of(figure), figure)[1] is None:
            elliptical.append(span)
    done = {bisect_right(starts, start) - 1 for start, end in parsed for start in range(start, end)}
    wanted = [k for k in context_sentences(doc, starts, elliptical) if k not in done]
    return chunks(starts, len(doc), wanted)


def parse_selectively(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    r"""Docs for ``texts``, in order, as ``nlp.pipe`` gives them but parsed only where findings read.

    >>> import nlsurveyextract  # doctest: +SKIP
    >>> nlp = nlsurveyextract.load()  # doctest: +SKIP
    >>> [doc] = parse_selectively(nlp, ["Het regent.\nVeertig procent telers stopt."])  # doctest: +SKIP
    >>> [t.text for t in doc if t.dep_]  # doctest: +SKIP
    ['Veertig', 'procent', 'telers', 'stopt', '.']
    """
    text_stages = library_components(nlp, text_only=True)
    later_stages = library_components(nlp, text_only=False)
    stream = iter(texts)
    while batch := list(islice(stream, batch_size)):
        docs = [first_pass(nlp, text, text_stages) for text in batch]
        chosen = [(doc, ranges) for doc in docs if (ranges := parse_ranges(nlp, doc))]
        parse_chosen(nlp, chosen)
        parse_chosen(
            nlp, [(doc, more) for doc, ranges in chosen if (more := context_ranges(nlp, doc, ranges))]
        )
        for doc in docs:
            for component in later_stages:
                doc = component(doc)
            yield doc
