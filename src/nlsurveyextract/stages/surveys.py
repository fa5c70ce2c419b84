"""Which surveys an article reports: who ran them, how many were asked, who, and when.

Dutch news attributes a figure to its source with a handful of fixed phrases:
``Dat blijkt uit onderzoek van TOPdesk onder zesduizend IT-managers``,
``uitgevoerd door Ipsos in opdracht van de NOS``, ``volgens het CBS``,
``Motivaction ondervroeg 1.024 Nederlanders in september``. This module finds
those phrases in plain text (no parse needed), reads the organisation names
next to them, the sample size and population next to ``onder`` or a
respondent noun, and the fieldwork period, and groups the mentions per survey.

The work is split in three passes over a token list:

1. *hits*: each cue phrase with the organisation names it points at;
2. *samples*: each anchored count of people asked (``onder 2.100 kiezers``);
3. *surveys*: hits merged per organisation, samples attached to the survey
   mentioned in (or before) their sentence.

All patterns are linear: tokens come from one possessive regular expression
and every look-around is a bounded walk over that token list.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from ..lexicon.calendar import month_pattern
from ..lexicon.numbers import parse_number
from ..lexicon.punctuation import STOPS

__all__ = ["SurveyMention", "find_surveys"]

Span = tuple[int, int]


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


# --- language data ---------------------------------------------------------

# Nouns that name a survey or a statistics release, matched as the end of a
# compound (``Gezondheidsenquête``, ``opiniepeiling``, ``Jeugdmonitor``). From
# the attribution phrases in Dutch news (NOS, NU.nl, AD, EenVandaag sites).
_SURVEY_WORDS = (
    r"(?:onderzoek|peiling|enquête|enquete|poll|monitor|studie|cijfers|rapport"
    r"|barometer|survey|rondvraag|vragenlijst|statistieken|stelling|meting)(?:en|s)?"
)
_SURVEY_NOUN = rf"(?<![\p{{L}}\p{{N}}])[\p{{L}}\-]{{0,30}}?{_SURVEY_WORDS}(?![\p{{L}}\p{{N}}])"
# ``Ipsos-peiling``, ``CBS-cijfers``: the organisation written onto the noun.
_COMPOUND = regex.compile(rf"(.{{1,40}}?)-\p{{L}}{{0,30}}?{_SURVEY_WORDS}")

# ``onderzoek van X``, ``enquête (.pdf), uitgevoerd door X``,
# ``peiling die is uitgevoerd door X``: the organisation follows the cue.
_NOUN_CUE = regex.compile(
    _SURVEY_NOUN + r"(?:\s*\([^()\n]{0,40}\))?"
    r"(?:,?\s+(?:die|dat)\s+(?:is|werd|wordt|werden|worden)|,)?"
    r"(?:\s+(?:uitgevoerd|gehouden|gedaan|verricht|opgesteld|afgenomen|gemaakt"
    r"|gepubliceerd))?\s+(?:van|door)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)

# Cues that name an organisation by themselves (``in opdracht van de NOS``,
# ``opiniepeiler Gallup``, ``marktonderzoeksbureau Ipsos``).
_STRONG_CUE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:in\s+opdracht\s+van"
    r"|(?:uitgevoerd|gehouden|verricht|afgenomen)\s+door"
    r"|(?:markt|opinie)?(?:onderzoeks|peilings?)(?:bureau|instituut)|opiniepeiler"
    r"|marktonderzoeker)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)

# Cues that name an organisation only when the sentence is about a survey or a
# percentage: ``volgens het CBS ... 3 procent`` is a source, ``volgens Jan`` a quote.
_CONTEXT_CUE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:volgens|gedaan\s+door|opgesteld\s+door|in\s+samenwerking\s+met"
    r"|samen\s+met|meldt|melden|meldde|concludeert|concluderen|concludeerde|constateert"
    r"|constateren|constateerde|zegt|zeggen|stelt|schrijft|berekende|berekent"
    r"|becijfert|becijferde|voorspelt|voorspelde|vraagt|vroeg|ondervroeg|ondervraagt"
    r"|peilde|peilt|onderzocht|onderzoekt|bureau)(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)

# Verbs after a sentence-initial organisation: ``EenVandaag onderzocht ...``.
# The value says what must follow in the sentence for the verb to be a survey
# cue (``deed ... onderzoek``, ``liet ... onderzoeken``); ``None`` means the
# verb is enough, ``"context"`` means the sentence needs a survey word or a
# percentage. From Dutch news attribution sentences.
_SUBJECT_VERBS: dict[str, str | None] = {
    **dict.fromkeys(
        """onderzocht onderzochten onderzoekt ondervroeg ondervroegen ondervraagt peilde
        peilden peilt enquêteerde""".split(),
        None,
    ),
    **dict.fromkeys("deed deden doet".split(), "onderzoek"),
    **dict.fromkeys("liet laat".split(), "onderzoek|ondervragen|peilen|vragenlijst|enquête"),
    **dict.fromkeys("zocht zoekt".split(), "uit"),
    **dict.fromkeys("heeft hebben".split(), "onderzocht|ondervraagd|gepeild|berekend|onderzoek"),
    **dict.fromkeys("hield houdt".split(), "onderzoek|peiling|enquête|rondvraag"),
    **dict.fromkeys(
        """vroeg vraagt telde telt berekende berekent meldt concludeert constateert publiceerde
        komt voorspelt voorspelde verwacht""".split(),
        "context",
    ),
}

_SURVEY_CONTEXT = regex.compile(
    r"onderzo[ec]k|peiling|enquête|enquete|(?<!\p{L})poll|ondervra|respondent|panel"
    r"|gepeild|vragenlijst|cijfers|statistiek|monitor|steekproef|rondvraag|studie",
    regex.IGNORECASE,
)

# Only a recogniser of "this sentence states a share", not a parser: the
# percentage stage does the real work.
_PERCENT_CONTEXT = regex.compile(
    r"\d\s*+(?:%|procent|pct)|(?<![\p{L}\p{N}])(?:procent|de\s+helft|driekwart|tweederde"
    r"|(?:een|twee)\s+derde|een\s+kwart|(?:\p{L}++|\d++)\s+op\s+de\s+(?:\p{L}++|\d++))"
    r"(?!\p{L})",
    regex.IGNORECASE,
)

# Polling and statistics institutes of the Netherlands (and the world pollsters
# Dutch news cites), after the lists on the websites of the VOC (Vereniging
# voor Opinie- en Communicatieonderzoek) and the Dutch statistics system. A
# mention of one of these next to a percentage reports its figures.
_KNOWN_SOURCES = frozenset(
    name.strip().casefold()
    for name in """
    CBS; Centraal Bureau voor de Statistiek; CPB; Centraal Planbureau; SCP;
    Sociaal en Cultureel Planbureau; PBL; Planbureau voor de Leefomgeving; RIVM; Nibud; TNO; DNB;
    Eurostat; Ipsos; Ipsos I&O; I&O Research; I&O; Kantar; Kantar Public; Motivaction; GfK;
    Peil.nl; Maurice de Hond; Peilingwijzer; Gallup; YouGov; Nielsen; Multiscope;
    Trimbos-instituut; Nivel; Verian; Pew Research Center
