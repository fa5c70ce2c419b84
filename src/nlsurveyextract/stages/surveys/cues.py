"""Cue phrases that attribute a figure to a source, each with the names it points at.

``onderzoek van Peilbureau Noord``, ``in opdracht van de NOS``, ``volgens het CBS``
(in a sentence with a figure), ``Ipsos-peiling``, ``Motivaction ondervroeg
...``, ``Het CBS komt op 0,3 procent``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

from ...lexicon.function_words import ARTICLES, CLAUSE_OPENERS
from ...lexicon.organisations import KNOWN_SOURCES, LOWERCASE_NAME_HEADS
from ...lexicon.surveys import (
    ADVERBS_AFTER_SUBJECT,
    MAKING_VERBS,
    PARTICLE_REPORTING_VERBS,
    RESEARCHER_NOUNS,
    SHOWING_VERBS,
    SUBJECT_VERBS,
    TELLING_VERBS,
)
from .names import (
    Name,
    acronym_after,
    chunk_at,
    generic,
    make_name,
    names_after,
    past_descriptor_complement,
)
from .patterns import (
    AGENT_CUE,
    COMPOUND,
    CONTEXT_CUE,
    LETS_KNOW,
    MAKER_PARTICIPLE,
    MONTH_WORD,
    NEEDS,
    NOUN_CUE,
    RELATIVE_CUE,
    REPORT_CUE,
    STRONG_CUE,
    SURVEY_WORD,
)
from .tokens import Article, Span
from .wordshapes import is_adjective, is_descriptor, is_name_word


@dataclass(frozen=True)
class Hit:
    """A cue phrase and the names it points at, in sentence ``sent``; weak ones need confirming."""

    cue: Span
    names: tuple[Name, ...]
    sent: int
    weak: bool = False


Licence = Callable[[Article, int], bool]
"""A test of whether a weak cue in a sentence names a source: :func:`has_context`, :func:`near_figure`."""


def has_context(doc: Article, sent: int) -> bool:
    """Whether sentence ``sent`` is about a survey or states a percentage."""
    return sent in doc.survey_sents or sent in doc.share_sents


def made_by(doc: Article, sent: int) -> bool:
    """Whether a passive agent in sentence ``sent`` made a survey.

    The sentence is about a survey and has a participle of making, which may
    stand apart from ``door``: ``Het onderzoek is zowel door de inspectie als
    door het NJi uitgevoerd``. ``de publicatie van de cijfers door het CPB``
    names the publisher of something else.
    """
    return sent in doc.survey_sents and MAKER_PARTICIPLE.search(doc.sentence_text(sent)) is not None


def near_figure(doc: Article, sent: int) -> bool:
    """Whether sentence ``sent`` is about a survey or the article states a percentage.

    A reporting clause often has a sentence of its own, and an article names
    its source once, anywhere: ``De huren stegen met 4 procent. Dat meldt het
    CBS.``, ``Volgens de Woonbond is de nood hoog. Huurders kunnen hun
    rekeningen niet betalen. Bijna een kwart heeft een achterstand.``. Only
    organisations count (the cues drop persons), so ``volgens Jan`` is no source.
    """
    return sent in doc.survey_sents or bool(doc.share_sents)


def _forward_hits(doc: Article, pattern: regex.Pattern[str], context: Licence | None) -> Iterable[Hit]:
    """Hits for cues followed by their organisation (``onderzoek van X``).

    A cue with a ``context`` licence names only organisations, and only where
    the licence holds for its sentence.
    """
    for m in pattern.finditer(doc.text):
        i = doc.index_at(m.end())
        if i >= len(doc.toks) or i == 0:
            continue
        sent = doc.toks[i - 1].sent
        if context and not context(doc, sent):
            continue
        names = names_after(doc, i)
        if context:
            names = [n for n in names if not n.looks_person]
        if names:
            yield Hit(m.span(), tuple(names), sent)


def _relative_hits(doc: Article) -> Iterable[Hit]:
    """Hits for the subject of a relative clause that made the survey.

    ``een enquête die Kantar in opdracht van de NOS hield``, ``cijfers die het
    CBS donderdag publiceerde``; ``de peiling die Wilders aanhaalde`` quotes it.
    """
    for m in RELATIVE_CUE.finditer(doc.text):
        i = doc.index_at(m.end())
        names = [n for n in names_after(doc, i) if not n.looks_person] if i < len(doc.toks) else []
        if names and _making_verb_after(doc, doc.index_at(names[-1].span[1])):
            yield Hit(m.span(), tuple(names), doc.toks[i].sent)


def _making_verb_after(doc: Article, j: int) -> bool:
    """Whether a verb of making closes the clause that goes on at token ``j``."""
    sent = doc.toks[j - 1].sent
    for k in range(j, min(j + 10, len(doc.toks))):
        tok = doc.toks[k]
        if tok.sent != sent or tok.text in (",", ";"):
            return False
        if tok.text in MAKING_VERBS:
            return True
    return False


def _particle_hits(doc: Article) -> Iterable[Hit]:
    """Hits for a reporting verb whose particle follows its subject: ``maakte het CBS bekend``.

    ``Donderdag maakte het CBS de cijfers bekend``, ``bracht het RIVM naar
    buiten dat ...``: the organisation stands between the verb and its particle.
    """
    for v, tok in enumerate(doc.toks[:-1]):
        particle = PARTICLE_REPORTING_VERBS.get(tok.text.casefold())
        if particle is None or not near_figure(doc, tok.sent):
            continue
        names = [n for n in names_after(doc, v + 1) if not n.looks_person]
        end = min(doc.sents[tok.sent][1], names[-1].span[1] + 40) if names else 0
        if names and NEEDS[SUBJECT_VERBS[tok.text.casefold()] or ""].search(doc.text, names[-1].span[1], end):
            yield Hit((tok.start, tok.end), tuple(names), tok.sent)


def _shown_by_hits(doc: Article) -> Iterable[Hit]:
    """Hits for the maker of whatever a figure ``blijkt uit``: ``Uit de Staat van ... van het RIVM blijkt``.

    ``Dat blijkt uit de jaarlijkse Staat van de Volksgezondheid van het RIVM``
    names no survey noun, but ``blijkt uit`` makes the publication a source and
    its last ``van``-phrase its maker. Only near a figure.
    """
    for k, tok in enumerate(doc.toks[:-1]):
        if tok.text.casefold() != "uit" or not near_figure(doc, tok.sent):
            continue
        opens = k == 0 or doc.toks[k - 1].sent != tok.sent
        if not (doc.toks[k - 1].text in SHOWING_VERBS if not opens else _shows_later(doc, k)):
            continue
        window = doc.text[tok.end : doc.toks[min(k + MAX_PUBLICATION_TOKENS, len(doc.toks) - 1)].end]
        if NOUN_CUE.search(window) or STRONG_CUE.search(window):
            continue  # "blijkt uit onderzoek van X": the survey noun's own cue names X
        names = _maker_of_publication(doc, k + 1)
        if names:
            yield Hit((tok.start, tok.end), tuple(names), tok.sent)


def _shows_later(doc: Article, k: int) -> bool:
    """Whether ``blijkt`` (or ``bleek``) follows the sentence-initial ``Uit`` at token ``k``."""
    sent = doc.toks[k].sent
    return any(
        t.text in SHOWING_VERBS
        for t in doc.toks[k + 1 : min(k + MAX_PUBLICATION_TOKENS + 8, len(doc.toks))]
        if t.sent == sent
    )


MAX_PUBLICATION_TOKENS = 10
"""Tokens a publication's name may run to after ``uit``: ``de Staat van de Volksgezondheid van``."""


