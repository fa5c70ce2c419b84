"""``respectievelijk``: the n-th figure of a series belongs to the n-th item named before it.

``Gouda en Edam halen respectievelijk 48 en 39 procent`` gives 48 to Gouda
and 39 to Edam; so does the cue between the figures (``Gouda en Edam halen
48 respectievelijk 39 procent``). A sentence that opens with
``Respectievelijk`` pairs its figures with the coordination of the sentence
before. An item may be a whole noun phrase (``de Franse CAC 40``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.grammar import DETERMINERS, NAME_LINKS
from ....text import docview
from ....text.docview import Offsets, char_offsets
from ....text.phrases import name_end, noun_phrase_after, number_in_name
from ....text.tokens import capitalised, describes_a_company, is_finite_verb, is_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ....text.clauses import Clause, Figure


def respective_item(clause: Clause, figure: Figure) -> Offsets | None:
    """``Gouda en Edam halen respectievelijk 48 en 39 procent`` -> ``Edam`` for 39.

    ``respectievelijk`` pairs the n-th figure of a series with the n-th item of
    the coordination before it (``A, B en C``).
    """
    doc, span = clause.doc, figure.span
    sentence_start, sentence_end = clause.sentence
    cue = _cue_before(clause, span.start) or _cue_after(clause, span.end)
    if cue is None:
        return None
    series = _series_start(clause, cue)
    last = min(sentence_end, cue + docview.MAX_CLAUSE_TOKENS)
    figures = [f for f in clause.figures if series <= f.start < last]
    items = coordinated_items(doc, docview.window_start(doc, series), series) or _previous_sentence_items(
        doc, sentence_start
    )
    position = next((n for n, figure in enumerate(figures) if figure.start == span.start), None)
    if position is None or len(items) != len(figures):
        return None
    return char_offsets(doc, items[position])


PAIRING_WORD = "respectievelijk"
"""The word that pairs a sentence's figures, in order, with items named before them; the
selection parses the sentence before a figure only for it."""


def _cue_before(clause: Clause, start: int) -> int | None:
    """The ``respectievelijk`` before the figure in its reading window."""
    doc = clause.doc
    cues = (k for k in range(start - 1, clause.window - 1, -1) if doc[k].lower_ == PAIRING_WORD)
    return next(cues, None)


def _cue_after(clause: Clause, end: int) -> int | None:
    """``48 respectievelijk 39 procent``: the cue after the first figure, over figures and commas."""
    doc, k = clause.doc, end
    while k < clause.sentence[1] and (doc[k].is_space or doc[k].text == "," or docview.in_expression(doc[k])):
        k += 1
    return k if k < clause.sentence[1] and doc[k].lower_ == PAIRING_WORD else None


def _series_start(clause: Clause, cue: int) -> int:
    """Where the figures ``respectievelijk`` pairs begin: the cue, or the figures right before it."""
    doc, k = clause.doc, cue
    while k - 1 >= clause.window and (
        doc[k - 1].is_space or doc[k - 1].text == "," or docview.in_expression(doc[k - 1])
    ):
        k -= 1
    while k < cue and not docview.in_expression(doc[k]):
        k += 1
    return k


def _previous_sentence_items(doc: Doc, sentence_start: int) -> list[tuple[int, int]]:
    """``De leden van VVD en D66 twijfelen. Respectievelijk 38 en 29 procent ...``.

    A sentence that opens with ``respectievelijk`` pairs its figures with the
    coordination of the sentence before, in the same paragraph.
    """
    k = sentence_start - 1
    while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
        k -= 1
    if k < 0 or doc[k].is_space or not docview.has_annotation(doc, "SENT_START"):
        return []
    previous_start, previous_end = docview.sentence_bounds(doc, k)
    return coordinated_items(doc, max(previous_start, previous_end - docview.MAX_CLAUSE_TOKENS), previous_end)


def coordinated_items(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The items of the last ``A, B en C`` coordination of names or nouns in ``doc[start:end]``."""
    conjunction = next(
        (
            c
            for c in range(end - 2, start, -1)
            if doc[c].lower_ == "en" and _in_item(doc, c - 1) and _item_end(doc, c + 1, end) is not None
        ),
        None,
    )
    if conjunction is None:
        return []
    items = [(conjunction + 1, _item_end(doc, conjunction + 1, end) or conjunction + 2)]
    phrased = doc[conjunction + 1].lower_ in DETERMINERS or doc[conjunction + 1].pos_ == "ADJ"
    item_end = conjunction
    while True:
        item_start = _name_start(doc, item_end - 1, start)
        items.insert(0, (_with_determiner(doc, item_start, start, phrased=phrased), item_end))
        if item_start - 1 <= start or doc[item_start - 1].text != ",":
            return [_past_descriptor(doc, item) for item in items]
        item_end = item_start - 1