""".split(";")
)

# Lowercase words inside an organisation name (``Centraal Bureau voor de
# Statistiek``, ``Universiteit van Amsterdam``) and Dutch surname particles.
_NAME_LINKS = frozenset({"voor", "van", "de", "der", "den", "het", "'t", "ter", "ten", "&"})
_PARTICLES = frozenset({"van", "de", "der", "den", "het", "'t", "ter", "ten", "la", "le", "du"})
_ARTICLES = frozenset({"de", "het", "'t", "een"})

# Lowercase heads that open a name: ``ministerie van Volksgezondheid, Welzijn en Sport``.
_LOWER_HEADS = frozenset({"ministerie", "gemeente", "provincie"})

# Words that, as the last or only part of a capitalised sequence, show an
# organisation rather than a person (``Kantar Public``, ``Plan International``).
_ORG_WORDS = frozenset(
    w.casefold()
    for w in """
    Bureau Research Public International Times Universiteit University Nederland Instituut
    Institute Centrum Center Centre Comité Groep Group Bank Raad Fonds Stichting Vereniging
    Bond Bestuur Partners Consult Monitor Panel Media News Post Journal Herald Planbureau
    Ombudsman Inspectie Dienst Autoriteit Federatie Alliantie Hogeschool Ministerie
""".split()
)
_ORG_SUFFIXES = tuple(
    """
    bureau bond vereniging instituut stichting bank raad centrum fonds groep dienst federatie
    unie research
""".split()
)

# Titles and roles before a person's name (``TOPdesk-consultant Max Veenhof``,
# ``directeur Sandra Molenaar``): a name after these is a person, not a source.
_TITLES = tuple(
    """
    consultant directeur woordvoerder woordvoerster onderzoeker onderzoekster hoogleraar
    socioloog econoom politicoloog voorzitter ceo topman topvrouw wetenschapper correspondent
    lijsttrekker minister staatssecretaris premier burgemeester wethouder president psycholoog
    journalist analist expert deskundige adviseur manager oprichter eigenaar hoofdredacteur
    leider dokter arts professor
""".split()
)

# Capitalised words that are never a source by themselves: pronouns and
# determiners at the start of a sentence, and demonyms (``Nederlanders``).
_GENERIC_CAPS = frozenset(
    w.casefold()
    for w in """
    De Het Een Dat Die Dit Deze Zij Ze Hij Wij We Men Er Ook Uit Volgens Onderzoekers
    Wetenschappers Nederlanders Belgen Vlamingen Duitsers Fransen Britten Amerikanen Europeanen
    Amsterdammers Rotterdammers Nederland Europa België Ik Je U Wie Wat Waar Hoe Maar En Want
    Dus Toch Daarom Als Bij In Op Over Met Nu Zo Hoewel Omdat Terwijl Tijdens Sinds Na Voor Aan
""".split()
)

# Nouns that describe an organisation before its name (``vakbond FNV``,
# ``Onderzoeksbureau Motivaction`` at the start of a sentence), matched as the
# end of a compound.
_DESCRIPTOR_NOUNS = tuple(
    """
    bureau peiler onderzoeker site bond bonden organisatie instituut stichting programma blad
    krant omroep bedrijf dienstverlener verwerker platform vereniging bank verzekeraar keten
    koepel
""".split()
)

# Audiences written onto a medium's name: a poll ``onder 7Days-lezers`` or
# ``ANWB-leden`` was run by that medium or club.
_AUDIENCE = regex.compile(
    r"(.{1,40}?)-(?:lezers|kijkers|luisteraars|leden|gebruikers|abonnees|klanten|bezoekers"
    r"|volgers|panelleden)"
)

# Descriptors that cannot stand between a cue and a name: function words and
# verbs that would let ``volgens onderzoek blijkt Nederland`` reach a name.
_NOT_DESCRIPTORS = frozenset(
    """
    van voor in op onder naar met uit door dat die dit deze en of is zijn was werd wordt heeft
    hebben blijkt ook nog al wel niet er zo dan om bij tot als aan over te hem haar hen hun ons
    mij zich
""".split()
)

# Nouns after a number that make it a count of people asked by themselves.
_RESPONDENT_NOUNS = frozenset(
    """
    respondenten deelnemers ondervraagden panelleden geënquêteerden proefpersonen participanten
    stemmers kiezers
""".split()
)

# Verbs of asking before a count: ``ondervroeg 2500 mensen``.
_ASKING_VERBS = frozenset(
    "ondervroeg ondervroegen ondervraagde peilde peilden bevroeg bevroegen liet sprak".split()
)

# Words after ``NUM POPULATION ...`` that show those people took part.
_ASKED = regex.compile(
    r"^(?:ondervraagd|gevraagd|bevraagd|geënquêteerd|gepeild|geïnterviewd|voorgelegd"
    r"|benaderd|meededen|meedeed|deelnamen|deelnam|meegedaan|deelgenomen|mee|deel)$"
)

# Units and measures after a number: ``onder 18 jaar`` is an age, not a sample.
_UNITS = frozenset(
    """
    jaar jaren procent procentpunt procentpunten pct euro dollar keer maal zetels zetel uur
    minuten seconden dagen dag weken week maanden maand vragen kilometer km meter kilo gram
    liter graden punten miljoen miljard duizend honderd landen stuks cent uren
""".split()
)

# Qualifiers before a sample size (``ruim 2.100``, ``bijna 35.000``).
_QUALIFIERS = frozenset(
    """
    ruim bijna circa ongeveer zo'n ca. liefst precies exact slechts minstens dik krap totaal
    meer dan ruwweg zeker maar in nog geen ten minste al