def _maker_of_publication(doc: Article, i: int) -> list[Name]:
    """The organisations after the last ``van`` of the publication starting at token ``i``.

    A ``van`` inside a name found after an earlier one is the name's own:
    ``onderzoek van het Bureau van de Verenigde Naties ...``.
    """
    sent = doc.toks[i].sent
    links = []
    for k in range(i, min(i + MAX_PUBLICATION_TOKENS, len(doc.toks) - 1)):
        tok = doc.toks[k]
        if tok.sent != sent or not tok.text[0].isalnum() or tok.text in SHOWING_VERBS:
            break
        if tok.text == "van":
            links.append(k)
    best: list[Name] = []
    for k in links:
        if best and doc.toks[k].start < best[-1].span[1]:
            continue
        names = [n for n in names_after(doc, k + 1) if not n.looks_person]
        best = names or best
    return best


def _compound_hits(doc: Article) -> Iterable[Hit]:
    """Hits for an organisation written onto a survey noun: ``Ipsos-peiling``, ``CBS-cijfers``.

    Weak: ``Koningsdag-enquête`` has the same shape, so the name must be
    confirmed by another cue or be a known institute.
    """
    for tok in doc.toks:
        m = COMPOUND.fullmatch(tok.text) if "-" in tok.text else None
        if m and is_name_word(m.group(1)):
            span = (tok.start, tok.start + m.end(1))
            key = m.group(1).casefold()
            yield Hit(span, (Name(span, False, key),), tok.sent, key not in KNOWN_SOURCES)


