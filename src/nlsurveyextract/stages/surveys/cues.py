"""Cue phrases that attribute a figure to a source, each with the names it points at.

``onderzoek van Peilbureau Noord``, ``in opdracht van de NOS``, ``volgens het CBS``
(in a sentence with a figure), ``Ipsos-peiling``, ``Motivaction ondervroeg
...``, ``Het CBS komt op 0,3 procent``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ...lexicon.function_words import ARTICLES, CLAUSE_OPENERS
from ...lexicon.organisations import KNOWN_SOURCES, LOWERCASE_NAME_HEADS
from ...lexicon.surveys import ADVERBS_AFTER_SUBJECT, SUBJECT_VERBS
from .names import (
    Name,
    acronym_after,
    chunk_at,
    generic,
    is_adjective,
    is_descriptor,
    is_name_word,
    make_name,
    names_after,
)
from .patterns import COMPOUND, CONTEXT_CUE, MONTH_WORD, NEEDS, NOUN_CUE, STRONG_CUE
from .tokens import Article, Span


@dataclass(frozen=True)
class Hit:
    """A cue phrase and the names it points at, in sentence ``sent``; weak ones need confirming."""

    cue: Span
    names: tuple[Name, ...]
    sent: int
    weak: bool = False


def has_context(doc: Article, sent: int) -> bool:
    """Whether sentence ``sent`` is about a survey or states a percentage."""
    return sent in doc.survey_sents or sent in doc.share_sents


def _forward_hits(doc: Article, pattern: regex.Pattern[str], context: bool) -> Iterable[Hit]:
    """Hits for cues followed by their organisation (``onderzoek van X``)."""
    for m in pattern.finditer(doc.text):
        i = doc.index_at(m.end())
        if i >= len(doc.toks) or i == 0:
            continue
        sent = doc.toks[i - 1].sent
        if context and not has_context(doc, sent):
            continue
        names = names_after(doc, i)
        if context:
            names = [n for n in names if not n.looks_person]
        if names:
            yield Hit(m.span(), tuple(names), sent)


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


def _sentence_start_name(doc: Article, v: int) -> tuple[int, int] | None:
    """The name that opens the sentence of verb token ``v`` and ends right before it.

    An article, an adjective and a descriptor may precede it (``De Belgische
    econome Marieke van der Linden deed ...``); ``ook`` may follow it.
    """
    i = bisect_left(doc.starts, doc.sents[doc.toks[v].sent][0])
    for _ in range(3):
        if i >= v or not _opener(doc.toks[i].text):
            break
        i += 1
    chunk = chunk_at(doc, i) if i < v else None
    if chunk is None or generic(doc, *chunk):
        return None
    end = _past_date_tail(doc, chunk[1], v)
    stop = end + 3 if acronym_after(doc, end) is not None else end
    between = [t.text for t in doc.toks[stop:v]]
    if between and between[0] not in ADVERBS_AFTER_SUBJECT:
        return None
    return chunk[0], end


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
        return has_context(doc, sent)
    rest = doc.text[doc.toks[v].end : min(doc.sents[sent][1], doc.toks[v].end + 300)]
    return NEEDS[need].search(rest) is not None


def _subject_hits(doc: Article) -> Iterable[Hit]:
    """Hits for an organisation as subject: ``EenVandaag onderzocht``, ``TNO vroeg ...``."""
    for v, tok in enumerate(doc.toks):
        need = SUBJECT_VERBS.get(tok.text, "-")
        if need == "-" or v == 0 or not _verb_licensed(doc, v, need):
            continue
        chunk = _sentence_start_name(doc, v)
        if chunk is not None:
            name = make_name(doc, *chunk)
            yield Hit((tok.start, tok.end), (name,), tok.sent)


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
    hits = [
        *_forward_hits(doc, NOUN_CUE, context=False),
        *_forward_hits(doc, STRONG_CUE, context=False),
        *_forward_hits(doc, CONTEXT_CUE, context=True),
        *_compound_hits(doc),
        *_subject_hits(doc),
        *_known_hits(doc),
    ]
    return sorted(hits, key=lambda h: h.cue)