""".split()
)

_MONTH = month_pattern()
# Fieldwork periods: ``in september``, ``tussen 3 en 10 mei``, ``van 1 tot en met 8 juni``.
_PERIOD = regex.compile(
    rf"(?<!\p{{L}})(?:tussen\s+\d{{1,2}}(?:\s+{_MONTH})?\s+en\s+\d{{1,2}}\s+{_MONTH}"
    rf"|van\s+\d{{1,2}}(?:\s+{_MONTH})?\s+tot(?:\s+en\s+met)?\s+\d{{1,2}}\s+{_MONTH}"
    rf"|(?:in|begin|eind|half|medio|op\s+\d{{1,2}})\s+{_MONTH})(?:\s+\d{{4}})?(?!\p{{L}})",
    regex.IGNORECASE,
)

# What may follow a population's head noun (matched on tokens joined by spaces).
_AGE_RANGE = r"(?:tussen (?:de )?\d+ en \d+|van \d+ tot \d+) jaar"
_POPULATION_TAIL = regex.compile(
    rf"{_AGE_RANGE}|(?:(?:van|uit) (?:het |de )?[^ ]+|en (?:\p{{Ll}}+e )?\p{{Ll}}+)"
    rf"(?: {_AGE_RANGE})?"
)

# Word shapes used by the name rules.
_LOWER_TAIL = regex.compile(r"-\p{Ll}\p{L}*+$")  # ``Nibud-directeur``: a common noun
_NATIONALITY = regex.compile(r"\p{Lu}\p{Ll}+(?:se|sche)")  # ``Amerikaanse``, ``Britse``
_PLAIN_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")  # ``Max``, ``Anne-Birgitte``
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}&]{1,7}")  # ``CBS``, ``I&O``
_INITIAL_WORDS = regex.compile(r"[\p{L}&]++")
_WORD = regex.compile(r"[\p{L}\p{N}'’\-]++")
_MONTH_WORD = regex.compile(_MONTH)
_NEEDS = {
    need: regex.compile(rf"(?<!\p{{L}})(?:{need})", regex.IGNORECASE)
    for need in set(_SUBJECT_VERBS.values())
    if need not in (None, "context")
}

_TOKEN = regex.compile(r"[\p{L}\p{N}]++(?:[&'’.,\-][\p{L}\p{N}]++)*+|[^\s\p{L}\p{N}]")
_MAX_NAME_TOKENS = 10
# No article reports more surveys than this; the cap keeps hostile input linear.
_MAX_SURVEYS = 40


# --- tokens and sentences --------------------------------------------------


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    sent: int


@dataclass(frozen=True)
class _Doc:
    text: str
    toks: tuple[_Tok, ...]
    starts: tuple[int, ...]
    sents: tuple[Span, ...]
    survey_sents: frozenset[int] = frozenset()  # sentences with a survey word
    share_sents: frozenset[int] = frozenset()  # sentences that state a percentage
    lowercase: frozenset[str] = frozenset()  # every word the article writes in lowercase
    surnames: frozenset[str] = frozenset()
    written: Mapping[str, int] = field(default_factory=dict)  # how often each name is written

    def sentence_text(self, sent: int) -> str:
        """Text of sentence ``sent``."""
        start, end = self.sents[sent]
        return self.text[start:end]

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)


def _ends_sentence(text: str, prev: tuple[int, int, str], nxt: tuple[int, int, str]) -> bool:
    """Whether a sentence ends between two tokens: a stop before a capital, or a newline."""
    if "\n" in text[prev[1] : nxt[0]]:
        return True
    head = nxt[2][0]
    return prev[2] in STOPS and (head.isupper() or head.isdigit() or head in "\"'‘“")


def _tokenize(text: str) -> _Doc:
    """Split ``text`` into word and punctuation tokens, numbered by sentence."""
    raw = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    toks: list[_Tok] = []
    sents: list[Span] = []
    sent_start = 0
    for i, tok in enumerate(raw):
        if i and _ends_sentence(text, raw[i - 1], tok):
            sents.append((sent_start, raw[i - 1][1]))
            sent_start = tok[0]
        toks.append(_Tok(tok[0], tok[1], tok[2], len(sents)))
    sents.append((sent_start, raw[-1][1] if raw else 0))
    return _Doc(
        text,
        tuple(toks),
        tuple(t.start for t in toks),
        tuple(sents),
        _sentences_matching(text, sents, _SURVEY_CONTEXT),
        _sentences_matching(text, sents, _PERCENT_CONTEXT),
        frozenset(t.text for t in toks if t.text.islower()),
    )


def _sentences_matching(text: str, sents: list[Span], pattern: regex.Pattern[str]) -> frozenset[int]:
    """Indexes of the sentences in which ``pattern`` occurs (one pass each)."""
    return frozenset(k for k, (a, b) in enumerate(sents) if pattern.search(text, a, b))


# --- organisation names ----------------------------------------------------


def _is_name_word(word: str) -> bool:
    """Whether ``word`` can be part of a name: ``TOPdesk``, ``I&O``, ``7Days``, ``Noord-Holland``.

    A hyphen compound ending in a lowercase part is a common noun
    (``Nibud-directeur``, ``7Days-lezers``), not a name.
    """
    if not word[0].isalnum() or _LOWER_TAIL.search(word):
        return False
    if word[0].isdigit():
        return not word.isdigit() and not word[-1].isdigit()
    return word[0].isupper()


def _is_adjective(word: str) -> bool:
    """Whether ``word`` is an attributive adjective before a descriptor.

    ``het Amerikaanse onderzoeksbureau Pew``: nationality adjectives are
    capitalised, others (``het bekende bureau``) end in ``-e``.
    """
    if word[0].isupper():
        return _NATIONALITY.fullmatch(word) is not None
    return word.isalpha() and word.endswith("e") and word not in _NOT_DESCRIPTORS


def _is_descriptor(word: str) -> bool:
    """Whether ``word`` is a noun describing the organisation that follows.

    ``vacaturesite Indeed``, ``onderzoeksbureau Ipsos``, ``TOPdesk-consultant Max``.
    """
    if not word[0].isalpha() or word.casefold() in _NOT_DESCRIPTORS or len(word) < 2:
        return False
    return word[0].islower() or _LOWER_TAIL.search(word) is not None


def _joins_name(doc: _Doc, i: int, head_lower: bool) -> int:
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
        if _is_name_word(toks[i + n].text) and _valid_links(links, toks[i - 1].text, head_lower):
            return n
    return 0


def _valid_links(links: list[str], before: str, head_lower: bool) -> bool:
    """Whether the lowercase words ``links`` may stand inside one name."""
    if links == ["en"] or links == [","]:
        return head_lower or before.endswith(("aal", "eel", "isch", "ief"))
    return all(w in _NAME_LINKS for w in links)


def _chunk_at(doc: _Doc, i: int) -> tuple[int, int] | None:
    """Token range ``[i, j)`` of the capitalised name starting at token ``i``.

    A leading capitalised article (``De Volkskrant``) is left out; a lowercase
    head such as ``ministerie van`` is kept in.
    """
    toks = doc.toks
    i = _past_sentence_opener(doc, i)
    if i >= len(toks):
        return None
    head_lower = toks[i].text in _LOWER_HEADS and i + 1 < len(toks)
    if head_lower:
        j = i + 2 if toks[i + 1].text == "van" else i + 1
    else:
        if toks[i].text in ("De", "Het") and i + 1 < len(toks) and _is_name_word(toks[i + 1].text):
            i += 1
        j = i
    if j >= len(toks) or not _is_name_word(toks[j].text) or toks[j].sent != toks[i].sent:
        return None
    j += 1
    while j < len(toks) and j - i < _MAX_NAME_TOKENS and toks[j].sent == toks[i].sent:
        if _is_name_word(toks[j].text):
            j += 1
            continue
        links = _joins_name(doc, j, head_lower)
        if not links:
            break
        j += links
    return i, j


def _past_sentence_opener(doc: _Doc, i: int) -> int:
    """Skip a capitalised opener that is not part of the name at a sentence start.

    ``Want het CBS komt ...`` and ``Onderzoeksbureau Motivaction zocht uit ...``:
    the name is ``CBS`` and ``Motivaction``.
    """
    toks = doc.toks
    if i + 1 >= len(toks) or (i and toks[i - 1].sent == toks[i].sent):
        return i
    word = toks[i].text.casefold()
    nxt = toks[i + 1].text
    if word in _GENERIC_CAPS and word not in ("de", "het") and (_is_name_word(nxt) or nxt in _ARTICLES):
        return i + 2 if nxt in _ARTICLES else i + 1
    if word.endswith(_DESCRIPTOR_NOUNS + _TITLES) and _is_name_word(nxt):
        return i + 1
    return i


def _chunks(doc: _Doc) -> Iterator[tuple[int, int]]:
    """Every capitalised name in the article, left to right, as token ranges."""
    i = 0
    while i < len(doc.toks):
        chunk = _chunk_at(doc, i) if _is_name_word(doc.toks[i].text) else None
        if chunk is None:
            i += 1
            continue
        yield chunk
        i = max(chunk[1], i + 1)


def _title_before(doc: _Doc, i: int) -> bool:
    """Whether a person's title stands just before token ``i`` (``directeur Jan``)."""
    return any(k >= 0 and doc.toks[k].text.casefold().endswith(_TITLES) for k in (i - 1, i - 2))


