"""Sample sizes and populations: how many people were asked, and who.

``onder 2.100 kiezers``, ``1.024 respondenten``, ``ondervroeg vorige maand
2500 mensen``, ``10.000 mensen ondervraagd``: a count is a sample only with
such an anchor; ``onder 18 jaar`` is an age.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...lexicon.function_words import ARTICLES
from ...lexicon.numbers import may_be_number, parse_number
from ...lexicon.organisations import NOT_DESCRIPTORS
from ...lexicon.quantities import COUNT_QUALIFIERS, MEASURE_WORDS
from ...lexicon.surveys import (
    ADDRESSING_VERBS,
    ASKING_VERBS,
    LOOSE_ASKED_WORDS,
    LOOSE_ASKING_VERBS,
    MEMBERSHIP_VERBS,
    PARTICIPATION_VERBS,
    RESPONDENT_NOUNS,
    SAMPLE_GROUP_NOUNS,
    SAMPLE_QUALIFIERS,
    VOTER_NOUNS,
)
from .cues import Hit, has_context
from .patterns import ASKED, POPULATION_TAIL, SURVEY_CONTEXT, WORD
from .tokens import Article, Span
from .wordshapes import is_adjective


@dataclass(frozen=True)
class Sample:
    """A count of people asked: ``2.100`` in ``onder 2.100 kiezers``, with the population."""

    value: int
    span: Span
    population: Span | None
    sent: int


@lru_cache(maxsize=8192)
def may_open_count(word: str) -> bool:
    """Whether a count may start with ``word``: it starts with a digit, or is a number word itself.

    A count of more words starts with a number word (``zes duizend``,
    ``anderhalf miljoen``). Each word is judged once; most (``de``,
    ``kiezers``, ``Nederland``) are turned away here.

    >>> may_open_count("2.100"), may_open_count("zes"), may_open_count("zesduizend"), may_open_count("zeven-")
    (True, True, True, False)
    >>> may_open_count("kiezers"), may_open_count("Zes"), may_open_count("(")
    (False, False, False)
    """
    return word[:1].isdigit() or (word.isalpha() and word.islower() and _value(word) is not None)


def _number_at(doc: Article, i: int) -> tuple[int, int, float] | None:
    """Token range and value of a count at token ``i``: ``2.100``, ``zesduizend``, ``1,2 miljoen``."""
    toks = doc.toks
    j = i + 1
    if j < len(toks) and toks[j].text in ("miljoen", "duizend"):
        j += 1
    text = doc.text[toks[i].start : toks[j - 1].end]
    if not (text[0].isdigit() or (text.isalpha() and text.islower())):
        return None
    value = _value(text)
    if value is None or value < 10 or value != int(value):
        return None
    return i, j, value


@lru_cache(maxsize=4096)
def _value(text: str) -> float | None:
    """:func:`parse_number` for words of a sane length (a count is never 40 letters long).

    The stage tries every token, so words that cannot start a number are
    turned away by their first character, and each word is read once.
    """
    return parse_number(text) if len(text) <= 40 and may_be_number(text) else None


def _is_fraction_part(doc: Article, i: int) -> bool:
    """Whether the number at ``i`` closes a ratio: ``vier op de tien``, ``drie van de vier``."""
    if i < 2 or doc.toks[i - 1].text not in ("de", "het"):
        return False
    before = doc.toks[i - 2].text
    if before == "op":
        return True
    denominator = _value(doc.toks[i].text) or 0
    return before == "van" and i >= 3 and _value(doc.toks[i - 3].text) is not None and denominator <= 100


def _population_at(doc: Article, i: int) -> tuple[int, int, int] | None:
    """Start, head and end token of the people counted from token ``i``.

    ``huidige kiezers van NSC``: up to two adjectives, a plural noun that is
    not a unit (the head), then an optional ``van``/``uit`` complement, a
    coordinated noun, or an age range.
    """
    toks = doc.toks
    j = i
    while j < len(toks) and j - i < 2 and is_adjective(toks[j].text):
        j += 1
    if j >= len(toks) or not _is_population_noun(toks[j].text):
        return None
    return i, j, _extend_population(doc, j + 1)


def _is_population_noun(word: str) -> bool:
    """Whether ``word`` is a plural noun for people or organisations (``IT-managers``, ``leden``)."""
    if word.casefold() in MEASURE_WORDS or not WORD.fullmatch(word):
        return False
    return word.casefold() in RESPONDENT_NOUNS or word.endswith(("s", "en", "'s", "’s"))


def _extend_population(doc: Article, j: int) -> int:
    """End of a population after its head noun: ``van het Opiniepanel``, ``tussen 12 en 15 jaar``.

    A ``van``/``uit`` complement or a coordinated noun (``meisjes en jonge
    vrouwen``) may come first, then an age range.
    """
    words = [t.text for t in doc.toks[j : j + 9]]
    m = POPULATION_TAIL.match(" ".join(words))
    if not m or not m.group():
        return j
    n = len(m.group().split(" "))
    last = words[n - 1]
    if last in ARTICLES or last in NOT_DESCRIPTORS:
        return j
    return j + n


def _anchored(doc: Article, i: int, j: int, pop: tuple[int, int, int] | None) -> bool:
    """Whether the count at tokens ``[i, j)`` is a number of people asked.

    ``onder 5000 consumenten`` (with a survey word in the sentence), ``1.024
    respondenten``, ``ondervroeg vorige maand 2500 mensen``, ``ondervraagde
    723 scholieren``, ``10.000 mensen ondervraagd``, ``350 kinderen die meededen``,
    ``een rondvraag bij alle 342 gemeenten`` (``bij`` only in a sentence about a survey).
    """
    if pop is None:
        return False
    toks = doc.toks
    k = i - 1
    while k >= 0 and i - k < 4 and toks[k].text.casefold() in COUNT_QUALIFIERS | SAMPLE_QUALIFIERS:
        k -= 1
    before = toks[k].text.casefold() if k >= 0 else ""
    if before == "onder":
        return has_context(doc, toks[i].sent)
    if before == "bij":
        return toks[i].sent in doc.survey_sents
    if before in ("aan", "uit") and k > 0:
        return _addressed(doc, k) if before == "aan" else _panel_size(doc, k)
    if before == "van" and k > 0 and toks[k - 1].text.casefold() in SAMPLE_GROUP_NOUNS:
        return has_context(doc, toks[i].sent)
    if _asking_verb_before(doc, k):
        return True
    head = toks[pop[1]].text.casefold()
    if head in RESPONDENT_NOUNS - VOTER_NOUNS or toks[j].text == "ondervraagde":
        return True
    return _asked_after(doc, pop[2])


def _addressed(doc: Article, k: int) -> bool:
    """Whether ``aan`` at token ``k`` names the people a question was put to.

    ``Dat vroeg de bond aan ruim 8.000 fietsers``, ``Kantar legde de vragen voor
    aan 2.300 ouders``: a verb of asking earlier in the clause.
    """
    sent = doc.toks[k].sent
    for m in range(k - 1, max(k - 9, -1), -1):
        tok = doc.toks[m]
        if tok.sent != sent or tok.text in (",", ";"):
            return False
        if tok.text.casefold() in ADDRESSING_VERBS:
            return True
    return False


def _panel_size(doc: Article, k: int) -> bool:
    """Whether ``uit`` at token ``k`` gives a panel's size: ``Het panel bestaat uit 25 duizend ...``."""
    return doc.toks[k - 1].text.casefold() in MEMBERSHIP_VERBS and doc.toks[k].sent in doc.survey_sents


