"""``respectievelijk``: the n-th figure of a series belongs to the n-th item named before it.

``Gouda en Edam halen respectievelijk 48 en 39 procent`` gives 48 to Gouda
and 39 to Edam; a sentence that opens with ``Respectievelijk`` pairs its
figures with the coordination of the sentence before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.grammar import NAME_LINKS
from ....text import docview
from ....text.docview import Offsets, char_offsets
from ....text.phrases import name_end
from ....text.tokens import capitalised, is_noun

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
    cue = next(
        (k for k in range(span.start - 1, clause.window - 1, -1) if doc[k].lower_ == "respectievelijk"),
        None,
    )
    if cue is None:
        return None
    last = min(sentence_end, cue + docview.MAX_CLAUSE_TOKENS)
    figures = [f for f in clause.figures if cue <= f.start < last]
    items = coordinated_items(doc, docview.window_start(doc, cue), cue) or _previous_sentence_items(
        doc, sentence_start
    )
    position = next((n for n, figure in enumerate(figures) if figure.start == span.start), None)
    if position is None or len(items) != len(figures):
        return None
    return char_offsets(doc, items[position])


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
            if doc[c].lower_ == "en" and is_noun(doc[c - 1]) and is_noun(doc[c + 1])
        ),
        None,
    )
    if conjunction is None:
        return []
    items = [(conjunction + 1, name_end(doc, conjunction + 1, end))]
    item_end = conjunction
    while True:
        item_start = _name_start(doc, item_end - 1, start)
        items.insert(0, (item_start, item_end))
        if item_start - 1 <= start or doc[item_start - 1].text != ",":
            return items
        item_end = item_start - 1


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
        if not is_noun(doc[k]) or (crossed_link and not capitalised(doc[k])):
            break
        start = k
    return start