def _person_like(words: Sequence[str]) -> bool:
    """Whether ``words`` read as a person's name: ``Max Veenhof``, ``Regina van den Eijnden``.

    Two to five words, first and last capitalised plain words, particles in
    between, and no word that marks an organisation (``Kantar Public``).
    """
    if not 2 <= len(words) <= 5 or words[0] in _PARTICLES or words[-1] in _PARTICLES:
        return False
    for w in words:
        if w in _PARTICLES:
            continue
        if not _PLAIN_NAME.fullmatch(w):
            return False
        if w.casefold() in _ORG_WORDS or w.casefold().endswith(_ORG_SUFFIXES):
            return False
    return True


def _split_person(doc: _Doc, i: int, j: int) -> int:
    """Start of the organisation in ``Peter Kanne van I&O Research``, else ``i``.

    A person's name followed by ``van`` and an organisation names where the
    person works; the organisation is the source.
    """
    words = [t.text for t in doc.toks[i:j]]
    for k in range(len(words) - 1, 1, -1):
        if words[k] == "van" and _person_like(words[:k]):
            rest = k + 1
            while rest < len(words) - 1 and words[rest] in _ARTICLES:
                rest += 1
            return i + rest
    return i


@dataclass(frozen=True)
class _Name:
    span: Span
    person: bool  # surely a person: ``consultant Max Veenhof``, ``Regina van den Eijnden``
    key: str
    looks_person: bool = False  # shaped like one: ``Max Veenhof``, ``Kanne``


def _make_name(doc: _Doc, i: int, j: int) -> _Name:
    """Build a :class:`_Name` for tokens ``[i, j)``, marking persons."""
    i = _split_person(doc, i, j)
    words = [t.text for t in doc.toks[i:j]]
    text = doc.text[doc.toks[i].start : doc.toks[j - 1].end]
    if text.casefold() in _KNOWN_SOURCES:
        return _Name((doc.toks[i].start, doc.toks[j - 1].end), False, text.casefold())
    surname = (len(words) == 1 and words[0] in doc.surnames) or (
        words[0] in ("Van", "Ter", "Ten", "Den") and _person_like(["Xx", *words[1:]])
    )
    titled = _title_before(doc, i) and _person_like(["Xx", *words])
    looks = surname or titled or _person_like(words)
    person = surname or titled or (looks and any(w in _PARTICLES for w in words))
    return _Name((doc.toks[i].start, doc.toks[j - 1].end), person, text.casefold(), looks)


def _surnames(doc: _Doc) -> frozenset[str]:
    """Last names of the people the article names in full (``Peter Kanne`` gives ``Kanne``).

    Dutch news names a person in full once and by surname after: ``volgens
    Kanne`` then quotes that person.
    """
    found: set[str] = set()
    for chunk in _chunks(doc):
        words = _person_part(doc, *chunk)
        if _person_like(words):
            found.add(words[-1])
    return frozenset(found)


def _person_part(doc: _Doc, i: int, j: int) -> list[str]:
    """The person's words of a name: ``Peter Kanne`` of ``Peter Kanne van I&O Research``."""
    split = _split_person(doc, i, j)
    words = [t.text for t in doc.toks[i : split if split > i else j]]
    while split > i and words and (words[-1] == "van" or words[-1] in _ARTICLES):
        words.pop()
    return words


def _written(doc: _Doc) -> Counter[str]:
    """How often the article writes each capitalised name (``het CBS`` three times)."""
    return Counter(doc.text[doc.toks[i].start : doc.toks[j - 1].end] for i, j in _chunks(doc))


