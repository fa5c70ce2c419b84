"""Organisation and person names: the capitalised sequences a cue may point at.

``het Centraal Bureau voor de Statistiek``, ``I&O Research``, ``ministerie
van Volksgezondheid, Welzijn en Sport`` are organisations; ``Pieter Smit``
(and later ``Smit``) a person, who is a source only when no organisation is
named.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon.calendar import MONTH_NAMES, SEASONS, WEEKDAYS
from ...lexicon.function_words import ARTICLES
from ...lexicon.organisations import (
    DESCRIPTOR_NOUNS,
    GENERIC_CAPITALISED,
    KNOWN_SOURCES,
    LOWERCASE_NAME_HEADS,
    NAME_ADJECTIVE_ENDINGS,
    NAME_COMPLEMENT_LINKS,
    NAME_LINKS,
    NOT_DESCRIPTORS,
    ORGANISATION_SUFFIXES,
    ORGANISATION_WORDS,
    PERSON_TITLES,
    SURNAME_PARTICLES,
)
from ...lexicon.surveys import RESEARCHER_NOUNS
from .patterns import ACRONYM, INITIAL_WORDS, MAX_NAME_TOKENS, NATIONALITY, PLAIN_NAME
from .tokens import Article, Span
from .wordshapes import is_adjective, is_descriptor, is_name_word


def _joins_name(doc: Article, i: int, head_lower: bool) -> int:
    """Number of link tokens at ``i`` that continue a name, or 0.

    ``Bureau voor de Statistiek`` continues over ``voor de``; ``Sociaal en
    Cultureel`` over ``en`` after an adjective-like word; a ministry over a
    list (``van Volksgezondheid, Welzijn en Sport``).
    """
    toks = doc.toks
    for n in (1, 2):
        if i + n >= len(toks) or toks[i + n].sent != toks[i].sent:
            return 0
        links = [t.text for t in toks[i : i + n]]
        if is_name_word(toks[i + n].text) and _valid_links(links, toks[i - 1].text, head_lower):
            return n
    return 0


def _valid_links(links: list[str], before: str, head_lower: bool) -> bool:
    """Whether the lowercase words ``links`` may stand inside one name."""
    if links == ["en"] or links == [","]:
        return head_lower or before.endswith(NAME_ADJECTIVE_ENDINGS)
    return all(w in NAME_LINKS for w in links)


def chunk_at(doc: Article, i: int) -> tuple[int, int] | None:
    """Token range ``[i, j)`` of the capitalised name starting at token ``i``.

    A leading capitalised article (``De Volkskrant``) is left out; a lowercase
    head such as ``ministerie van`` is kept in.
    """
    toks = doc.toks
    i = _past_sentence_opener(doc, i)
    if i >= len(toks):
        return None
    head_lower = toks[i].text in LOWERCASE_NAME_HEADS and i + 1 < len(toks)
    if head_lower:
        j = i + 2 if toks[i + 1].text == "van" else i + 1
    else:
        if toks[i].text in ("De", "Het") and i + 1 < len(toks) and is_name_word(toks[i + 1].text):
            i += 1
        j = i
    if j >= len(toks) or not is_name_word(toks[j].text) or toks[j].sent != toks[i].sent:
        return None
    j += 1
    while j < len(toks) and j - i < MAX_NAME_TOKENS and toks[j].sent == toks[i].sent:
        if is_name_word(toks[j].text):
            j += 1
            continue
        links = _joins_name(doc, j, head_lower)
        if not links:
            break
        j += links
    return i, _name_tail(doc, i, j)


def _name_tail(doc: Article, i: int, j: int) -> int:
    """End of a name ``[i, j)`` past what still belongs to it.

    An enumeration its bracketed acronym spells out (``Stichting Wonen, Zorg &
    Welzijn (SWZW)``), or a lowercase organisation noun after a capitalised
    adjective (``de Nationale ombudsman``).
    """
    toks = doc.toks
    if j < len(toks) and toks[j].text in (",", "en", "&"):
        return _through_enumeration(doc, i, j)
    last = toks[j - 1].text
    if j < len(toks) and toks[j].sent == toks[i].sent and last.endswith(("e", *NAME_ADJECTIVE_ENDINGS)):
        noun = toks[j].text
        if noun.islower() and (noun in ORGANISATION_WORDS or noun.endswith(ORGANISATION_SUFFIXES)):
            return j + 1
    return _through_lowercase_complement(doc, i, j)


def _through_lowercase_complement(doc: Article, i: int, j: int) -> int:
    """End of a name whose lowercase complement a bracketed acronym closes, else ``j``.

    ``het Instituut voor sociale zekerheid (ISZ)``: the lowercase words belong to the name.
    """
    toks = doc.toks
    if j >= len(toks) or toks[j].text not in NAME_COMPLEMENT_LINKS:
        return j
    k = j + 1 + (j + 1 < len(toks) and toks[j + 1].text in ARTICLES)
    for end in range(k + 1, min(k + 3, len(toks)) + 1):  # up to three lowercase words
        if not toks[end - 1].text.isalpha() or toks[end - 1].sent != toks[i].sent:
            return j
        if acronym_after(doc, end) is not None:
            return end
    return j


def _through_enumeration(doc: Article, i: int, j: int) -> int:
    """End of ``Wonen, Zorg & Welzijn`` in a name when the acronym after it spells it out, else ``j``."""
    toks = doc.toks
    k = j
    while k < len(toks) and k - i < MAX_NAME_TOKENS and toks[k].sent == toks[i].sent:
        word = toks[k].text
        if acronym_after(doc, k) is not None:
            name = doc.text[toks[i].start : toks[k - 1].end]
            return k if initials(name) == toks[k + 1].text.casefold() else j
        if not (is_name_word(word) or word in (",", "en", "&")):
            return j
        k += 1
    return j


def _past_sentence_opener(doc: Article, i: int) -> int:
    """Skip a capitalised opener that is not part of the name at a sentence start.

    ``Want het CBS komt ...`` and ``Onderzoeksbureau Motivaction zocht uit ...``:
    the name is ``CBS`` and ``Motivaction``.
    """
    toks = doc.toks
    if i + 1 >= len(toks) or (i and toks[i - 1].sent == toks[i].sent):
        return i
    word = toks[i].text.casefold()
    nxt = toks[i + 1].text
    if word in GENERIC_CAPITALISED and word not in ("de", "het") and (is_name_word(nxt) or nxt in ARTICLES):
        return i + 2 if nxt in ARTICLES else i + 1
    if word.endswith(DESCRIPTOR_NOUNS + PERSON_TITLES) and is_name_word(nxt):
        return i + 1
    if word in GENERIC_CAPITALISED and nxt == "van":  # ``Onderzoekers van de Universiteit Leiden``
        return i + 3 if i + 2 < len(toks) and toks[i + 2].text in ARTICLES else i + 2
    return i


def chunks(doc: Article) -> Iterator[tuple[int, int]]:
    """Every capitalised name in the article, left to right, as token ranges."""
    i = 0
    while i < len(doc.toks):
        chunk = chunk_at(doc, i) if is_name_word(doc.toks[i].text) else None
        if chunk is None:
            i += 1
            continue
        yield chunk
        i = max(chunk[1], i + 1)


def _title_before(doc: Article, i: int) -> bool:
    """Whether a person's title stands just before token ``i`` (``directeur Jan``)."""
    return any(k >= 0 and doc.toks[k].text.casefold().endswith(PERSON_TITLES) for k in (i - 1, i - 2))