def after_survey(doc: Article, sent: int) -> bool:
    """Whether sentence ``sent`` or the one before it is about a survey.

    The count of people asked often has a sentence of its own after the
    source: ``Dat blijkt uit een enquête van de bond. Ruim duizend fietsers
    namen deel.``
    """
    return sent in doc.survey_sents or sent - 1 in doc.survey_sents


def _asking_verb_before(doc: Article, k: int) -> bool:
    """Whether a verb of asking ends at token ``k`` or up to three words before it.

    ``ondervroeg 2500 mensen``, ``ondervroeg vorige maand 1.200 leraren``,
    ``peilde in september ruim duizend kiezers``: a short time adverbial may
    stand between the verb and its count. A verb of taking part (``Er
    reageerden 1,2 miljoen kijkers``) counts in or right after a sentence about
    a survey.
    """
    for m in range(k, max(k - 4, -1), -1):
        word = doc.toks[m].text.casefold()
        if word in ASKING_VERBS:
            # ``liet`` and ``sprak`` ask only in a sentence about a survey.
            loose = word in LOOSE_ASKING_VERBS and doc.toks[m].sent not in doc.survey_sents
            return doc.toks[m].sent == doc.toks[k].sent and not loose
        if word in PARTICIPATION_VERBS:
            return doc.toks[m].sent == doc.toks[k].sent and after_survey(doc, doc.toks[k].sent)
        if not word.isalpha():
            return False
    return False