def _skip_to_name(doc: _Doc, i: int) -> int:
    """Index of the name after a cue, past ``het``, an adjective and a descriptor.

    ``onderzoek van het Amerikaanse onderzoeksbureau Pew``: the name starts at ``Pew``.
    """
    toks = doc.toks
    sent = toks[i].sent if i < len(toks) else -1
    steps = (lambda w: w in _ARTICLES, _is_adjective, _is_descriptor, lambda w: w in _ARTICLES)
    for accepts in steps:
        if i < len(toks) and toks[i].sent == sent and not _starts_name(doc, i) and accepts(toks[i].text):
            i += 1
    return i


def _starts_name(doc: _Doc, i: int) -> bool:
    """Whether a name (or a ``ministerie van`` head) starts at token ``i``."""
    word = doc.toks[i].text
    return _is_name_word(word) or word in _LOWER_HEADS


def _names_after(doc: _Doc, i: int) -> list[_Name]:
    """Names right after a cue ending before token ``i``: ``van FNV en VAWO`` gives two.

    Coordination (``en``, ``/``, ``,``) continues the list: ``Ipsos/EenVandaag``,
    ``de Volkskrant en Rutgers``.
    """
    names: list[_Name] = []
    sent = doc.toks[i - 1].sent if i else 0
    while i < len(doc.toks) and len(names) < 4 and doc.toks[i].sent == sent:
        i = _skip_to_name(doc, i)
        if i >= len(doc.toks) or doc.toks[i].sent != sent:
            break
        chunk = _chunk_at(doc, i)
        if chunk is None or _generic(doc, *chunk):
            break
        names.append(_make_name(doc, *chunk))
        nxt = _after_coordination(doc, chunk[1])
        if nxt is None:
            break
        i = nxt
    return names


def _after_coordination(doc: _Doc, j: int) -> int | None:
    """Token after ``en``, ``/`` or ``,`` that may start another name, else ``None``."""
    toks = doc.toks
    if j < len(toks) and toks[j].text in ("en", "/", "&") and toks[j].sent == toks[j - 1].sent:
        return j + 1
    if j + 1 < len(toks) and toks[j].text in ("stichting",) and toks[j + 1].text == "en":
        return j + 2
    return None


def _generic(doc: _Doc, i: int, j: int) -> bool:
    """Whether tokens ``[i, j)`` are a capitalised common word, not a name.

    ``Onderzoekers`` at the start of a sentence, or a word the article also
    writes in lowercase, is not an organisation.
    """
    if j - i != 1:
        return False
    word = doc.toks[i].text
    if word.casefold() in _GENERIC_CAPS:
        return True
    at_start = i == 0 or doc.toks[i - 1].sent != doc.toks[i].sent
    return at_start and word[1:].islower() and word.casefold() in doc.lowercase


# --- cues ------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    cue: Span
    names: tuple[_Name, ...]
    sent: int
    weak: bool = False


def _has_context(doc: _Doc, sent: int) -> bool:
    """Whether sentence ``sent`` is about a survey or states a percentage."""
    return sent in doc.survey_sents or sent in doc.share_sents


def _forward_hits(doc: _Doc, pattern: regex.Pattern[str], context: bool) -> Iterable[_Hit]:
    """Hits for cues followed by their organisation (``onderzoek van X``)."""
    for m in pattern.finditer(doc.text):
        i = doc.index_at(m.end())
        if i >= len(doc.toks) or i == 0:
            continue
        sent = doc.toks[i - 1].sent
        if context and not _has_context(doc, sent):
            continue
        names = _names_after(doc, i)
        if context:
            names = [n for n in names if not n.looks_person]
        if names:
            yield _Hit(m.span(), tuple(names), sent)


def _compound_hits(doc: _Doc) -> Iterable[_Hit]:
    """Hits for an organisation written onto a survey noun: ``Ipsos-peiling``, ``CBS-cijfers``.

    Weak: ``Koningsdag-enquête`` has the same shape, so the name must be
    confirmed by another cue or be a known institute.
    """
    for tok in doc.toks:
        m = _COMPOUND.fullmatch(tok.text) if "-" in tok.text else None
        if m and _is_name_word(m.group(1)):
            span = (tok.start, tok.start + m.end(1))
            key = m.group(1).casefold()
            yield _Hit(span, (_Name(span, False, key),), tok.sent, key not in _KNOWN_SOURCES)


def _sentence_start_name(doc: _Doc, v: int) -> tuple[int, int] | None:
    """The name that opens the sentence of verb token ``v`` and ends right before it.

    An article, an adjective and a descriptor may precede it (``De Nederlandse
    wetenschapper Regina van den Eijnden deed ...``); ``ook`` may follow it.
    """
    i = bisect_left(doc.starts, doc.sents[doc.toks[v].sent][0])
    for _ in range(3):
        if i >= v or not _opener(doc.toks[i].text):
            break
        i += 1
    chunk = _chunk_at(doc, i) if i < v else None
    if chunk is None or _generic(doc, *chunk):
        return None
    end = _past_date_tail(doc, chunk[1], v)
    stop = end + 3 if _acronym_after(doc, end) is not None else end
    between = [t.text for t in doc.toks[stop:v]]
    if between and between[0] not in ("ook", "zelf", "er", "nu"):
        return None
    return chunk[0], end


def _opener(word: str) -> bool:
    """Whether ``word`` may open a sentence before an organisation name (``Het``, ``Britse``)."""
    if word in _LOWER_HEADS:
        return False
    return word.casefold() in _ARTICLES or _is_adjective(word) or _is_descriptor(word)


def _past_date_tail(doc: _Doc, j: int, v: int) -> int:
    """End of a date that is part of a name: ``Nationaal Comité 4 en 5 mei``."""
    k = j
    while k < v and (doc.toks[k].text.isdigit() or doc.toks[k].text == "en"):
        k += 1
    if k > j and k < v and _MONTH_WORD.fullmatch(doc.toks[k].text):
        return k + 1
    return j


def _verb_licensed(doc: _Doc, v: int, need: str | None) -> bool:
    """Whether subject verb token ``v`` is a survey cue given what must follow it."""
    if need is None:
        return True
    sent = doc.toks[v].sent
    if need == "context":
        return _has_context(doc, sent)
    rest = doc.text[doc.toks[v].end : min(doc.sents[sent][1], doc.toks[v].end + 300)]
    return _NEEDS[need].search(rest) is not None


def _subject_hits(doc: _Doc) -> Iterable[_Hit]:
    """Hits for an organisation as subject: ``EenVandaag onderzocht``, ``TNO vroeg ...``."""
    for v, tok in enumerate(doc.toks):
        need = _SUBJECT_VERBS.get(tok.text, "-")
        if need == "-" or v == 0 or not _verb_licensed(doc, v, need):
            continue
        chunk = _sentence_start_name(doc, v)
        if chunk is not None:
            name = _make_name(doc, *chunk)
            yield _Hit((tok.start, tok.end), (name,), tok.sent)