def _person_like(words: Sequence[str]) -> bool:
    """Whether ``words`` read as a person's name: ``Tom Bakker``, ``Marieke van der Linden``.

    Two to five words, first and last capitalised plain words, particles in
    between, and no word that marks an organisation (``Kantar Public``). A
    first word shaped like an adjective opens an organisation's name
    (``Nederlandse Spoorwegen``, ``Centraal Insolventieregister``).
    """
    if not 2 <= len(words) <= 5 or words[0] in SURNAME_PARTICLES or words[-1] in SURNAME_PARTICLES:
        return False
    if NATIONALITY.fullmatch(words[0]) or words[0].endswith(NAME_ADJECTIVE_ENDINGS):
        return False
    for w in words:
        if w in SURNAME_PARTICLES:
            continue
        if not PLAIN_NAME.fullmatch(w):
            return False
        if w.casefold() in ORGANISATION_WORDS or w.casefold().endswith(ORGANISATION_SUFFIXES):
            return False
    return True


def _split_person(doc: Article, i: int, j: int) -> int:
    """Start of the organisation in ``Pieter Smit van I&O Research``, else ``i``.

    A person's name followed by ``van`` and an organisation names where the
    person works; the organisation is the source.
    """
    words = [t.text for t in doc.toks[i:j]]
    for k in range(len(words) - 1, 1, -1):
        if words[k] == "van" and _person_like(words[:k]):
            rest = k + 1
            while rest < len(words) - 1 and words[rest] in ARTICLES:
                rest += 1
            return i + rest
    return i