def _in_item(doc: Doc, k: int) -> bool:
    """A noun or name, or the number that ends a name (``IBEX 35``)."""
    return is_noun(doc[k]) or (k > 0 and number_in_name(doc, k - 1))


def _item_end(doc: Doc, first: int, end: int) -> int | None:
    """End of the item after ``en``: a name or noun, or a noun phrase (``de Franse CAC 40``)."""
    if _describes_name(doc, first, end):
        return name_end(doc, first + 1, end)
    if is_noun(doc[first]):
        return name_end(doc, first, end)
    if doc[first].lower_ not in DETERMINERS and not is_noun(doc[first]) and doc[first].pos_ != "ADJ":
        return None  # "de Franse CAC 40", "Franse CAC 40", "toeleverancier Besi"
    phrase = noun_phrase_after(doc, first)
    if phrase is None or phrase[1] > end:
        return None
    after = _with_place(doc, phrase[1], end)
    return after if after < end and is_finite_verb(doc[after]) else phrase[1]


def _with_place(doc: Doc, k: int, end: int) -> int:
    """``de beurs in Parijs``: an item runs on over one prepositional phrase after its noun."""
    if k >= end or doc[k].pos_ != "ADP":
        return k
    phrase = noun_phrase_after(doc, k + 1)
    return phrase[1] if phrase is not None and phrase[1] <= end else k


def _with_determiner(doc: Doc, start: int, limit: int, *, phrased: bool) -> int:
    """``De Duitse DAX en ...``, ``De beurs in Parijs en de ...``: the first item as a whole phrase.

    Only when the item after ``en`` is a phrase too does a noun with a place
    before the name belong to the first item; in ``De achterban van SGP en
    Partij voor de Dieren`` the items share it.
    """
    for j in range(start - 1, max(limit, start - 6) - 1, -1) if phrased else ():
        phrase = noun_phrase_after(doc, j) if doc[j].lower_ in DETERMINERS else None
        if phrase is not None and phrase[1] == start - 1 and doc[phrase[1]].pos_ == "ADP":
            return j  # the item named the place of the phrase's noun
    k = start
    while k - 1 > limit and doc[k - 1].pos_ == "ADJ":
        k -= 1
    return k - 1 if k - 1 >= limit and doc[k - 1].lower_ in DETERMINERS and k < start + 3 else start


def _describes_name(doc: Doc, k: int, end: int) -> bool:
    """``toeleverancier Besi``, ``bankaandelen ING``: a lowercase noun that says what the name is."""
    descriptor = doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "ADJ")
    return k + 1 < end and descriptor and capitalised(doc[k + 1]) and is_noun(doc[k + 1])


def _past_descriptor(doc: Doc, item: tuple[int, int]) -> tuple[int, int]:
    """An item is the name, not the noun that describes it (``bouwbedrijf BAM`` -> ``BAM``)."""
    start, end = item
    if doc[start].lower_ in DETERMINERS:
        return item
    if _describes_name(doc, start, end) or (describes_a_company(doc[start]) and start + 1 < end):
        return start + 1, end
    return item


def _name_start(doc: Doc, j: int, limit: int) -> int:
    """Start of the item ending at ``j``: link words only inside a name (``Partij van de Arbeid``).

    In ``De achterban van SP en Partij voor de Dieren`` the first item is ``SP``:
    a lowercase noun before ``van`` is what the items share, not a part of one.
    """
    start = j
    while start - 1 > limit:
        k = start - 1
        while k > limit and doc[k].lower_ in NAME_LINKS:
            k -= 1
        crossed_link = k < start - 1
        shared = crossed_link and not capitalised(doc[k])
        if not _in_item(doc, k) or shared or _describes_name(doc, k, j + 1):
            break
        start = k
    return start
