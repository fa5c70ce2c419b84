"""Grouping the cue hits of an article into surveys, and the samples into them.

One organisation named three times (``het Centraal Bureau voor de
Statistiek``, ``het CBS``, ``CBS-cijfers``) is one survey; a sample belongs
to the survey of its sentence, else to the one mentioned before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .cues import Hit
from .names import Name, acronym_after, initials, is_name_word
from .patterns import MAX_SURVEYS, SURVEY_CONTEXT
from .samples import Sample
from .tokens import Article, Span


def _same_org(a: str, b: str, aliases: dict[str, str]) -> bool:
    """Whether two name texts name one organisation (``CBS``, ``Kantar``/``Kantar Public``)."""
    ka, kb = a.casefold(), b.casefold()
    ka, kb = aliases.get(ka, ka), aliases.get(kb, kb)
    if ka == kb or ka.startswith(kb + " ") or kb.startswith(ka + " "):
        return True
    ia, ib = initials(a), initials(b)
    return (len(ia) > 1 and ia == kb) or (len(ib) > 1 and ib == ka)


def _aliases(doc: Article) -> dict[str, str]:
    """Acronyms written after a name: ``het Sociaal en Cultureel Planbureau (SCP)``."""
    found: dict[str, str] = {}
    for i, j in doc.name_chunks:
        acronym = acronym_after(doc, j)
        if acronym is not None:
            found[acronym.casefold()] = _expanded(doc, i, j, acronym)
    return found


def _expanded(doc: Article, i: int, j: int, acronym: str) -> str:
    """The part of name tokens ``[i, j)`` an acronym abbreviates, casefolded.

    ``de Woonmonitor van het Sociaal en Cultureel Planbureau (SCP)``:
    ``SCP`` stands for the last four words.
    """
    for k in range(i, j):
        name = doc.text[doc.toks[k].start : doc.toks[j - 1].end]
        if is_name_word(doc.toks[k].text) and initials(name) == acronym.casefold():
            return name.casefold()
    return doc.text[doc.toks[i].start : doc.toks[j - 1].end].casefold()


@dataclass
class Draft:
    """A survey while it is being grouped: its names, first cue, sentences and samples."""

    names: list[Name]
    cue: Span
    sents: set[int]
    samples: list[Sample] = field(default_factory=list)


def _text_of(doc: Article, name: Name) -> str:
    return doc.text[name.span[0] : name.span[1]]


def _covered(doc: Article, names: Iterable[Name], by: Sequence[Name], aliases: dict[str, str]) -> bool:
    """Whether every name of ``names`` is one of the organisations in ``by``."""
    return all(any(_same_org(_text_of(doc, n), _text_of(doc, m), aliases) for m in by) for n in names)


def _sentence_groups(doc: Article, hits: list[Hit], aliases: dict[str, str]) -> list[Hit]:
    """Merge the hits of one sentence: ``uitgevoerd door Kantar in opdracht van de gemeente``."""
    groups: dict[int, Hit] = {}
    for hit in hits:
        old = groups.get(hit.sent)
        if old is None:
            groups[hit.sent] = hit
            continue
        new = tuple(n for n in hit.names if not _covered(doc, (n,), old.names, aliases))
        groups[hit.sent] = Hit(old.cue, old.names + new, hit.sent, old.weak and hit.weak)
    return list(groups.values())


def _confirmed(doc: Article, hits: list[Hit], aliases: dict[str, str]) -> list[Hit]:
    """Drop weak hits whose names no other cue confirms (``Koningsdag-enquête``)."""
    strong: set[str] = set()
    for name in (n for h in hits if not h.weak for n in h.names):
        text = _text_of(doc, name)
        strong.update((text.casefold(), text.split()[0].casefold(), initials(text)))
    strong.update(k for k, v in aliases.items() if v in strong)
    return [h for h in hits if not h.weak or all(n.key in strong for n in h.names)]


def _without_persons(hits: list[Hit]) -> list[Hit]:
    """Drop person names when any organisation is named: a person is a last resort."""
    if not any(not n.person for h in hits for n in h.names):
        return hits
    kept = (Hit(h.cue, tuple(n for n in h.names if not n.person), h.sent, h.weak) for h in hits)
    return [h for h in kept if h.names]


def build_surveys(doc: Article, hits: list[Hit]) -> list[Draft]:
    """One survey per new set of organisations; repeated mentions merge."""
    aliases = _aliases(doc)
    hits = _without_persons(_confirmed(doc, hits, aliases))
    surveys: list[Draft] = []
    for hit in _sentence_groups(doc, hits, aliases):
        target = next((s for s in surveys if _merges(doc, s, hit, aliases)), None)
        if target is None and _covered(doc, hit.names, _all_names(surveys), aliases):
            continue
        if target is None and len(surveys) < MAX_SURVEYS:
            surveys.append(Draft(list(hit.names), hit.cue, {hit.sent}))
        elif target is not None:
            target.sents.add(hit.sent)
            target.names += [n for n in hit.names if not _covered(doc, (n,), target.names, aliases)]
    pool = [n for h in hits for n in h.names]
    for survey in surveys:
        survey.names = [_representative(doc, n, pool, aliases) for n in survey.names]
    return surveys


def _representative(doc: Article, name: Name, pool: list[Name], aliases: dict[str, str]) -> Name:
    """The form of an organisation's name to report: with its acronym, else the most written.

    ``het Centraal Bureau voor de Statistiek`` once and ``het CBS`` twice is
    reported as ``CBS``; ``Centraal Planbureau (CPB)`` gives both forms at once.
    """
    text = _text_of(doc, name)
    forms = [m for m in pool if _same_org(_text_of(doc, m), text, aliases)] or [name]
    for form in forms:
        if acronym_after(doc, doc.index_at(form.span[1])) is not None:
            return form
    written = doc.written
    best = max(forms, key=lambda m: (written.get(_text_of(doc, m), 0), -m.span[0]))
    return best


def _all_names(surveys: Iterable[Draft]) -> list[Name]:
    """The conductors of all ``surveys``."""
    return [n for s in surveys for n in s.names]


def _merges(doc: Article, survey: Draft, hit: Hit, aliases: dict[str, str]) -> bool:
    """Whether ``hit`` mentions ``survey`` again.

    It does when it names only the survey's organisations (``volgens Kantar``
    after ``Kantar in opdracht van de gemeente``), or all of two or more of them and
    more (``de Volkskrant en Rutgers`` then ``..., uitgevoerd door Ipsos``). A
    single organisation with a new partner is a new survey: EenVandaag's own
    panel and the EenVandaag/Ipsos seat poll are two.
    """
    if _covered(doc, hit.names, survey.names, aliases):
        return True
    return len(survey.names) > 1 and _covered(doc, survey.names, hit.names, aliases)


def attach_samples(doc: Article, surveys: list[Draft], samples: list[Sample]) -> None:
    """Give each sample to the survey of its sentence, else the last one before it.

    An article without a named source still reports ``een peiling onder 200
    lezers``: such a sample opens a survey without conductors.
    """
    for sample in samples:
        own = next((s for s in surveys if sample.sent in s.sents), None)
        if own is None:
            before = [s for s in surveys if s.cue[0] <= sample.span[0]]
            own = before[-1] if before else (surveys[0] if surveys else None)
        if own is None:
            own = Draft([], _cue_in_sentence(doc, sample), {sample.sent})
            surveys.append(own)
        own.samples.append(sample)


def _cue_in_sentence(doc: Article, sample: Sample) -> Span:
    """The survey word of the sentence of ``sample`` (or the sample itself)."""
    start, end = doc.sents[sample.sent]
    m = SURVEY_CONTEXT.search(doc.text, start, end)
    if m is None:
        return sample.span
    left, right = m.start(), m.end()
    while left > start and doc.text[left - 1].isalpha() and m.start() - left < 40:
        left -= 1
    while right < end and doc.text[right].isalpha() and right - m.end() < 40:
        right += 1
    return left, right


def best_sample(survey: Draft) -> Sample | None:
    """The sample in a cue sentence, else the largest: subgroups come smaller."""
    own = [s for s in survey.samples if s.sent in survey.sents]
    if own:
        return own[0]
    return max(survey.samples, key=lambda s: s.value, default=None)