@dataclass(frozen=True)
class Name:
    """A name in the article: its span, whether it is (or looks like) a person, its lookup key."""

    span: Span
    person: bool  # surely a person: ``consultant Tom Bakker``, ``Marieke van der Linden``
    key: str
    looks_person: bool = False  # shaped like one: ``Tom Bakker``, ``Smit``
    affiliation: bool = False  # where a named person works: ``Pieter Smit van de Universiteit Utrecht``


def make_name(doc: Article, i: int, j: int) -> Name:
    """Build a :class:`Name` for tokens ``[i, j)``, marking persons and affiliations."""
    start = i
    i = _split_person(doc, i, j)
    words = [t.text for t in doc.toks[i:j]]
    text = doc.text[doc.toks[i].start : doc.toks[j - 1].end]
    if text.casefold() in KNOWN_SOURCES:
        return Name((doc.toks[i].start, doc.toks[j - 1].end), False, text.casefold())
    surname = (len(words) == 1 and words[0] in doc.surnames) or (
        words[0] in ("Van", "Ter", "Ten", "Den") and _person_like(["Xx", *words[1:]])
    )
    titled = _title_before(doc, i) and _person_like(["Xx", *words])
    looks = (surname or titled or _person_like(words)) and not _organisation_described(doc, i)
    person = surname or titled or (looks and any(w in SURNAME_PARTICLES for w in words))
    return Name((doc.toks[i].start, doc.toks[j - 1].end), person, text.casefold(), looks, i > start)


def _organisation_described(doc: Article, i: int) -> bool:
    """Whether an organisation's descriptor stands before ``i``: ``het blad The Economist``."""
    word = doc.toks[i - 1].text.casefold() if i else ""
    return word.endswith(DESCRIPTOR_NOUNS) and not word.endswith(PERSON_TITLES)


def surnames_of(doc: Article) -> frozenset[str]:
    """Last names of the people the article names in full (``Pieter Smit`` gives ``Smit``).

    Dutch news names a person in full once and by surname after: ``volgens
    Smit`` then quotes that person.
    """
    found: set[str] = set()
    for chunk in doc.name_chunks:
        words = _person_part(doc, *chunk)
        if _person_like(words):
            found.add(words[-1])
    return frozenset(found)


def _person_part(doc: Article, i: int, j: int) -> list[str]:
    """The person's words of a name: ``Pieter Smit`` of ``Pieter Smit van I&O Research``."""
    split = _split_person(doc, i, j)
    words = [t.text for t in doc.toks[i : split if split > i else j]]
    while split > i and words and (words[-1] == "van" or words[-1] in ARTICLES):
        words.pop()
    return words


def name_counts(doc: Article) -> Counter[str]:
    """How often the article writes each capitalised name (``het CBS`` three times)."""
    return Counter(doc.text[doc.toks[i].start : doc.toks[j - 1].end] for i, j in doc.name_chunks)


def _skip_to_name(doc: Article, i: int) -> int:
    """Index of the name after a cue, past ``het``, an adjective and a descriptor.

    ``onderzoek van het Amerikaanse onderzoeksbureau Pew``: the name starts at ``Pew``.
    """
    toks = doc.toks
    sent = toks[i].sent if i < len(toks) else -1
    steps = (lambda w: w in ARTICLES, is_adjective, is_descriptor, lambda w: w in ARTICLES)
    for accepts in steps:
        if i < len(toks) and toks[i].sent == sent and not _starts_name(doc, i) and accepts(toks[i].text):
            i += 1
    return _past_researchers(doc, past_descriptor_complement(doc, i))


def _past_researchers(doc: Article, i: int) -> int:
    """Past ``van`` after researchers who speak for their organisation: ``economen van ING``."""
    toks = doc.toks
    researchers = 0 < i < len(toks) - 1 and toks[i - 1].text.casefold() in RESEARCHER_NOUNS
    if not researchers or toks[i].text != "van":
        return i
    k = i + 1 + (toks[i + 1].text in ARTICLES)
    return k if k < len(toks) and toks[k].sent == toks[i].sent and _starts_name(doc, k) else i


