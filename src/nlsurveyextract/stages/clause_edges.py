"""Where a statement's clause begins and ends around its figure.

Punctuation bounds a clause (:func:`clause_bounds`); inside those bounds Dutch
word order moves the edges: a finite verb before the figure opens what holds
for it (``De uitstoot groeide met 15 procent``), a coordinated clause about the
next figure closes it (``... heeft een ventilator en 16 procent heeft een
airco``), and a figure in apposition hands over to the clause after its closing
comma or bracket (``Een deel van de huurders, 16 procent, wil verhuizen``).
A relative clause on the group closed by a comma, a list of examples after
``zoals``, a colon after a figure that opens its line and a closing quotation
mark move the edges the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..lexicon.grammar import TIME_WORDS
from ..text.docview import (
    Offsets,
    following_expression,
    has_annotation,
    in_expression,
    previous_expression,
    sentence_bounds,
    text_of,
)
from ..text.tokens import is_finite_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

MAX_CLAUSE_CHARS = 500
"""Characters a statement's clause may run to on either side of its figure."""

CLAUSE_BREAKS = frozenset(",;:()[]–—")

# A coordinator that opens the next figure's clause: "en zo'n 16 procent heeft ...",
# "en bij 20 procent daalde ...", or, with a verb of its own, "en de Dax ging 2 procent ...".
_COORDINATORS = frozenset({"en", "of", "maar", "terwijl"})

MAX_CONJUNCT_WORDS = 10
"""Words a coordinated clause may run to before its figure: ``en de Dax in Frankfurt ging ...``."""

# Words that end the run back from a figure to its clause's finite verb: a
# conjunction or relative pronoun opens a clause of its own.
_CLAUSE_OPENERS = frozenset({"CCONJ", "SCONJ"})


def clause_bounds(text: str, start: int, end: int, sentence: Offsets) -> Offsets:
    """The stretch of the sentence between the clause breaks around ``start:end``.

    At most :data:`MAX_CLAUSE_CHARS` either side: a statement is a clause,
    and the bound keeps a text without punctuation linear.
    """
    left, right = max(sentence[0], start - MAX_CLAUSE_CHARS), min(sentence[1], end + MAX_CLAUSE_CHARS)
    i = start
    while i > left and (not breaks_clause(text, i - 1) or _aside_before(text, i - 1, left)):
        i = _aside_before(text, i - 1, left) or i - 1
    j = end
    while j < right and (not breaks_clause(text, j) or aside_after(text, j, right)):
        j = aside_after(text, j, right) or j + 1
    return i, j


MAX_ASIDE_CHARS = 30
"""Characters of a bracketed aside inside a clause: ``zich (heel) onzeker voelen``."""


def aside_after(text: str, i: int, right: int) -> int | None:
    """Past a short bracketed aside without a figure opening at ``i``: ``is (een soort van) vegetariër``."""
    if i >= right or text[i] != "(":
        return None
    close = text.find(")", i, min(right, i + MAX_ASIDE_CHARS))
    inner = text[i + 1 : close]
    return close + 1 if close > i + 1 and not any(ch.isdigit() or ch in "%(," for ch in inner) else None


def _aside_before(text: str, i: int, left: int) -> int | None:
    """Back past a short bracketed aside without a figure that closes at ``i``."""
    if text[i] != ")":
        return None
    opening = text.rfind("(", max(left, i - MAX_ASIDE_CHARS), i)
    inner = text[opening + 1 : i]
    return opening if 0 <= opening < i - 1 and not any(ch.isdigit() or ch in "%)," for ch in inner) else None


def breaks_clause(text: str, i: int) -> bool:
    """Punctuation that ends a clause; not the decimal comma of ``18,5``."""
    if text[i] not in CLAUSE_BREAKS:
        return False
    decimal = text[i] == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    return not decimal


def before_next_figure(doc: Doc, span: SpacySpan, start: int, end: int) -> int:
    """End the statement before a coordinated clause about the next figure.

    ``Ruim een kwart heeft een ventilator en zo'n 16 procent heeft een airco``:
    what holds for the first figure is ``heeft een ventilator``; so in ``De AEX
    verloor 1 procent en de Dax ging 2 procent omlaag`` for the first figure.
    """
    following = following_expression(span)
    while following is not None and following.start_char < end:
        if following.start_char > start:
            link = _coordinator_before(doc, start, following.start)
            if link is not None:
                return link
        following = following_expression(following)
    return end