def _asked_after(doc: Article, j: int) -> bool:
    """Whether a word of taking part follows in the clause: ``... jongeren ondervraagd``.

    Up to eleven words may stand between (``870 mensen in de leeftijd van 18
    tot 80 jaar ondervraagd``). A bare particle or a finite verb (``deden 27.000
    leden mee``, ``vulden de vragenlijst in``) counts only in or right after a
    sentence about a survey: ``doen honderd spelers mee`` is a tournament.
    """
    sent = doc.toks[j - 1].sent
    for k in range(j, min(j + 12, len(doc.toks))):
        tok = doc.toks[k]
        if tok.sent != sent or tok.text in (",", ";"):
            return False
        if ASKED.match(tok.text):
            return tok.text not in LOOSE_ASKED_WORDS or after_survey(doc, sent)
    return False


def _sample_at(doc: Article, i: int) -> Sample | None:
    """The sample size at token ``i``, if a number there counts people asked."""
    num = _number_at(doc, i)
    if num is None or _is_fraction_part(doc, i):
        return None
    _, j, value = num
    pop_start = j + 1 if j < len(doc.toks) and doc.toks[j].text == "ondervraagde" else j
    pop = _population_at(doc, pop_start) if pop_start < len(doc.toks) else None
    if j >= len(doc.toks) or not _anchored(doc, i, j, pop):
        return None
    toks = doc.toks
    pop_span = (toks[pop[0]].start, toks[pop[2] - 1].end) if pop else None
    return Sample(int(value), (toks[i].start, toks[j - 1].end), pop_span, toks[i].sent)


def all_samples(doc: Article) -> list[Sample]:
    """Every anchored sample size in the article, in text order.

    A count is read once: ``12 duizend scholieren`` is not also ``duizend scholieren``.
    """
    found: list[Sample] = []
    for i, tok in enumerate(doc.toks):
        if found and tok.start < found[-1].span[1]:
            continue
        if not may_open_count(tok.text):
            continue  # most tokens: a count opens with a digit or a number word
        sample = _sample_at(doc, i)
        if sample is not None:
            found.append(sample)
    return found


def population_only(doc: Article, hit: Hit) -> Span | None:
    """Population without a count in a cue sentence: ``onderzoek onder leden die ...``."""
    i = doc.index_at(hit.cue[0])
    for k in range(max(i, 1), min(i + 12, len(doc.toks) - 1)):
        if doc.toks[k].sent != hit.sent:
            break
        if doc.toks[k].text == "onder" and SURVEY_CONTEXT.search(doc.toks[k - 1].text):
            pop = _population_at(doc, k + 1)
            if pop is not None:
                return doc.toks[pop[0]].start, doc.toks[pop[2] - 1].end
    return None