def past_descriptor_complement(doc: Article, i: int) -> int:
    """Index of the name after a descriptor's ``van``-complement at token ``i``, else ``i``.

    A descriptor may say whom the organisation stands for before its name:
    ``de koepel van Nederlandse zuivelbedrijven ZuivelNL``, ``de vereniging van
    huiseigenaren VEH``. A person's title keeps its ``van`` (``de directeur van
    bouwbedrijf BAM`` quotes a person).
    """
    toks = doc.toks
    if not 0 < i < len(toks) - 2 or toks[i].text != "van" or not is_descriptor(toks[i - 1].text):
        return i
    if toks[i - 1].text.casefold().endswith(PERSON_TITLES):
        return i
    k = i + 1 + (toks[i + 1].text in ARTICLES)
    while k < len(toks) - 1 and k - i < 4 and is_adjective(toks[k].text):
        k += 1
    noun = toks[k].text if k < len(toks) - 1 else ""
    if noun.isalpha() and noun.islower() and noun not in NOT_DESCRIPTORS and is_name_word(toks[k + 1].text):
        return k + 1 if toks[k + 1].sent == toks[i].sent else i
    return i


def _starts_name(doc: Article, i: int) -> bool:
    """Whether a name (or a ``ministerie van`` head) starts at token ``i``."""
    word = doc.toks[i].text
    return is_name_word(word) or word in LOWERCASE_NAME_HEADS


def names_after(doc: Article, i: int) -> list[Name]:
    """Names right after a cue ending before token ``i``: ``van FNV en VAWO`` gives two.

    Coordination (``en``, ``/``, ``,``) continues the list: ``Ipsos/EenVandaag``,
    ``de Volkskrant en Rutgers``, also past an acronym (``het Nibud (NIBUD) en het CBS``).
    """
    names: list[Name] = []
    sent = doc.toks[i - 1].sent if i else 0
    while i < len(doc.toks) and len(names) < 4 and doc.toks[i].sent == sent:
        i = _skip_to_name(doc, i)
        if i >= len(doc.toks) or doc.toks[i].sent != sent:
            break
        chunk = chunk_at(doc, i)
        if chunk is None or generic(doc, *chunk):
            break
        names.append(make_name(doc, *chunk))
        nxt = _after_coordination(doc, chunk[1] + 3 if acronym_after(doc, chunk[1]) else chunk[1])
        if nxt is None:
            break
        i = nxt
    return names


def _after_coordination(doc: Article, j: int) -> int | None:
    """Token after ``en``, ``/`` or ``,`` that may start another name, else ``None``."""
    toks = doc.toks
    if j < len(toks) and toks[j].text in ("en", "/", "&") and toks[j].sent == toks[j - 1].sent:
        return j + 1
    if j + 1 < len(toks) and toks[j].text in ("stichting",) and toks[j + 1].text == "en":
        return j + 2
    return None


_TIME_WORDS = frozenset((*WEEKDAYS, *MONTH_NAMES, *SEASONS))


def generic(doc: Article, i: int, j: int) -> bool:
    """Whether tokens ``[i, j)`` are a capitalised common word, not a name.

    ``Onderzoekers`` at the start of a sentence, a day or month (``Dinsdag
    maakte de bond bekend ...``), or a word the article also writes in
    lowercase, is not an organisation.
    """
    if j - i != 1:
        return False
    word = doc.toks[i].text
    if word.casefold() in GENERIC_CAPITALISED or word.casefold() in _TIME_WORDS:
        return True
    at_start = i == 0 or doc.toks[i - 1].sent != doc.toks[i].sent
    return at_start and word[1:].islower() and word.casefold() in doc.lowercase


@lru_cache(maxsize=4096)
def initials(name: str) -> str:
    """Initials of the capitalised words: ``Centraal Bureau voor de Statistiek`` gives ``cbs``."""
    return "".join(w[0] for w in INITIAL_WORDS.findall(name) if w[0].isupper()).casefold()


def acronym_after(doc: Article, j: int) -> str | None:
    """The acronym in brackets at token ``j``: ``(CBS)``, ``(I&O)``."""
    toks = doc.toks
    if (
        j + 2 < len(toks)
        and toks[j].text == "("
        and toks[j + 2].text == ")"
        and ACRONYM.fullmatch(toks[j + 1].text)
    ):
        return toks[j + 1].text
    return None