def _known_hits(doc: _Doc) -> Iterable[_Hit]:
    """Hits for a known institute as subject near a figure: ``Het CBS komt op 0,3 procent``."""
    for chunk in _chunks(doc):
        name = _make_name(doc, *chunk)
        sent = doc.toks[chunk[0]].sent
        if name.key in _KNOWN_SOURCES and _subject_position(doc, chunk[0]) and _has_context(doc, sent):
            yield _Hit(name.span, (name,), sent)


def _subject_position(doc: _Doc, i: int) -> bool:
    """Whether the name at token ``i`` opens its clause, as a subject does.

    ``Want het CBS komt op 0,3 procent`` reports a figure; ``de aanbevelingen
    van het RIVM`` only mentions the institute.
    """
    k = i - 1
    if k >= 0 and doc.toks[k].text.casefold() in _ARTICLES:
        k -= 1
    if k < 0 or doc.toks[k].sent != doc.toks[i].sent:
        return True
    return doc.toks[k].text.casefold() in (",", "want", "en", "maar", "dus", "toch")


def _all_hits(doc: _Doc) -> list[_Hit]:
    """Every cue hit in the article, in text order."""
    hits = [
        *_forward_hits(doc, _NOUN_CUE, context=False),
        *_forward_hits(doc, _STRONG_CUE, context=False),
        *_forward_hits(doc, _CONTEXT_CUE, context=True),
        *_compound_hits(doc),
        *_subject_hits(doc),
        *_known_hits(doc),
    ]
    return sorted(hits, key=lambda h: h.cue)


# --- sample sizes ----------------------------------------------------------


@dataclass(frozen=True)
class _Sample:
    value: int
    span: Span
    population: Span | None
    sent: int


def _number_at(doc: _Doc, i: int) -> tuple[int, int, float] | None:
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


def _value(text: str) -> float | None:
    """:func:`parse_number` for words of a sane length (a count is never 40 letters long)."""
    return parse_number(text) if len(text) <= 40 else None


def _is_fraction_part(doc: _Doc, i: int) -> bool:
    """Whether the number at ``i`` closes a ratio: ``vier op de tien``, ``drie van de vier``."""
    if i < 2 or doc.toks[i - 1].text not in ("de", "het"):
        return False
    before = doc.toks[i - 2].text
    if before == "op":
        return True
    denominator = _value(doc.toks[i].text) or 0
    return before == "van" and i >= 3 and _value(doc.toks[i - 3].text) is not None and denominator <= 100


def _population_at(doc: _Doc, i: int) -> tuple[int, int, int] | None:
    """Start, head and end token of the people counted from token ``i``.

    ``huidige kiezers van NSC``: up to two adjectives, a plural noun that is
    not a unit (the head), then an optional ``van``/``uit`` complement, a
    coordinated noun, or an age range.
    """
    toks = doc.toks
    j = i
    while j < len(toks) and j - i < 2 and _is_adjective(toks[j].text):
        j += 1
    if j >= len(toks) or not _is_population_noun(toks[j].text):
        return None
    return i, j, _extend_population(doc, j + 1)


def _is_population_noun(word: str) -> bool:
    """Whether ``word`` is a plural noun for people or organisations (``IT-managers``, ``leden``)."""
    if word.casefold() in _UNITS or not _WORD.fullmatch(word):
        return False
    return word.casefold() in _RESPONDENT_NOUNS or word.endswith(("s", "en", "'s", "’s"))


def _extend_population(doc: _Doc, j: int) -> int:
    """End of a population after its head noun: ``van het Opiniepanel``, ``tussen 12 en 15 jaar``.

    A ``van``/``uit`` complement or a coordinated noun (``meisjes en jonge
    vrouwen``) may come first, then an age range.
    """
    words = [t.text for t in doc.toks[j : j + 9]]
    m = _POPULATION_TAIL.match(" ".join(words))
    if not m or not m.group():
        return j
    n = len(m.group().split(" "))
    last = words[n - 1]
    if last in _ARTICLES or last in _NOT_DESCRIPTORS:
        return j
    return j + n


def _anchored(doc: _Doc, i: int, j: int, pop: tuple[int, int, int] | None) -> bool:
    """Whether the count at tokens ``[i, j)`` is a number of people asked.

    ``onder 5000 consumenten`` (with a survey word in the sentence), ``1.024
    respondenten``, ``ondervroeg vorige maand 2500 mensen``, ``ondervraagde
    723 scholieren``, ``10.000 mensen ondervraagd``, ``350 kinderen die meededen``.
    """
    if pop is None:
        return False
    toks = doc.toks
    k = i - 1
    while k >= 0 and i - k < 4 and toks[k].text.casefold() in _QUALIFIERS:
        k -= 1
    before = toks[k].text.casefold() if k >= 0 else ""
    if before == "onder":
        return _has_context(doc, toks[i].sent)
    if _asking_verb_before(doc, k):
        return True
    head = toks[pop[1]].text.casefold()
    if head in _RESPONDENT_NOUNS - {"stemmers", "kiezers"} or toks[j].text == "ondervraagde":
        return True
    return _asked_after(doc, pop[2])


def _asking_verb_before(doc: _Doc, k: int) -> bool:
    """Whether a verb of asking ends at token ``k`` or up to three words before it.

    ``ondervroeg 2500 mensen``, ``ondervroeg vorige maand 1.200 leraren``,
    ``peilde in september ruim duizend kiezers``: a short time adverbial may
    stand between the verb and its count.
    """
    for m in range(k, max(k - 4, -1), -1):
        word = doc.toks[m].text.casefold()
        if word in _ASKING_VERBS:
            # ``liet`` and ``sprak`` ask only in a sentence about a survey.
            loose = word in ("liet", "sprak") and doc.toks[m].sent not in doc.survey_sents
            return doc.toks[m].sent == doc.toks[k].sent and not loose
        if not word.isalpha():
            return False
    return False


def _asked_after(doc: _Doc, j: int) -> bool:
    """Whether a participle of asking follows within six words: ``... jongeren ondervraagd``.

    A bare particle (``deden 27.000 leden mee``) counts only in a sentence
    about a survey: ``doen honderd spelers mee`` is a tournament.
    """
    sent = doc.toks[j - 1].sent
    for k in range(j, min(j + 7, len(doc.toks))):
        tok = doc.toks[k]
        if tok.sent != sent or tok.text in (",", ";"):
            return False
        if _ASKED.match(tok.text):
            particle = tok.text in ("mee", "deel")
            return not particle or sent in doc.survey_sents
    return False