def _coordinator_before(doc: Doc, start: int, figure: int) -> int | None:
    """Where ``en``/``maar`` opens the clause of the figure at token ``figure``, if one does."""
    for k in range(figure - 1, max(figure - MAX_CONJUNCT_WORDS, 0) - 1, -1):
        token = doc[k]
        if token.idx < start or in_expression(token) or token.text in CLAUSE_BREAKS:
            return None
        if token.lower_ in _COORDINATORS:
            if k == figure - 1 and k > 0 and in_expression(doc[k - 1]) and doc[k - 1].like_num:
                return None  # "70 en 76 procent": figures that share a unit share what follows
            near = figure - k <= 4
            return int(token.idx) if near or any(is_finite_verb(t) for t in doc[k + 1 : figure]) else None
    return None


def finite_verb_before(doc: Doc, span: SpacySpan, sentence: Offsets) -> int | None:
    """The finite verb before a figure in its clause: ``De uitstoot groeide met 15 procent``.

    A figure after the verb stands in the predicate or after the verb in an
    inverted clause (``In 2019 bewoog nog 49 procent voldoende``); what holds
    for it is read from the verb on. A conjunction or relative pronoun between
    verb and figure opens another clause: ``Uit onderzoek blijkt dat 40 procent ...``.
    """
    if not has_annotation(doc, "POS") or not has_annotation(doc, "MORPH"):
        return None
    first = clause_bounds(text_of(doc), span.start_char, span.start_char, sentence)[0]
    for k in range(span.start - 1, -1, -1):
        token = doc[k]
        if token.idx < first or (token.pos_ in _CLAUSE_OPENERS and not _joins_words(doc, k)):
            return None
        if is_finite_verb(token) and not (k > 0 and doc[k - 1].pos_ == "DET"):  # "de huren" is no verb
            return int(token.idx)
    return None


def past_apposition(doc: Doc, start: int, sentence: Offsets) -> Offsets:
    """Past a figure in apposition, what holds follows its closing comma or bracket.

    ``Een groter deel van de huurders, 16 procent, wil verhuizen`` -> ``wil
    verhuizen``; ``Twee derde van de leden (vooral jongeren) is tevreden`` ->
    ``is tevreden``. Only a clause that goes on with its finite verb counts.
    """
    text = text_of(doc)
    at = start
    for _ in range(2):
        if at >= sentence[1] or text[at] not in ",(":
            break
        if text[at] == "(":
            close = text.find(")", at, sentence[1])
            if close < 0:
                break
            at = close + 1
        else:
            at += 1
        while at < sentence[1] and text[at].isspace():
            at += 1
        token = doc.char_span(at, at + 1, alignment_mode="expand") if at < sentence[1] else None
        if token and is_finite_verb(token[0]):
            return at, clause_bounds(text, at, at, sentence)[1]
        at = clause_bounds(text, at, at, sentence)[1]
    return start, start


_WORD_CLASSES = frozenset({"NUM", "NOUN", "PROPN", "ADJ"})


def _joins_words(doc: Doc, k: int) -> bool:
    """Whether the conjunction at ``k`` joins two words of a phrase: ``tussen de twaalf en zestien jaar``."""
    if not 0 < k < len(doc) - 1:
        return False
    before, after = doc[k - 1].pos_, doc[k + 1].pos_
    return before == after and before in _WORD_CLASSES


# A relative clause that runs on from a figure's group: "van de mensen die ... heeft, zegt ...".
RELATIVE = regex.compile(r"\s*(?:die|dat|wie|wier|wiens|welke|waar(?:van|in|bij)?)\s", regex.IGNORECASE)


def past_relative_clause(doc: Doc, span: SpacySpan, bounds: Offsets, sentence: Offsets) -> Offsets:
    """Past a relative clause on the group, closed by a comma, what holds follows its verb.

    ``Ruim de helft van de leden die de enquête invulden, is tevreden`` ->
    ``is tevreden``. Not when the clause after the comma has a figure of its
    own (``Van de 64% die een tekort verwacht, kan de helft ...``): its verb is that figure's.
    """
    if bounds[1] >= sentence[1]:
        return bounds
    after = past_apposition(doc, bounds[1], sentence)
    following = following_expression(span)
    if after[0] == after[1] or (following is not None and following.start_char < after[1]):
        return bounds
    return after


