"""What holds for each share: the rest of the clause after the figure and its group.

``Ruim de helft van de telers wil de kas verduurzamen, maar ...`` -> ``wil de
kas verduurzamen``. A bracketed figure in a list (``Gouda (48 procent) en
Edam (39 procent) scoren beter``) skips the rest of the list; when nothing
follows the figure in its clause (``De rente steeg 0,5%``) the clause before
it stands in, as it does for figures after a colon (``Het meest tevreden
zijn de tuinders: 81 procent``).

The spaCy component :class:`StatementReader` (``nlsurveyextract_statements``)
runs after the subjects and puts one statement per percentage span in
``doc._.nlse_statements``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex
from spacy.tokens import Doc

from ..errors import ModelError
from ..lexicon.grammar import EQUATIVE_WORDS, VERB_PARTICLES
from ..text.clauses import Clause, Figure
from ..text.docview import (
    Offsets,
    build_view,
    char_offsets,
    expression_spans,
    following_expression,
    has_annotation,
    previous_expression,
    sentence_bounds,
    text_of,
)
from ..text.phrases import noun_phrase_after
from ..text.tokens import is_finite_verb
from .bare_clauses import figure_is_inverted_subject, modified_noun_phrase
from .clause_edges import (
    RELATIVE,
    after_leading_colon,
    aside_after,
    bare_clause,
    before_next_figure,
    breaks_clause,
    clause_bounds,
    finite_verb_before,
    past_apposition,
    past_dash_insert,
    past_relative_clause,
    trimmed,
    within_quotation,
    without_change_amount,
)
from .colon_tail import verbless_tail_colon
from .comparisons import comparison_statement
from .coordination import before_own_clause, without_leading_coordinator
from .displayed import after_displayed_figure
from .list_items import list_head, of_the_list, second_item_clause, through_list
from .percentages import EXTENSION as PERCENTAGE
from .short_rests import ends_in_preposition, only_a_time, past_group_phrase
from .stage import doc_extension, register
from .subjects import EXTENSION as SUBJECTS
from .subjects import SubjectChoice, group_end
from .subjects.discourse import CHANGE_LINK, MAX_LINK

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from ..schema import SubjectMethod

FACTORY = "nlsurveyextract_statements"
EXTENSION = doc_extension("nlse_statements")
"""``doc._.nlse_statements``: the statement offsets of each percentage span, or None."""

MAX_LEADING_PREPOSITION = len("Onder ")
"""Characters a clause may open with before its subject: "Bij grote bedrijven ligt ..."."""

# A list of bracketed items after a figure: ", Edam (39 procent) en
# Alkmaar (31 procent)". Bounded repetitions keep the match linear.
_BRACKETED_ITEMS = regex.compile(r"(?:\s*(?:,|\ben\b|\bof\b)\s*[^,;:()\n]{1,60}?\([^()\n]{1,40}\)){1,12}")

# Words that lead up to a figure at the end of a clause: "steeg met", "van", "uit op een".
_FIGURE_LINK = regex.compile(r"(?:\s+(?:van|met|naar|tot|op|een|ruim|bijna|zo'n|circa|ongeveer)){1,4}\s*\Z")

# What may stand between a comma and a figure in apposition to the clause
# before it: "..., respectievelijk 15 en 17 procent", "..., zo'n 28 procent".
_TRAILING_APPOSITION = regex.compile(
    r"\s*(?:(?:respectievelijk|namelijk|ofwel|oftewel|dus|zo'n|ongeveer|circa|ruim|bijna|nog|maar|slechts)\s*){0,2}"
)

# What the rest of a clause may hold and still say nothing: a full stop, a closing quote.
PUNCTUATION_ONLY = ".!?\"'”’“‘ "

# A comparison partner after a figure: "3 procent tegenover 6 procent", "75 tegen 60 procent".
_COMPARED = regex.compile(r"\s*(?:tegen|tegenover|versus|vs\.?)\s")

# What links a figure to the one before in the same clause: the target of a change
# ("van 28 procent in 2022 naar" 34 procent) or a coordinated figure ("15 en" 17 procent).
_CHANGE_TARGET = regex.compile(r"\b(?:naar|tot|en|of)\s*\Z")

# The start of a coordinated clause or conjunct: "en Opel met 4 procent".
_CONJUNCT = regex.compile(r"\s*(?:en|of|maar)\s")

# What may continue a list item's clause without saying what holds for it.
_LIST_CONTINUATIONS = regex.compile(r"\s*,?\s*(?:gevolgd door|en|of|tegenover|naast|dan)\b")

# The second side of an equative comparison: "zo vaak voor bij ouderen (14%) als bij kinderen".
_EQUATIVE_PARTNER = regex.compile(r"\s*als\s")


def statement_offsets(
    doc: Doc, span: SpacySpan, after: int, method: SubjectMethod, subject: Offsets | None = None
) -> Offsets | None:
    """What holds for the share: the rest of the clause after the expression and its group.

    ``Slechts negen procent heeft een plan voor droge zomers, ...`` -> ``heeft
    een plan voor droge zomers``. A bracketed figure in a list (``Gouda (48
    procent) en Edam (39 procent) scoren ... beter``) skips the rest of the
    list. When nothing follows in the clause (``De rente steeg 0,5%``), the
    clause before the figure stands in, as it does for figures after a colon
    (``Het meest tevreden zijn de tuinders: 81 procent``).
    """
    text = text_of(doc)
    modified = modified_noun_phrase(doc, span) if has_annotation(doc, "POS") else None
    if modified is not None:  # "Een 10 procent hogere huur": what holds is the phrase
        return modified
    if not has_annotation(doc, "SENT_START"):
        sentence = (0, len(text))
    else:
        sentence = char_offsets(doc, sentence_bounds(doc, span.start))
        displayed = after_displayed_figure(doc, span) or after_leading_colon(text, span, sentence)
        if displayed is not None:
            return displayed
        before_colon = Clause.of(span).before_colon or verbless_tail_colon(doc, span)
        if before_colon is not None:  # "de tuinders: 81 procent": what holds is said before the colon
            first, colon = doc[before_colon[0]].idx, doc[before_colon[1]].idx
            opens = subject is not None and first <= subject[0] <= first + MAX_LEADING_PREPOSITION
            if subject is not None and opens and subject[1] < colon and method != "respective_item":
                first = subject[1]  # "De tuinders zijn het meest tevreden: 81 procent": "zijn ..."
            return trimmed(text, first, colon)
    grouped = after > span.end_char or (subject is not None and span.start_char <= subject[0] < span.end_char)
    start = _start_after_figure(doc, span, after, method, sentence)
    end = clause_bounds(text, start, start, sentence)[1]
    equative = method in ("apposition", "respective_item") and _equative(doc, span, start)
    if equative or (method == "apposition" and _LIST_CONTINUATIONS.match(text, start, end)):
        end = start  # the item's side of a pairing is said before the bracket
    if _COMPARED.match(text, start, end) and _compared_figure_follows(span, end):
        end = start  # "(3 procent tegenover 6 procent)": what holds is said before the bracket
    verb = None if method == "apposition" else finite_verb_before(doc, span, sentence)
    if verb is not None and not grouped:
        # "De uitstoot groeide met 15 procent": from the verb on
        return trimmed(
            text,
            verb,
            without_change_amount(span, verb, max(before_next_figure(doc, span, start, end), span.end_char)),
        )
    return _rest_of_clause(doc, span, (start, end), sentence, None if grouped or verb else subject, subject)


def _rest_of_clause(
    doc: Doc,
    span: SpacySpan,
    bounds: Offsets,
    sentence: Offsets,
    predicate_subject: Offsets | None,
    subject: Offsets | None,
) -> Offsets | None:
    """What follows the figure and its group in the clause, else the clause before it.

    ``predicate_subject`` is the subject of a figure that may stand inside its
    predicate, before a final verb: ``dat de economie vorig jaar met 2 procent groeide``.
    """
    text = text_of(doc)
    start = _past_coordinated_figure(doc, span, *bounds)
    end = bounds[1]
    if start == end:
        start, end = past_apposition(doc, start, sentence)
    elif RELATIVE.match(text, start, end):  # "de helft van de leden die ..., is tevreden"
        start, end = past_relative_clause(doc, span, (start, end), sentence)
    end = before_next_figure(doc, span, start, end)
    rest = text[start:end].strip().strip(PUNCTUATION_ONLY)
    if 0 < len(rest.split()) <= 2:
        predicate = _predicate_around(text, span, predicate_subject, sentence)
        if predicate is not None:
            return trimmed(text, predicate, end)
    if not rest or rest.lower() in VERB_PARTICLES or only_a_time(doc, start, end):
        start, end = _clause_before(doc, span, sentence)
        head = list_head(doc, span, start, sentence)
        if head is not None:
            return trimmed(text, *head)
        pair = second_item_clause(doc, span, start, sentence)
        if pair is not None:  # "... per bus (26 procent) of metro": the pair's clause up to this item
            return trimmed(text, pair, end)
        opens_clause = subject is not None and start <= subject[0] <= start + MAX_LEADING_PREPOSITION
        if subject is not None and opens_clause and subject[1] < end:
            start = subject[1]  # "De rente steeg 0,5%": what holds is "steeg"
        elif _keeps_figure(doc, span, start, end):
            end = max(end, before_next_figure(doc, span, span.end_char, bounds[1]))
    return trimmed(text, start, end)


def _keeps_figure(doc: Doc, span: SpacySpan, start: int, end: int) -> bool:
    """Whether the clause before the figure says nothing without it.

    ``Dat is ruim 23 procent van ...`` (a bare clause) or ``Het ziekenhuis is
    verantwoordelijk voor 4 procent van de uitstoot`` (a clause that ends in
    the figure's preposition): what holds keeps the figure and its group.
    """
    text = text_of(doc)
    if bare_clause(text, span, start, end) and not figure_is_inverted_subject(doc, start, end):
        return True
    return not text[end : span.start_char].strip() and ends_in_preposition(doc, start, end)


def _predicate_around(text: str, span: SpacySpan, subject: Offsets | None, sentence: Offsets) -> int | None:
    """Where the predicate starts when the figure stands inside it, before a final verb.

    ``..., dat de economie vorig jaar met 2 procent groeide``: the subject
    opens the clause, the figure stands in its predicate, and what holds is
    ``vorig jaar met 2 procent groeide``.
    """
    if subject is None:
        return None
    first = clause_bounds(text, span.start_char, span.start_char, sentence)[0]
    return subject[1] if first <= subject[0] and subject[1] <= span.start_char else None


def _start_after_figure(
    doc: Doc, span: SpacySpan, after: int, method: SubjectMethod, sentence: Offsets
) -> int:
    """Where the rest of the clause starts: past a change's target, a bracket, an aside, a list.

    A bracketed figure that opens a list of bracketed items (``de meeste kiezers
    van de SP (69 procent), D66 (60 procent) en CDA (59 procent) steunen het
    plan``) shares what follows the list, as the items do.
    """
    text = text_of(doc)
    after = _past_change_target(doc, span, after)
    while after < sentence[1] and text[after] in " )\u00a0":
        after += 1
    after = past_dash_insert(text, span.start_char, after, sentence)
    aside = aside_after(text, after, sentence[1])  # "Twee derde van de leden (vooral jongeren) is ..."
    while aside is not None and aside < sentence[1] and text[aside] in " \u00a0":
        aside += 1
    after = aside if aside is not None else after
    if method == "apposition" or text[span.start_char : after].rstrip().endswith(")"):  # "SP (6%), D66 (5%)"
        items = _BRACKETED_ITEMS.match(text, after, sentence[1])
        after = items.end() if items else after
    return after


def _clause_before(doc: Doc, span: SpacySpan, sentence: Offsets) -> Offsets:
    """``De rente steeg 0,5%`` -> ``De rente steeg``: the clause up to the figure (or its partner).

    The preposition that introduces the figure (``steeg met``, ``van 28 naar``)
    belongs to the figure, not to what holds for it.
    """
    text = text_of(doc)
    before = span.start_char
    while before > sentence[0] and text[before - 1] in " (\u00a0":
        before -= 1
    start = clause_bounds(text, before, before, sentence)[0]
    previous = previous_expression(span)
    changed = previous is not None and _CHANGE_TARGET.search(text, previous.end_char, before) is not None
    if previous is not None and changed and start <= previous.start_char < before:
        before = previous.start_char  # "is gestegen van 28 procent in 2022 naar 34 procent"
    link = _FIGURE_LINK.search(text, max(start, before - MAX_LINK), before)  # bounded: linear time
    before = link.start() if link else before
    if start > sentence[0] and text[start - 1] == "," and _TRAILING_APPOSITION.fullmatch(text, start, before):
        comma = start - 1  # "..., respectievelijk 15 en 17 procent": the clause before the comma
        return clause_bounds(text, comma, comma, sentence)[0], comma
    return start, before


def _past_coordinated_figure(doc: Doc, span: SpacySpan, start: int, end: int) -> int:
    """Skip a coordinated figure and its group: they share what is said after them.

    ``een vijfde van de artsen en veertig procent van de verpleegkundigen is
    positief`` -> ``is positief`` for both; in ``met 5 procent en Opel met 4
    procent.`` nothing follows, and the clause before stands in.
    """
    following = following_expression(span)
    if (
        following is None
        or not (start <= following.start_char < end)
        or not _CONJUNCT.match(text_of(doc), start, end)
    ):
        return start
    k = following.end
    if k < len(doc) and doc[k].lower_ == "van":
        group = noun_phrase_after(doc, k + 1)
        k = group[1] if group is not None else k
    return end if k >= len(doc) else min(max(doc[k].idx, start), end)


def _past_change_target(doc: Doc, span: SpacySpan, after: int) -> int:
    """``van 21 naar 18,5 procent geslonken``: the first figure's statement follows the second."""
    following = following_expression(span)
    if following is None or not CHANGE_LINK.fullmatch(text_of(doc), after, following.start_char):
        return after
    if any(breaks_clause(text_of(doc), i) for i in range(after, following.start_char)):
        return after  # "De SP stijgt naar 12 procent, de CU zakt naar 3 procent": another clause
    return int(following.end_char)


def _equative(doc: Doc, span: SpacySpan, start: int) -> bool:
    """``Griep komt zo vaak voor bij ouderen (14 procent) als bij kinderen``: ``als`` opens the other side.

    Not when the clause goes on to its verb after the other side (``Zoveel
    studenten (42 procent) als docenten (40 procent) willen ...``): both share it.
    """
    if not _EQUATIVE_PARTNER.match(text_of(doc), start):
        return False
    first, last = sentence_bounds(doc, span.start)
    for token in doc[span.end : last]:
        if token.text in ",;:":
            break
        if token.idx >= start and is_finite_verb(token):
            return False
    return any(t.lower_ in EQUATIVE_WORDS for t in doc[first : span.start])


def _compared_figure_follows(span: SpacySpan, end: int) -> bool:
    """Whether the next figure stands before ``end``: the partner of a comparison."""
    following = following_expression(span)
    return following is not None and following.start_char < end


def statement_of(doc: Doc, span: SpacySpan, choice: SubjectChoice) -> Offsets | None:
    """The statement of one percentage span, given its resolved subject."""
    expression = span._.get(PERCENTAGE)
    figure = Figure.of(doc, expression)
    after = group_end(expression, choice)
    offsets = statement_offsets(doc, figure.span, after, choice.method, choice.subject)
    if offsets is None:
        return None
    offsets = through_list(doc, figure.span, past_group_phrase(doc, offsets, figure.span, choice.subject))
    offsets = before_own_clause(doc, figure.span, within_quotation(text_of(doc), figure.span, offsets))
    return without_leading_coordinator(text_of(doc), offsets)


class StatementReader:
    """spaCy component: what holds for each share, in ``doc._.nlse_statements``.

    It needs the subjects (``doc._.nlse_subjects``): what holds for a share
    follows the group named with it.
    """

    def __init__(self, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        """Read one statement per percentage span."""
        choices = doc._.get(SUBJECTS)
        if choices is None:
            raise ModelError(
                f"{FACTORY} needs the subjects: add 'nlsurveyextract_subjects' before it, "
                "or build the pipeline with nlsurveyextract.load() or add_extraction_pipes(nlp)"
            )
        build_view(doc, self.spans_key)
        spans = expression_spans(doc)
        statements: list[Offsets | None] = []
        for span, choice in zip(spans, choices, strict=True):
            partner = comparison_statement(doc, span, statements[-1] if statements else None)
            own = (partner if partner is not None else statement_of(doc, span, choice), choice.subject)
            statements.append(of_the_list(doc, span, own, spans, choices, statements))
        doc._.set(EXTENSION, tuple(statements))
        return doc


make_statement_reader = register(FACTORY, StatementReader, EXTENSION, requires=(SUBJECTS,))