def _sample_at(doc: _Doc, i: int) -> _Sample | None:
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
    return _Sample(int(value), (toks[i].start, toks[j - 1].end), pop_span, toks[i].sent)


def _all_samples(doc: _Doc) -> list[_Sample]:
    """Every anchored sample size in the article, in text order."""
    found = (_sample_at(doc, i) for i in range(len(doc.toks)))
    return [s for s in found if s is not None]


def _population_only(doc: _Doc, hit: _Hit) -> Span | None:
    """Population without a count in a cue sentence: ``onderzoek onder leden die ...``."""
    i = doc.index_at(hit.cue[0])
    for k in range(max(i, 1), min(i + 12, len(doc.toks) - 1)):
        if doc.toks[k].sent != hit.sent:
            break
        if doc.toks[k].text == "onder" and _SURVEY_CONTEXT.search(doc.toks[k - 1].text):
            pop = _population_at(doc, k + 1)
            if pop is not None:
                return doc.toks[pop[0]].start, doc.toks[pop[2] - 1].end
    return None


# --- grouping into surveys ---------------------------------------------------


@lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    """Initials of the capitalised words: ``Centraal Bureau voor de Statistiek`` gives ``cbs``."""
    return "".join(w[0] for w in _INITIAL_WORDS.findall(name) if w[0].isupper()).casefold()


def _same_org(a: str, b: str, aliases: dict[str, str]) -> bool:
    """Whether two name texts name one organisation (``CBS``, ``Kantar``/``Kantar Public``)."""
    ka, kb = a.casefold(), b.casefold()
    ka, kb = aliases.get(ka, ka), aliases.get(kb, kb)
    if ka == kb or ka.startswith(kb + " ") or kb.startswith(ka + " "):
        return True
    ia, ib = _initials(a), _initials(b)
    return (len(ia) > 1 and ia == kb) or (len(ib) > 1 and ib == ka)


def _aliases(doc: _Doc) -> dict[str, str]:
    """Acronyms written after a name: ``het Sociaal en Cultureel Planbureau (SCP)``."""
    found: dict[str, str] = {}
    for i, j in _chunks(doc):
        acronym = _acronym_after(doc, j)
        if acronym is not None:
            found[acronym.casefold()] = _expanded(doc, i, j, acronym)
    return found


def _acronym_after(doc: _Doc, j: int) -> str | None:
    """The acronym in brackets at token ``j``: ``(CBS)``, ``(I&O)``."""
    toks = doc.toks
    if (
        j + 2 < len(toks)
        and toks[j].text == "("
        and toks[j + 2].text == ")"
        and _ACRONYM.fullmatch(toks[j + 1].text)
    ):
        return toks[j + 1].text
    return None


def _expanded(doc: _Doc, i: int, j: int, acronym: str) -> str:
    """The part of name tokens ``[i, j)`` an acronym abbreviates, casefolded.

    ``de Gezondheidsenquête van het Centraal Bureau voor de Statistiek (CBS)``:
    ``CBS`` stands for the last five words.
    """
    for k in range(i, j):
        name = doc.text[doc.toks[k].start : doc.toks[j - 1].end]
        if _is_name_word(doc.toks[k].text) and _initials(name) == acronym.casefold():
            return name.casefold()
    return doc.text[doc.toks[i].start : doc.toks[j - 1].end].casefold()


@dataclass
class _Survey:
    names: list[_Name]
    cue: Span
    sents: set[int]
    samples: list[_Sample] = field(default_factory=list)


def _text_of(doc: _Doc, name: _Name) -> str:
    return doc.text[name.span[0] : name.span[1]]


def _covered(doc: _Doc, names: Iterable[_Name], by: Sequence[_Name], aliases: dict[str, str]) -> bool:
    """Whether every name of ``names`` is one of the organisations in ``by``."""
    return all(any(_same_org(_text_of(doc, n), _text_of(doc, m), aliases) for m in by) for n in names)


def _sentence_groups(doc: _Doc, hits: list[_Hit], aliases: dict[str, str]) -> list[_Hit]:
    """Merge the hits of one sentence: ``uitgevoerd door Ipsos in opdracht van de NOS``."""
    groups: dict[int, _Hit] = {}
    for hit in hits:
        old = groups.get(hit.sent)
        if old is None:
            groups[hit.sent] = hit
            continue
        new = tuple(n for n in hit.names if not _covered(doc, (n,), old.names, aliases))
        groups[hit.sent] = _Hit(old.cue, old.names + new, hit.sent, old.weak and hit.weak)
    return list(groups.values())


def _confirmed(doc: _Doc, hits: list[_Hit], aliases: dict[str, str]) -> list[_Hit]:
    """Drop weak hits whose names no other cue confirms (``Koningsdag-enquête``)."""
    strong: set[str] = set()
    for name in (n for h in hits if not h.weak for n in h.names):
        text = _text_of(doc, name)
        strong.update((text.casefold(), text.split()[0].casefold(), _initials(text)))
    strong.update(k for k, v in aliases.items() if v in strong)
    return [h for h in hits if not h.weak or all(n.key in strong for n in h.names)]


def _without_persons(hits: list[_Hit]) -> list[_Hit]:
    """Drop person names when any organisation is named: a person is a last resort."""
    if not any(not n.person for h in hits for n in h.names):
        return hits
    kept = (_Hit(h.cue, tuple(n for n in h.names if not n.person), h.sent, h.weak) for h in hits)
    return [h for h in kept if h.names]


def _build_surveys(doc: _Doc, hits: list[_Hit]) -> list[_Survey]:
    """One survey per new set of organisations; repeated mentions merge."""
    aliases = _aliases(doc)
    hits = _without_persons(_confirmed(doc, hits, aliases))
    surveys: list[_Survey] = []
    for hit in _sentence_groups(doc, hits, aliases):
        target = next((s for s in surveys if _merges(doc, s, hit, aliases)), None)
        if target is None and _covered(doc, hit.names, _all_names(surveys), aliases):
            continue
        if target is None and len(surveys) < _MAX_SURVEYS:
            surveys.append(_Survey(list(hit.names), hit.cue, {hit.sent}))
        elif target is not None:
            target.sents.add(hit.sent)
            target.names += [n for n in hit.names if not _covered(doc, (n,), target.names, aliases)]
    pool = [n for h in hits for n in h.names]
    for survey in surveys:
        survey.names = [_representative(doc, n, pool, aliases) for n in survey.names]
    return surveys


