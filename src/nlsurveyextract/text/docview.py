"""A typed view of one Doc: what the rules ask of it again and again, computed once.

spaCy answers ``doc.text`` by joining every token, ``doc.has_annotation`` by
scanning every token and ``Span.sent`` by walking back to the sentence start;
asked for every figure of a long article, each would make resolution
quadratic. The view holds the answers, built once per Doc from the spans key
the percentage component was configured with.

A component registers the view of the Doc it works on with :func:`build_view`;
the rules find it with :func:`view_of`. Views are held by a weak reference to
their Doc, never in ``doc.user_data``, so a Doc pickles as it came.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from ..stages.percentages import FACTORY as PERCENTAGES
from ..stages.percentages import SPANS_KEY

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

Offsets = tuple[int, int]
"""Character offsets ``(start, end)`` into the text of a Doc."""

MAX_CLAUSE_TOKENS = 80
"""How far back from a figure the rules read its sentence: a Dutch clause is far
shorter, and the bound keeps resolution linear in a text of endless sentences."""

ANNOTATIONS = ("DEP", "SENT_START", "POS", "MORPH")
"""The annotations rules may depend on; :attr:`DocView.annotations` says which the Doc has."""


@dataclass(frozen=True)
class DocView:
    """What one Doc holds for the rules: text, sentences, annotations and figures."""

    text: str
    spans_key: str
    annotations: frozenset[str]
    sentence_starts: tuple[int, ...]
    expression_starts: tuple[int, ...]
    """Where each percentage span starts (its token index), in text order.

    Offsets, not the spans: a spaCy Span holds its Doc, and a view that held
    one would keep its Doc alive for ever in the weak-keyed table of views.
    """
    expression_tokens: frozenset[int]
    """Indices of the tokens inside percentage spans: such words never name a group."""

    @classmethod
    def of(cls, doc: Doc, spans_key: str = SPANS_KEY, text: str | None = None) -> DocView:
        """Read a Doc once: its text (unless given), annotations, sentence starts and percentage spans."""
        annotations = frozenset(name for name in ANNOTATIONS if doc.has_annotation(name))
        starts = sentence_token_starts(doc) if "SENT_START" in annotations else (0,)
        expressions = doc.spans.get(spans_key, ())
        tokens = frozenset(i for span in expressions for i in range(span.start, span.end))
        text = doc.text if text is None else text
        return cls(text, spans_key, annotations, starts, tuple(s.start for s in expressions), tokens)

    def sentence_bounds(self, i: int, length: int) -> tuple[int, int]:
        """Token range of the sentence holding token ``i`` of a Doc of ``length`` tokens."""
        k = bisect_right(self.sentence_starts, i) - 1
        following = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else length
        return self.sentence_starts[k], following


def sentence_token_starts(doc: Doc) -> tuple[int, ...]:
    """Token index of the start of every sentence of a Doc with sentence marks, as ``doc.sents`` gives.

    Read from the marks array at once: iterating ``doc.sents`` makes a Span
    per sentence and a Token per word, and the stages ask for the starts of
    every article several times.
    """
    from spacy.attrs import SENT_START

    if len(doc) == 0:
        return ()
    marks = doc.to_array(SENT_START)
    return (0, *(int(i) + 1 for i in (marks[1:] == 1).nonzero()[0]))


def percentage_spans_key(nlp: Language, setting: str | None = None) -> str:
    """The spans key a component reads: its own setting, else the percentage component's in ``nlp``."""
    if setting is not None:
        return setting
    for name, pipe in nlp.pipeline:
        if nlp.get_pipe_meta(name).factory == PERCENTAGES:
            return str(getattr(pipe, "spans_key", SPANS_KEY))
    return SPANS_KEY


_VIEWS: WeakKeyDictionary[Doc, DocView] = WeakKeyDictionary()


def build_view(doc: Doc, spans_key: str = SPANS_KEY, text: str | None = None) -> DocView:
    """Read ``doc`` afresh with the percentage spans under ``spans_key``, and keep the view.

    The text of a Doc never changes: an earlier view's (or the ``text`` the
    Doc was made from) is kept, since spaCy joins every token to answer ``doc.text``.
    """
    previous = _VIEWS.get(doc)
    view = DocView.of(doc, spans_key, text if previous is None else previous.text)
    _VIEWS[doc] = view
    return view


def view_of(doc: Doc) -> DocView:
    """The view a component built of ``doc``; a Doc no component read gets the default key's."""
    view = _VIEWS.get(doc)
    return build_view(doc) if view is None else view


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per Doc."""
    return view_of(doc).text


def has_annotation(doc: Doc, attribute: str) -> bool:
    """``doc.has_annotation(attribute)`` for one of :data:`ANNOTATIONS`, computed once per Doc."""
    return attribute in view_of(doc).annotations


def in_expression(token: Token) -> bool:
    """Whether a percentage expression covers ``token`` (such words never name its group)."""
    return token.i in view_of(token.doc).expression_tokens


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token range of the sentence that holds token ``i``; without boundaries, the whole Doc."""
    return view_of(doc).sentence_bounds(i, len(doc))


def sentence_parsed(doc: Doc, i: int) -> bool:
    """Whether the sentence holding token ``i`` has a dependency parse.

    The model parses only the sentences a finding reads
    (:mod:`nlsurveyextract.stages.selection`), so a rule that reads the parse
    asks this of its own sentence, not :func:`has_annotation` of the Doc.
    """
    if not has_annotation(doc, "DEP"):
        return False
    start, end = sentence_bounds(doc, i)
    return any(token.dep for token in doc[start:end])


def window_start(doc: Doc, i: int) -> int:
    """The first token the rules read before token ``i``.

    Its sentence start, or :data:`MAX_CLAUSE_TOKENS` back in a longer sentence.
    """
    return max(sentence_bounds(doc, i)[0], i - MAX_CLAUSE_TOKENS)


def char_offsets(doc: Doc, tokens: tuple[int, int]) -> Offsets:
    """Character offsets of a token range."""
    return doc[tokens[0]].idx, doc[tokens[1] - 1].idx + len(doc[tokens[1] - 1])


def expression_spans(doc: Doc) -> tuple[SpacySpan, ...]:
    """The percentage spans of ``doc`` under its view's key, in text order."""
    return tuple(doc.spans.get(view_of(doc).spans_key, ()))


def expressions_between(doc: Doc, start: int, end: int) -> list[SpacySpan]:
    """The percentage expressions that start in ``doc[start:end]``, found by bisection."""
    view = view_of(doc)
    first = bisect_left(view.expression_starts, start)
    last = bisect_left(view.expression_starts, end)
    return [doc.spans[view.spans_key][k] for k in range(first, last)]


def previous_expression(span: SpacySpan) -> SpacySpan | None:
    """The percentage expression before ``span``, if any."""
    view = view_of(span.doc)
    index = bisect_left(view.expression_starts, span.start)
    return span.doc.spans[view.spans_key][index - 1] if index > 0 else None


def following_expression(span: SpacySpan) -> SpacySpan | None:
    """The next percentage expression after ``span`` (the component stores them in text order)."""
    view = view_of(span.doc)
    index = bisect_left(view.expression_starts, span.end)
    return span.doc.spans[view.spans_key][index] if index < len(view.expression_starts) else None