def after_leading_colon(text: str, span: SpacySpan, sentence: Offsets) -> Offsets | None:
    """A figure that opens its line and a colon, what holds for it after the colon.

    ``72%: 'Ik slaap te weinig door de stress'`` -> ``'Ik slaap te weinig door
    de stress'``; ``Bijna de helft: geen tijd om te sporten`` -> ``geen tijd om te sporten``.
    """
    first = clause_bounds(text, span.start_char, span.start_char, sentence)[0]
    if text[first : span.start_char].strip(" \n'\"‘“") or not text.startswith(":", span.end_char):
        return None
    start = span.end_char + 1
    end = clause_bounds(text, start, start, sentence)[1]
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip().rstrip(".!?")
    if text[first : span.start_char].strip():  # "'Een op de vijf: nooit meer ...'": the quote closes the line
        piece = piece.rstrip("'\"’”").rstrip(".!? ")
    return (start + lead, start + lead + len(piece)) if piece else None


# Tags of the words of a clause that says only when: "vorig jaar nog", "in 2019", "een jaar eerder".
_TIME_CLAUSE_TAGS = frozenset({"DET", "ADJ", "NUM", "ADP", "ADV", "SPACE", "PUNCT"})


def gapped_time_clause(doc: Doc, span: SpacySpan) -> bool:
    """``In 2010 was 14 procent van de leden tegen, vorig jaar nog 15 procent``.

    A clause after a comma with no verb, only a time and a figure, leaves out
    what the clause before said: the figure shares the previous figure's
    statement. So does a bracketed aside of a time and a figure: ``had 12
    procent een tekort (vorig jaar 9 procent)``.
    """
    if not has_annotation(doc, "SENT_START") or not has_annotation(doc, "POS"):
        return False
    first, last = sentence_bounds(doc, span.start)
    previous = previous_expression(span)
    if previous is None or previous.start < first:
        return False
    k = span.start
    while k > previous.end and doc[k - 1].text not in CLAUSE_BREAKS:
        k -= 1
    if k == previous.end or doc[k - 1].text not in (",", "("):
        return False  # "..., vorig jaar 9 procent" or "(vorig jaar 9 procent)"
    before = [t for t in doc[k : span.start] if not in_expression(t)]
    if doc[k - 1].text == "(":  # the aside closes after the figure: "(in 2019 nog 20 procent)"
        return span.end < last and doc[span.end].text == ")" and _only_when(before)
    rest = [t for t in doc[span.end : last] if t.text not in CLAUSE_BREAKS]
    if rest and not rest[0].is_punct:
        return False
    return _only_when(before)


def _only_when(before: list[Token]) -> bool:
    """Whether the words before a figure in its clause only say when: ``vorig jaar nog``."""
    says_when = any(t.lower_ in TIME_WORDS or _is_year(t.text) for t in before)
    return says_when and all(t.pos_ in _TIME_CLAUSE_TAGS or t.lower_ in TIME_WORDS for t in before)


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in {"19", "20"}


# Quotation marks around a quoted statement: „...”, “...”, "...", '...', ‘...’.
_OPENING_QUOTE = regex.compile(r"(?:^|(?<=[\s(:]))[„“‘\"'](?=\w)")
_CLOSING_QUOTE = regex.compile(r"(?<=[\w.,!?%)])[”’\"'](?=[\s.,;:!?)]|$)")

MAX_QUOTE_LEAD = 300
"""Characters before a figure searched for the quotation it stands in."""


def within_quotation(text: str, span: SpacySpan, offsets: Offsets) -> Offsets:
    """A statement of a figure inside a quotation ends where the quotation closes.

    ``Volgens de directeur is "ongeveer 30 procent van de bussen te oud" en moet
    de provincie ingrijpen``: what holds for the figure ends at ``te oud``.
    """
    lead = max(0, span.start_char - MAX_QUOTE_LEAD)
    openings = list(_OPENING_QUOTE.finditer(text, lead, span.start_char + 1))
    if not openings or _CLOSING_QUOTE.search(text, openings[-1].end(), span.start_char) is not None:
        return offsets
    closing = _CLOSING_QUOTE.search(text, span.end_char, offsets[1])
    if closing is None or closing.start() <= offsets[0]:
        return offsets
    end = closing.start()
    while end > offsets[0] and text[end - 1] in " ,.":
        end -= 1
    return (offsets[0], end) if end > offsets[0] else offsets