def _representative(doc: _Doc, name: _Name, pool: list[_Name], aliases: dict[str, str]) -> _Name:
    """The form of an organisation's name to report: with its acronym, else the most written.

    ``het Centraal Bureau voor de Statistiek`` once and ``het CBS`` twice is
    reported as ``CBS``; ``Centraal Planbureau (CPB)`` gives both forms at once.
    """
    text = _text_of(doc, name)
    forms = [m for m in pool if _same_org(_text_of(doc, m), text, aliases)] or [name]
    for form in forms:
        if _acronym_after(doc, doc.index_at(form.span[1])) is not None:
            return form
    written = doc.written
    best = max(forms, key=lambda m: (written.get(_text_of(doc, m), 0), -m.span[0]))
    return best


def _first_offset(doc: _Doc, text: str, forms: list[_Name]) -> int:
    """Offset of the first of ``forms`` that reads ``text``."""
    return min(m.span[0] for m in forms if _text_of(doc, m) == text)


def _all_names(surveys: Iterable[_Survey]) -> list[_Name]:
    """The conductors of all ``surveys``."""
    return [n for s in surveys for n in s.names]


def _merges(doc: _Doc, survey: _Survey, hit: _Hit, aliases: dict[str, str]) -> bool:
    """Whether ``hit`` mentions ``survey`` again.

    It does when it names only the survey's organisations (``volgens Ipsos``
    after ``Ipsos in opdracht van de NOS``), or all of two or more of them and
    more (``de Volkskrant en Rutgers`` then ``..., uitgevoerd door Ipsos``). A
    single organisation with a new partner is a new survey: EenVandaag's own
    panel and the EenVandaag/Ipsos seat poll are two.
    """
    if _covered(doc, hit.names, survey.names, aliases):
        return True
    return len(survey.names) > 1 and _covered(doc, survey.names, hit.names, aliases)


def _attach_samples(doc: _Doc, surveys: list[_Survey], samples: list[_Sample]) -> None:
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
            own = _Survey([], _cue_in_sentence(doc, sample), {sample.sent})
            surveys.append(own)
        own.samples.append(sample)


def _cue_in_sentence(doc: _Doc, sample: _Sample) -> Span:
    """The survey word of the sentence of ``sample`` (or the sample itself)."""
    start, end = doc.sents[sample.sent]
    m = _SURVEY_CONTEXT.search(doc.text, start, end)
    if m is None:
        return sample.span
    left, right = m.start(), m.end()
    while left > start and doc.text[left - 1].isalpha() and m.start() - left < 40:
        left -= 1
    while right < end and doc.text[right].isalpha() and right - m.end() < 40:
        right += 1
    return left, right


def _best_sample(survey: _Survey) -> _Sample | None:
    """The sample in a cue sentence, else the largest: subgroups come smaller."""
    own = [s for s in survey.samples if s.sent in survey.sents]
    if own:
        return own[0]
    return max(survey.samples, key=lambda s: s.value, default=None)


def _period(doc: _Doc, sents: Iterable[int]) -> Span | None:
    """The first fieldwork period in the given sentences: ``tussen 3 en 10 mei``."""
    for sent in sorted(sents):
        start, end = doc.sents[sent]
        m = _PERIOD.search(doc.text, start, end)
        if m:
            return m.start(), m.end()
    return None


def _finish(doc: _Doc, survey: _Survey, hits: list[_Hit]) -> SurveyMention:
    """Turn a grouped survey into its public :class:`SurveyMention`."""
    sample = _best_sample(survey)
    sents = set(survey.sents) | ({sample.sent} if sample else set())
    population = sample.population if sample else None
    if population is None:
        own = [h for h in hits if h.sent in survey.sents]
        population = next((p for h in own if (p := _population_only(doc, h))), None)
    names = survey.names or _fallback_names(doc, population)
    return SurveyMention(
        conductors=tuple(_with_acronym(doc, n.span) for n in names),
        sample_size=sample.value if sample else None,
        sample_span=sample.span if sample else None,
        population=population,
        period=_period(doc, sents),
        cue=survey.cue,
    )


def _with_acronym(doc: _Doc, span: Span) -> Span:
    """Extend a name over the acronym written after it: ``Centraal Planbureau (CPB)``.

    The article gives both forms; readers and gold files use either.
    """
    j = doc.index_at(span[1])
    if _acronym_after(doc, j) is None:
        return span
    return span[0], doc.toks[j + 2].end


def _fallback_names(doc: _Doc, population: Span | None) -> list[_Name]:
    """Conductor of a survey no cue names: the medium of its audience, or the main source.

    ``een peiling onder 7Days-lezers`` was run by 7Days. Otherwise the
    organisation the article names most often (at least twice, once in a
    sentence about the survey) is taken: ``Met dit onderzoek wil Plan
    International ...``.
    """
    if population is not None:
        m = _AUDIENCE.search(doc.text, population[0], population[1])
        if m and _is_name_word(m.group(1)):
            return [_Name(m.span(1), False, m.group(1).casefold())]
    mentions: dict[str, list[_Name]] = {}
    about: set[str] = set()
    for chunk in _chunks(doc):
        name = _make_name(doc, *chunk)
        if name.looks_person or _generic(doc, *chunk):
            continue
        mentions.setdefault(name.key, []).append(name)
        if doc.toks[chunk[0]].sent in doc.survey_sents:
            about.add(name.key)
    best = max(about, key=lambda k: len(mentions[k]), default=None)
    return mentions[best][:1] if best and len(mentions[best]) > 1 else []


def find_surveys(text: str) -> list[SurveyMention]:
    """Find the surveys ``text`` reports, in order of first mention.

    >>> t = "Dat blijkt uit onderzoek van TOPdesk onder zesduizend IT-managers."
    >>> [s] = find_surveys(t)
    >>> [t[a:b] for a, b in s.conductors], s.sample_size, t[slice(*s.population)]
    (['TOPdesk'], 6000, 'IT-managers')
    """
    doc = _tokenize(text)
    if not doc.toks:
        return []
    doc = replace(doc, surnames=_surnames(doc), written=_written(doc))
    hits = _all_hits(doc)
    surveys = _build_surveys(doc, hits)
    _attach_samples(doc, surveys, _all_samples(doc))
    surveys.sort(key=lambda s: s.cue)
    return [_finish(doc, s, hits) for s in surveys]