def _sentence_start_names(doc: Article, v: int) -> list[tuple[int, int]]:
    """The names that open the sentence of verb token ``v`` and end right before it.

    An article, an adjective and a descriptor may precede it (``De Belgische
    econome Marieke van der Linden deed ...``); ``ook`` may follow it. Names
    coordinated with ``en`` or a comma are subjects together (``Het Nibud en
    de Consumentenbond onderzochten ...``); a person in apposition is not one.
    """
    i = bisect_left(doc.starts, doc.sents[doc.toks[v].sent][0])
    names: list[tuple[int, int]] = []
    while len(names) < MAX_COORDINATED_SUBJECTS:
        name = _name_opening(doc, i, v)
        if name is None:
            return []
        stop = name[2]
        apposition = bool(names) and make_name(doc, *name[:2]).looks_person
        if apposition and stop < v and doc.toks[stop].text == ",":
            stop += 1  # "De ombudsman, Reinier de Wit, heeft ...": the person is the organisation's
        elif not apposition:
            names.append(name[:2])
            if stop < v and doc.toks[stop].text in ("en", ","):
                i = stop + 1  # "De ANWB en de Bovag melden ...": the next subject
                continue
        between = [t.text for t in doc.toks[stop:v]]
        return [] if between and between[0] not in ADVERBS_AFTER_SUBJECT else names
    return []


MAX_COORDINATED_SUBJECTS = 3
"""Organisations a sentence may open with as subjects of one verb: ``X, Y en Z melden``."""


def _name_opening(doc: Article, i: int, v: int) -> tuple[int, int, int] | None:
    """The name from token ``i`` on before verb ``v``: its start, end and the token after it."""
    for _ in range(3):
        if i >= v or not _opener(doc.toks[i].text):
            break
        i += 1
    i = past_descriptor_complement(doc, i)
    if i + 1 < v and doc.toks[i].text.casefold() in RESEARCHER_NOUNS and doc.toks[i + 1].text == "van":
        i += 2 + (doc.toks[i + 2].text.casefold() in ARTICLES)  # "Analisten van ABN Amro becijferden"
    chunk = chunk_at(doc, i) if i < v else None
    if chunk is None or generic(doc, *chunk) or chunk[1] > v:
        return None
    end = _past_date_tail(doc, chunk[1], v)
    stop = end + 3 if acronym_after(doc, end) is not None else end
    return chunk[0], end, stop


def _opener(word: str) -> bool:
    """Whether ``word`` may open a sentence before an organisation name (``Het``, ``Britse``)."""
    if word in LOWERCASE_NAME_HEADS:
        return False
    return word.casefold() in ARTICLES or is_adjective(word) or is_descriptor(word)


def _past_date_tail(doc: Article, j: int, v: int) -> int:
    """End of a date that is part of a name: ``Nationaal Comité 4 en 5 mei``."""
    k = j
    while k < v and (doc.toks[k].text.isdigit() or doc.toks[k].text == "en"):
        k += 1
    if k > j and k < v and MONTH_WORD.fullmatch(doc.toks[k].text):
        return k + 1
    return j


