"""The public result of the survey stage: one :class:`SurveyMention` per survey."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from .cues import Hit, all_hits
from .grouping import Draft, attach_samples, best_sample, build_surveys
from .names import Name, acronym_after, chunks, generic, is_name_word, make_name, name_counts, surnames_of
from .patterns import AUDIENCE, PERIOD
from .samples import all_samples, population_only
from .tokens import Article, Span, tokenize


@dataclass(frozen=True)
class SurveyMention:
    """One survey, poll or statistics source an article reports.

    All spans are character offsets into the text given to :func:`find_surveys`.
    ``conductors`` holds each organisation that ran or commissioned it, as
    written minus a leading article (``het Nibud`` gives ``Nibud``). Of the
    forms an article uses for one organisation, the one written with its
    acronym is taken (``Centraal Planbureau (CPB)``, brackets included), else
    the most frequent (``CBS`` over a single ``Centraal Bureau voor de
    Statistiek``). ``conductors`` is empty when the article only says ``een
    peiling onder 200 lezers``. ``cue`` is the phrase that reports the survey
    (``onderzoek van``, ``in opdracht van``, ``volgens``, ``ondervroeg``).
    """

    conductors: tuple[Span, ...]
    sample_size: int | None
    sample_span: Span | None
    population: Span | None
    period: Span | None
    cue: Span


def _period(doc: Article, sents: Iterable[int]) -> Span | None:
    """The first fieldwork period in the given sentences: ``tussen 3 en 10 mei``."""
    for sent in sorted(sents):
        start, end = doc.sents[sent]
        m = PERIOD.search(doc.text, start, end)
        if m:
            return m.start(), m.end()
    return None


def _finish(doc: Article, survey: Draft, hits: list[Hit]) -> SurveyMention:
    """Turn a grouped survey into its public :class:`SurveyMention`."""
    sample = best_sample(survey)
    sents = set(survey.sents) | ({sample.sent} if sample else set())
    population = sample.population if sample else None
    if population is None:
        own = [h for h in hits if h.sent in survey.sents]
        population = next((p for h in own if (p := population_only(doc, h))), None)
    names = survey.names or _fallback_names(doc, population)
    return SurveyMention(
        conductors=tuple(_with_acronym(doc, n.span) for n in names),
        sample_size=sample.value if sample else None,
        sample_span=sample.span if sample else None,
        population=population,
        period=_period(doc, sents),
        cue=survey.cue,
    )


def _with_acronym(doc: Article, span: Span) -> Span:
    """Extend a name over the acronym written after it: ``Centraal Planbureau (CPB)``.

    The article gives both forms; readers and gold files use either.
    """
    j = doc.index_at(span[1])
    if acronym_after(doc, j) is None:
        return span
    return span[0], doc.toks[j + 2].end


def _fallback_names(doc: Article, population: Span | None) -> list[Name]:
    """Conductor of a survey no cue names: the medium of its audience, or the main source.

    ``een peiling onder 7Days-lezers`` was run by 7Days. Otherwise the
    organisation the article names most often (at least twice, once in a
    sentence about the survey) is taken: ``Met dit onderzoek wil Plan
    International ...``.
    """
    if population is not None:
        m = AUDIENCE.search(doc.text, population[0], population[1])
        if m and is_name_word(m.group(1)):
            return [Name(m.span(1), False, m.group(1).casefold())]
    mentions: dict[str, list[Name]] = {}
    about: set[str] = set()
    for chunk in doc.name_chunks:
        name = make_name(doc, *chunk)
        if name.looks_person or generic(doc, *chunk):
            continue
        mentions.setdefault(name.key, []).append(name)
        if doc.toks[chunk[0]].sent in doc.survey_sents:
            about.add(name.key)
    best = max(about, key=lambda k: len(mentions[k]), default=None)
    return mentions[best][:1] if best and len(mentions[best]) > 1 else []


def find_surveys(text: str) -> list[SurveyMention]:
    """Find the surveys ``text`` reports, in order of first mention.

    >>> t = "Dat blijkt uit onderzoek van Peilbureau Noord onder zesduizend IT-managers."
    >>> [s] = find_surveys(t)
    >>> [t[a:b] for a, b in s.conductors], s.sample_size, t[slice(*s.population)]
    (['Peilbureau Noord'], 6000, 'IT-managers')
    """
    doc = tokenize(text)
    if not doc.toks:
        return []
    doc = replace(doc, name_chunks=tuple(chunks(doc)))
    doc = replace(doc, surnames=surnames_of(doc), written=name_counts(doc))
    hits = all_hits(doc)
    surveys = build_surveys(doc, hits)
    attach_samples(doc, surveys, all_samples(doc))
    surveys.sort(key=lambda s: s.cue)
    return [_finish(doc, s, hits) for s in surveys]