MAX_BARE_CLAUSE = 4
"""Words of a clause before its figure that say nothing without it: ``Dat is ruim 23 procent van ...``,
``Wereldwijd is dat percentage 74 procent``."""


def bare_clause(text: str, span: SpacySpan, start: int, end: int) -> bool:
    """Whether the clause before the figure says nothing without it: ``Dat is ruim 23 procent van ...``.

    Not a bracketed item (``Edam (39 procent)``) nor a clause that another
    figure shares (``Renault volgde met 7,5 procent en Peugeot met 6 procent``).
    """
    if len(text[start:end].split()) > MAX_BARE_CLAUSE or text[start : span.start_char].rstrip().endswith("("):
        return False
    if any(breaks_clause(text, i) for i in range(end, span.start_char)):
        return False  # "net als vorig jaar, de helft van ...": the clause before a comma is another's
    previous = previous_expression(span)
    return previous is None or previous.end_char <= start


# Asides between spaced dashes (bounded, so matching stays linear).
_DASH_ASIDE = regex.compile(r"[-–—]\s[^-–—\n]{1,80}?\s[-–—]\s+")

_DASH_OPENING = regex.compile(r"\s[-–—]\s[^-–—\n]{0,18}\Z")

_DASH_CLOSING = regex.compile(r"[^-–—\n]{0,80}?\s[-–—]\s+")


def past_dash_insert(text: str, figure: int, after: int, sentence: Offsets) -> int:
    """Skip an aside between dashes: ``61% van de vaders - en 55% in heel Europa - vindt ...``.

    The aside may follow the figure, or the figure may stand in it; either
    way what holds is said after the closing dash.
    """
    opened = _DASH_OPENING.search(text, max(sentence[0], figure - 20), figure)
    if opened is not None:
        closing = _DASH_CLOSING.match(text, after, sentence[1])
        return closing.end() if closing else after
    aside = _DASH_ASIDE.match(text, after, sentence[1])
    return aside.end() if aside else after


MIN_VERB_STATEMENT_WORDS = 2
"""Words a statement read from the verb keeps when a closing amount of change is left out."""

# Words that say nothing of what holds once the figure is left out: "is dat", "hebben respectievelijk".
_EMPTY_WITHOUT_FIGURE = frozenset({"dat", "dit", "het", "er", "respectievelijk", "nog", "maar", "nu"})

# The preposition of an amount of change before a figure: "groeide vorig jaar met 12 procent".
_CHANGE_BY = regex.compile(r"\s+met\s*\Z")

_CLOSING_PUNCTUATION = ".!?\"'”’“‘ "


def without_change_amount(span: SpacySpan, verb: int, stop: int) -> int:
    """``De omzet groeide vorig jaar met 12 procent`` -> ``groeide vorig jaar``.

    When an amount of change (``met`` N procent) closes the clause, what holds
    is said by the verb and the words before it; the amount is the figure's
    value. A statement that would keep fewer than two words of its own
    (``steeg``) keeps the figure, and so does a change from one figure to
    another (``zakte van 70 procent naar de helft``).
    """
    text = text_of(span.doc)
    if text[span.end_char : stop].strip(_CLOSING_PUNCTUATION):
        return stop
    previous = previous_expression(span)
    if previous is not None and verb <= previous.start_char:
        return stop
    link = _CHANGE_BY.search(text, max(verb, span.start_char - 8), span.start_char)
    if link is None:
        return stop
    words = [w for w in text[verb : link.start()].split() if w.lower() not in _EMPTY_WITHOUT_FIGURE]
    return link.start() if len(words) >= MIN_VERB_STATEMENT_WORDS else stop


def trimmed(text: str, start: int, end: int) -> Offsets | None:
    """``start:end`` without the spaces around it and a closing full stop or quote; None if empty."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    while piece and piece[-1] in ".!?\"”’'":
        piece = piece[:-1].rstrip()
    return None if not piece else (start + lead, start + lead + len(piece))