def _verb_licensed(doc: Article, v: int, need: str | None) -> bool:
    """Whether subject verb token ``v`` is a survey cue given what must follow it."""
    if need is None:
        return True
    sent = doc.toks[v].sent
    if need == "context":
        return near_figure(doc, sent)
    rest = doc.text[doc.toks[v].end : min(doc.sents[sent][1], doc.toks[v].end + 300)]
    if NEEDS[need].search(rest) is not None:
        return True
    return doc.toks[v].text in TELLING_VERBS and LETS_KNOW.match(rest) is not None and near_figure(doc, sent)


def _subject_hits(doc: Article) -> Iterable[Hit]:
    """Hits for an organisation as subject: ``EenVandaag onderzocht``, ``TNO vroeg ...``."""
    for v, tok in enumerate(doc.toks):
        need = SUBJECT_VERBS.get(tok.text, "-")
        if need == "-" or v == 0 or not _verb_licensed(doc, v, need):
            continue
        chunks = _sentence_start_names(doc, v)
        if chunks:
            yield Hit((tok.start, tok.end), tuple(make_name(doc, *chunk) for chunk in chunks), tok.sent)


def _inverted_hits(doc: Article) -> Iterable[Hit]:
    """Hits for an organisation right after its verb, when something opens the sentence.

    ``Vorig jaar deed het Nibud onderzoek naar ...``, ``Bij 1.250 werkgevers hield
    Intelligence Group een enquête``, ``Daarom heeft de bond 3.000 leden ondervraagd``:
    the verb needs its survey word after it (``deed ... onderzoek``), and the
    sentence must be about a survey (``heeft de jury een score berekend`` is not).
    """
    for v, tok in enumerate(doc.toks[:-1]):
        need = SUBJECT_VERBS.get(tok.text, "-")
        if need in ("-", None, "context") or v == 0 or doc.toks[v - 1].sent != tok.sent:
            continue
        if tok.sent not in doc.survey_sents:
            continue
        names = [n for n in names_after(doc, v + 1) if not n.looks_person]
        if names and _verb_licensed(doc, v, need):
            yield Hit((tok.start, tok.end), tuple(names), tok.sent)


def _known_hits(doc: Article) -> Iterable[Hit]:
    """Hits for a known institute as subject near a figure: ``Het CBS komt op 0,3 procent``."""
    for chunk in doc.name_chunks:
        name = make_name(doc, *chunk)
        sent = doc.toks[chunk[0]].sent
        if name.key in KNOWN_SOURCES and _subject_position(doc, chunk[0]) and has_context(doc, sent):
            yield Hit(name.span, (name,), sent)


def _subject_position(doc: Article, i: int) -> bool:
    """Whether the name at token ``i`` opens its clause, as a subject does.

    ``Want het CBS komt op 0,3 procent`` reports a figure; ``de aanbevelingen
    van het RIVM`` only mentions the institute.
    """
    k = i - 1
    if k >= 0 and doc.toks[k].text.casefold() in ARTICLES:
        k -= 1
    if k < 0 or doc.toks[k].sent != doc.toks[i].sent:
        return True
    return doc.toks[k].text.casefold() in CLAUSE_OPENERS


def all_hits(doc: Article) -> list[Hit]:
    """Every cue hit in the article, in text order."""
    nouns = SURVEY_WORD.search(doc.text) is not None
    hits = [
        *(_forward_hits(doc, NOUN_CUE, context=None) if nouns else ()),
        *_forward_hits(doc, STRONG_CUE, context=None),
        *_forward_hits(doc, CONTEXT_CUE, context=has_context),
        *_forward_hits(doc, REPORT_CUE, context=near_figure),
        *_forward_hits(doc, AGENT_CUE, context=made_by),
        *(_relative_hits(doc) if nouns else ()),
        *_particle_hits(doc),
        *_shown_by_hits(doc),
        *_compound_hits(doc),
        *_subject_hits(doc),
        *_inverted_hits(doc),
        *_known_hits(doc),
    ]
    return sorted(hits, key=lambda h: h.cue)
