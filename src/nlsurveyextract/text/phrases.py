"""Dutch noun phrases over a parse that may be wrong: the groups figures are about.

A trained Dutch pipeline tags and parses news at about 94 % UPOS and 75 % LAS,
so these functions read a noun phrase from the tags and from Dutch word order
together: a determiner opens a phrase, an inflected adjective needs its noun,
a capitalised part makes a name (``Forum voor Democratie``), a plural ending
tells a group of people (``kiezers``, ``scholieren``). The subject rules in
:mod:`nlsurveyextract.stages.subjects` are built from them.

All positions are token indices into a ``Doc``; ``char_offsets`` turns a
token range into character offsets of the text.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from ..lexicon.calendar import MONTH_NAMES, SEASONS
from ..stages.percentages import SPANS_KEY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Offsets = tuple[int, int]

# Superlatives that news fronts as adverbials with "het" ("Het best scoorde
# ...", "Het vaakst genoemd werd ..."): with them "het" opens no noun phrase.
# Taggers trained on treebanks often miss their Degree=Sup.
SUPERLATIVE_ADVERBS = frozenset(
    """best meest minst eerst vaakst hoogst laagst slechtst sterkst grootst kleinst snelst
    langst kortst duurst goedkoopst populairst belangrijkst""".split()
)

MAX_CLAUSE_TOKENS = 80
"""How far back from a figure the rules read its sentence: a Dutch clause is far
shorter, and the bound keeps resolution linear in a text of endless sentences."""

# The unit words of a figure: "1,9 procent", "12%", "2 procentpunt".
FIGURE_WORDS = frozenset({"procent", "%", "pct", "pct.", "procentpunt", "procentpunten"})


_EXPRESSION_TOKENS = "nlsurveyextract_expression_tokens"


# Words that open a noun phrase: articles, demonstratives, possessives and
# 'alle' (Dutch determiners as in the UD Dutch treebanks' DET and PRON[Poss]).
DETERMINERS = frozenset(
    """de het een 't alle al deze die dit dat hun zijn haar mijn je jouw onze ons uw hun elke
    ieder iedere""".split()
)


# Degree words before an adjective in a noun phrase: "te zware kinderen".
DEGREE_WORDS = frozenset({"te", "zeer", "heel", "erg", "vrij", "relatief", "extra"})


DEFINITE_DETERMINERS = frozenset({"de", "het", "'t", "deze", "die", "dit", "dat"})


# Heads that set a time, a measure or a share in a text, never a group:
# "In 2009 was ...", "De afgelopen maanden ...", "De rest (31%) ...".
TIME_WORDS = frozenset(
    """jaar jaren maand maanden week weken dag dagen periode tijd eind begin kwartaal""".split()
).union(MONTH_NAMES, SEASONS)


NON_GROUP_HEADS = TIME_WORDS | frozenset(
    """keer geval verkiezingen onderzoek peiling enquête enquete vragenlijst rapport cijfers
    totaal praktijk procent procentpunt procentpunten percentage
    helft derde kwart vijfde tiende rest deel meerderheid minderheid merendeel meesten
    aantal aandeel gemiddelde paar eens oneens afgelopen komende voorbije vorige volgende""".split()
)


# Plural endings of Dutch nouns for people (agent nouns and nationalities:
# kiezers, leraren, Nederlanders, studenten, specialisten, ondervraagden,
# deelnemers, scholieren, werknemers, vrouwen, ...), from Dutch morphology.
PERSON_SUFFIXES = (
    "ers",
    "aars",
    "eurs",
    "sters",
    "isten",
    "anten",
    "enten",
    "ianen",
    "anen",
    "lingen",
    "genoten",
    "den",
    "ten",
    "ieren",
    "ici",
    "lieden",
    "lui",
    "mensen",
    "nemers",
    "gevers",
)


# The endings above that no Dutch verb or adjective form has.
UNMISTAKABLE_PERSON_SUFFIXES = (
    "ers",
    "aars",
    "isten",
    "ieren",
    "anten",
    "enten",
    "lingen",
    "genoten",
    "nemers",
)


# Plural nouns for people and organisations that no suffix gives away.
PEOPLE_NOUNS = frozenset(
    """kinderen jongeren ouderen ouders vrouwen mannen meisjes jongens leden burgers
    mensen personen volwassenen organisaties bedrijven ondernemingen instellingen
    gemeenten scholen huishoudens gezinnen partijen ziekenhuizen universiteiten
    werkgevers consumenten klanten patiënten inwoners artsen ondervraagden panelleden
    aanhang achterban electoraat bevolking""".split()
)


PEOPLE_NOUN_ENDINGS = tuple(PEOPLE_NOUNS)
"""Compounds end in them: ``homojongeren``, ``zorgorganisaties``, ``NSC-kiezers``."""


# Pronouns and stand-ins that never name a group by themselves.
NON_NAMING_WORDS = frozenset(
    """dat dit het er die deze wat ze zij hij je we wij ik men u jij hen hun iedereen niemand
    velen veel""".split()
)


COORDINATORS = frozenset({"en", "of"})


RESTRICTING_PREPOSITIONS = frozenset({"met", "zonder", "uit", "van"})


# Lowercase words inside names (``Forum voor Democratie``, ``Partij van de Arbeid``).
NAME_LINKS = frozenset({"voor", "van", "de", "der", "den"})


NOUN_TAGS = frozenset({"NOUN", "PROPN"})


PREMODIFIER_TAGS = frozenset({"ADJ", "NUM", "ADV", "X"})


LEFT_MODIFIER_DEPS = frozenset({"det", "amod", "nmod:poss", "compound", "nummod", "flat"})


RIGHT_MODIFIER_DEPS = frozenset({"flat", "compound", "amod", "appos"})


# Prepositions whose phrase narrows a group: "kinderen uit een arm gezin",
# "mensen met een laag inkomen", "leden van het panel", "jongeren tussen 18 en 25".
GROUP_PREPOSITIONS = frozenset({"van", "met", "uit", "in", "zonder", "tussen", "onder", "op"})


MAX_NOUN_PHRASE = 10


def core_phrase(doc: Doc, offsets: Offsets) -> Offsets:
    """The core noun phrase at the start of a longer phrase.

    ``jongeren tussen 12 en 24 jaar`` -> ``jongeren``: a later figure refers to
    the group, not to its definition. A phrase that says whose group it is
    stays (``leden van het Opiniepanel``, ``klanten met een hypotheek``).
    """
    span = doc.char_span(*offsets, alignment_mode="expand")
    phrase = noun_phrase_after(doc, span.start) if span is not None else None
    if span is None or phrase is None or phrase[1] > span.end:
        return offsets
    narrowed = restricted(doc, phrase)
    return char_offsets(doc, narrowed if narrowed[1] <= span.end else phrase)


def morph(token: Token, feature: str) -> list[str]:
    """The values of one morphological feature (``Number`` -> ``["Plur"]``), or none."""
    return list(token.morph.get(feature, []))


def is_noun(token: Token) -> bool:
    """A noun or name; a capitalised word the tagger missed counts as a name.

    Plural nouns for people with an unmistakable ending (``scholieren``,
    ``kiezers``) count whatever the tag: taggers trained on treebanks often
    read Dutch ``-en`` plurals as verbs or adjectives.
    """
    if token.is_space or token.is_punct:
        return False
    if token.pos_ in NOUN_TAGS or (token.is_title and token.pos_ == "X") or _names_in_its_parts(token):
        return True
    if _uninflected_after_definite(token) or misread_after_article(token):
        return True
    word = token.lower_
    return token.is_alpha and (word.endswith(UNMISTAKABLE_PERSON_SUFFIXES) or word in PEOPLE_NOUNS)


def _uninflected_after_definite(token: Token) -> bool:
    """``de uitstoot 2 procent``: a word the tagger read as an adjective, after ``de``/``het``.

    A Dutch adjective between a definite article and its noun ends in ``-e``
    (``de hoge uitstoot``); an uninflected one with no noun after it is a
    noun. Comparatives and superlatives (``het slechtst``) are left alone.
    """
    if token.pos_ != "ADJ" or token.i == 0 or not token.is_alpha or len(token) < 4:
        return False
    word = token.lower_
    if word.endswith(("e", "st")) or morph(token, "Degree") not in ([], ["Pos"]):
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    noun_follows = following is not None and (
        following.pos_ in (*NOUN_TAGS, "ADJ") or is_participle(following)  # "de nieuw bebouwde grond"
    )
    return doc[token.i - 1].lower_ in DEFINITE_DETERMINERS and not noun_follows


def misread_after_article(token: Token) -> bool:
    """``De energieprijzen stegen``: a word right after ``de`` that the tagger called a pronoun or verb.

    The article ``de`` is never a pronoun: a noun phrase follows, so a word
    right after it is a noun unless it is a modifier (adjective, participle,
    adverb, number). Taggers trained on treebanks misread rare plurals so.
    """
    if token.i == 0 or token.doc[token.i - 1].lower_ != "de" or not token.is_alpha or len(token) < 4:
        return False
    return token.pos_ == "PRON" or (token.pos_ in ("VERB", "AUX") and not is_participle(token))


def capitalised(token: Token) -> bool:
    """Starts with a capital: ``Democratie-aanhangers`` too, which ``Token.is_title`` denies."""
    return token.text[:1].isupper()


def _names_in_its_parts(token: Token) -> bool:
    """A name or a compound on a name, however tagged: no Dutch verb is written so.

    ``JA21``, ``CAC40``, ``50PLUS`` mix capitals and digits; ``GL-PvdA-achterban``
    and ``NSC-kiezers`` join a capitalised part to a noun with a hyphen.
    """
    text = token.text
    if any(c.isdigit() for c in text) and any(c.isupper() for c in text) and text.isalnum():
        return True
    parts = text.split("-")
    return (
        token.pos_ != "ADJ"  # "Oost-Europese werknemers": an adjective before its noun
        and len(parts) > 1
        and any(c.isupper() for part in parts[:-1] for c in part)
        and parts[-1].isalpha()
        and len(parts[-1]) >= 3
    )


def is_nominalized(token: Token) -> bool:
    """An adjective or participle used as a noun: ``de ondervraagden``, ``jongeren``.

    Dutch makes group names from adjectives with ``-en`` (``lageropgeleiden``,
    ``kiesgerechtigden``, ``werkenden``); taggers trained on treebanks often
    keep them ADJ or VERB. Such a word heads a phrase when no noun follows it.
    """
    if token.pos_ not in ("ADJ", "VERB") or not token.lower_.endswith("en") or len(token) < 5:
        return False
    if token.lower_ in NON_GROUP_HEADS:
        return False  # "de afgelopen maanden": a time, not a group
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None:
        return True
    counted = (
        following.pos_ == "NUM"
        and not in_expression(following)
        and token.i + 2 < len(doc)
        and is_noun(doc[token.i + 2])
    )
    return not (is_noun(following) or following.pos_ == "ADJ" or counted)  # "de afgelopen 2 jaar"


def fronted_superlative(token: Token) -> bool:
    """``Het best`` in ``Het best scoorde de supermarkt``: an adverbial, not a noun phrase."""
    superlative = token.lower_ in SUPERLATIVE_ADVERBS or morph(token, "Degree") == ["Sup"]
    return superlative and token.i > 0 and token.doc[token.i - 1].lower_ == "het"


def is_group_head(token: Token) -> bool:
    """A noun that can name a group: not a pronoun, a number, a time or a share."""
    return (
        not fronted_superlative(token)
        and (is_noun(token) or is_nominalized(token))
        and token.lower_.rstrip(".") not in NON_NAMING_WORDS
        and token.lower_.rsplit("-", 1)[-1] not in NON_GROUP_HEADS
        and not token.like_num
        and not _is_verb_form(token)
    )


def _is_verb_form(token: Token) -> bool:
    """A finite verb the tagger took for a name (``Vertelde``, ``Stuurt``): never a head."""
    return token.pos_ == "PROPN" and "Fin" in morph(token, "VerbForm")


def is_participle(token: Token) -> bool:
    """A participle (``ondervraagde``, ``gepensioneerd``): it may stand before a noun."""
    return token.pos_ == "VERB" and "Part" in morph(token, "VerbForm")


def is_premodifier(token: Token) -> bool:
    """Adjectives, numbers, adverbs and participles before a noun (``ondervraagde``)."""
    if token.is_space or token.is_punct:
        return False
    if token.pos_ == "VERB":
        return is_participle(token)
    return token.pos_ in PREMODIFIER_TAGS


def noun_phrase_after(doc: Doc, i: int, *, determiner: bool = True) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at token ``i``: ``de 350 kinderen``.

    Optional determiner, premodifiers (adjectives, participles, numbers,
    ``wereldwijd``), then one or more nouns or names (``Royal Dutch Shell``),
    and a coordinated noun (``scholieren en studenten``).
    """
    j, limit = i, min(len(doc), i + MAX_NOUN_PHRASE)
    if determiner and j < limit and (doc[j].lower_ in DETERMINERS or doc[j].pos_ == "DET"):
        j += 1
    j = _past_premodifiers(doc, j, limit)
    while j + 2 < limit and _attributive_follows(doc, j):
        j += 1  # "de wereldwijd ondervraagde meisjes": the tagger's noun was an adverb
    if j >= limit or not is_group_head(doc[j]):
        return None
    while j + 1 < limit and _continues_noun(doc[j], doc[j + 1]):
        j += 1
    if doc[j].pos_ == "PROPN":
        j = name_end(doc, j, limit) - 1  # "Forum voor Democratie"
    return i, _coordinated_end(doc, j + 1, limit)


def _past_premodifiers(doc: Doc, j: int, limit: int) -> int:
    """The first token at or after ``j`` that is no adjective, number, participle or degree word."""
    while j < limit:
        if doc[j].is_space:
            j += 1  # a doubled space is a token of its own
        elif _truncated_compound(doc, j):
            j += 2  # "oproep- en invalkrachten": the first half of a shared compound
        elif not is_noun(doc[j]) and is_premodifier(doc[j]) and not is_nominalized(doc[j]):
            j += 1
        elif doc[j].lower_ in DEGREE_WORDS and j + 1 < limit and doc[j + 1].pos_ == "ADJ":
            j += 1  # "te zware kinderen"
        else:
            break
    return j


def next_word(doc: Doc, i: int) -> int:
    """Index of the first token at or after ``i`` that is not white space."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _attributive_follows(doc: Doc, j: int) -> bool:
    """An inflected adjective or participle (``-e``) after ``j`` and a noun after it.

    In a Dutch noun phrase such a word stands before its noun, so ``j`` cannot
    be the head.
    """
    following = doc[j + 1]
    inflected = following.lower_.endswith("e") and (following.pos_ == "ADJ" or is_participle(following))
    return inflected and not is_noun(following) and is_noun(doc[j + 2])


def _continues_noun(token: Token, following: Token) -> bool:
    """Names in parts (``Royal Dutch Shell``) and a singular noun before a noun (``senior management``).

    A plural ends the phrase: ``scholieren ervaart stress`` is a headline
    sentence, however the tagger read its verb.
    """
    if following.pos_ == "PROPN" and token.pos_ in NOUN_TAGS:
        return True
    plural = "Plur" in morph(token, "Number") or token.lower_.endswith(("en", "ers", "s"))
    return following.pos_ == "NOUN" and token.pos_ in NOUN_TAGS and not plural


def _truncated_compound(doc: Doc, j: int) -> bool:
    """``oproep-`` before ``en``/``of``: Dutch shares the last part of two compounds."""
    return (
        doc[j].text.endswith("-")
        and len(doc[j]) > 2
        and j + 1 < len(doc)
        and doc[j + 1].lower_ in COORDINATORS
    )


def _coordinated_end(doc: Doc, end: int, limit: int) -> int:
    """Extend ``scholieren`` over ``en studenten``: a coordinated noun."""
    if end + 1 < limit and doc[end].lower_ in COORDINATORS:
        k = end + 1
        if doc[k].lower_ in DETERMINERS and k + 1 < limit:
            k += 1  # "het onderwijs en de kinderopvang"
        while k < limit and is_premodifier(doc[k]) and not is_noun(doc[k]):
            k += 1
        if k < limit and is_group_head(doc[k]):
            return k + 1
    return end


def noun_phrase_before(doc: Doc, end: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that ends just before token ``end``.

    ``het Verenigd Koninkrijk (36 procent)``: walk back over nouns, names and
    adjectives (and a coordination, ``het Verenigd Koninkrijk en Polen``),
    then take a determiner when one stands in front.
    """
    j = end - 1
    if j < 0 or not is_group_head(doc[j]):
        return None
    start = phrase_start(doc, j, end)
    if start >= 2 and doc[start - 1].lower_ in COORDINATORS and is_noun(doc[start - 2]):
        start = phrase_start(doc, start - 2, end)
    return start, end


def phrase_start(doc: Doc, j: int, end: int) -> int:
    """Walk back from the head over modifiers, name parts (``Forum voor Democratie``) and a determiner."""
    start = j
    while start - 1 >= 0 and end - start < MAX_NOUN_PHRASE:
        previous = doc[start - 1]
        if _continues_noun(previous, doc[start]) or previous.pos_ == "ADJ" or is_participle(previous):
            start -= 1
        elif (
            previous.lower_ in NAME_LINKS
            and capitalised(doc[start])
            and start - 2 >= 0
            and capitalised(doc[start - 2])
        ):
            start -= 2
        elif previous.lower_ in DETERMINERS or previous.pos_ == "DET":
            return start - 1
        else:
            break
    return start


def phrase_of_head(head: Token, *, narrowing: bool = True) -> tuple[int, int]:
    """Token range of the phrase a parsed noun heads: ``de kinderen uit een arm gezin``.

    Left: determiners and modifiers. Right: names written in parts, an
    adjective, a coordinated noun, and (``narrowing``) a short prepositional
    phrase that narrows the group. Relative clauses are left out.
    """
    start = head.i
    case = max((child.i for child in head.lefts if child.dep_ == "case"), default=-1)
    for child in head.lefts:
        if (
            child.dep_ in LEFT_MODIFIER_DEPS
            and not child.is_space
            and child.i > case
            and child.pos_ != "ADV"
            and not _verb_zijn(child)
        ):
            start = min(start, child.left_edge.i)  # not over "onder" or "Ook" the parse hung on a noun
    end = head.i + 1
    for child in head.rights:
        if not extends_phrase(child, narrowing) or child.right_edge.i - head.i >= MAX_NOUN_PHRASE:
            break
        inside = [t.i for t in child.subtree if in_expression(t)]
        if inside:  # "de koopkracht met 1,9 procent": the figure is not part of its subject
            if child.i < min(inside) and child.dep_ == "nmod":
                end = child.i + 1  # "van gepensioneerden met een half procent": up to the noun
            break
        end = child.right_edge.i + 1
    while end < len(head.doc) and head.doc[end].pos_ == "PROPN" and head.pos_ == "NOUN" and end == head.i + 1:
        end += 1  # "drankenfabrikant Lucas Bols": a descriptor before a name
    return start, _without_trailing_punct(head.doc, head.i, end)


def _verb_zijn(token: Token) -> bool:
    """``Over de zorg zijn kiezers kritisch``: ``zijn`` after a noun is the verb, not "his"."""
    return token.lower_ == "zijn" and token.i > 0 and is_noun(token.doc[token.i - 1])


def extends_phrase(child: Token, narrowing: bool) -> bool:
    """Whether a parsed right dependent of a noun belongs to its phrase.

    Names in parts, adjectives, a coordinated noun, a bare noun after a share
    noun, and (``narrowing``) a prepositional phrase that narrows the group,
    but not a time (``in oktober``) or a verb the parse hung on the noun.
    """
    if child.is_space or child.is_punct:
        return False
    if child.pos_ in ("VERB", "AUX"):
        return False  # a verb the parse hung on the noun ("onderwijs wil")
    if child.dep_ in RIGHT_MODIFIER_DEPS:
        return True
    if child.dep_ == "conj":
        return any(c.lower_ in COORDINATORS for c in child.lefts) and is_noun(child)
    if child.dep_ == "nmod" and not any(c.dep_ == "case" for c in child.children) and is_noun(child):
        return True  # "het aandeel vrouwen": a bare noun after a share noun
    if child.dep_ == "nmod" and narrowing:
        case = [c.lower_ for c in child.lefts if c.dep_ == "case"]
        is_time = child.like_num or child.lower_ in TIME_WORDS  # not "in oktober"
        return bool(case) and case[0] in GROUP_PREPOSITIONS and not is_time
    return False


def _without_trailing_punct(doc: Doc, head: int, end: int) -> int:
    while end - 1 > head and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (spaCy joins all tokens on every access)."""
    key = "nlsurveyextract_text"
    if key not in doc.user_data:
        doc.user_data[key] = doc.text
    return str(doc.user_data[key])


def has_annotation(doc: Doc, attribute: str) -> bool:
    """``doc.has_annotation(attribute)``, computed once per Doc.

    spaCy answers it by scanning every token; asked for every figure of a long
    article, that scan would make resolution quadratic.
    """
    key = f"nlsurveyextract_has_{attribute}"
    if key not in doc.user_data:
        doc.user_data[key] = doc.has_annotation(attribute)
    return bool(doc.user_data[key])


def in_expression(token: Token) -> bool:
    """Whether a percentage expression covers ``token`` (such words never name its group)."""
    return token.i in expression_token_indices(token.doc)


def expression_token_indices(doc: Doc) -> frozenset[int]:
    """Indices of all tokens inside percentage expressions, computed once per Doc."""
    cached = doc.user_data.get(_EXPRESSION_TOKENS)
    if cached is None:
        cached = frozenset(i for span in doc.spans.get(SPANS_KEY, ()) for i in range(span.start, span.end))
        doc.user_data[_EXPRESSION_TOKENS] = cached
    return cached


def char_offsets(doc: Doc, tokens: tuple[int, int]) -> Offsets:
    """Character offsets of a token range."""
    return doc[tokens[0]].idx, doc[tokens[1] - 1].idx + len(doc[tokens[1] - 1])


def restricted(doc: Doc, tokens: tuple[int, int]) -> tuple[int, int]:
    """Extend a group over a phrase that narrows it: ``de Nederlanders met een hoog inkomen``.

    ``met``, ``zonder``, ``uit`` and ``van`` followed by a noun phrase right
    after the group name who is counted (``kinderen uit een arm gezin``,
    ``de kiezers van Partij voor de Dieren``); ``in`` is left out, as it mostly
    says where the counting happened (``in een opinieonderzoek``).
    """
    end = tokens[1]
    if end < len(doc) and doc[end].lower_ in RESTRICTING_PREPOSITIONS:
        phrase = noun_phrase_after(doc, end + 1)
        if phrase is not None and not any(is_figure(t) for t in doc[phrase[0] : phrase[1]]):
            return tokens[0], phrase[1]
    return tokens


def is_figure(token: Token) -> bool:
    """A number of a percentage expression (``1,9``, ``procent``), not a name inside a merged claim.

    In ``een meerderheid van de kiezers van Partij voor de Dieren (69
    procent)`` the whole claim is one expression, and its group is in it.
    """
    return in_expression(token) and (
        token.like_num or any(c.isdigit() for c in token.text) or token.lower_ in FIGURE_WORDS
    )


def is_finite_verb(token: Token) -> bool:
    """A finite verb: the second position of a Dutch main clause."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in morph(token, "VerbForm")


def name_end(doc: Doc, i: int, limit: int) -> int:
    """End of a name or noun that may hold link words: ``Forum voor Democratie``."""
    j = i + 1
    if doc[i].pos_ != "PROPN":
        return j  # a common noun item is one word ("scholieren en studenten")
    while j < limit:
        links = j
        while links < limit and links - j < 2 and doc[links].lower_ in NAME_LINKS:
            links += 1  # "Partij voor de Dieren": up to two link words inside a name
        if links == j and (doc[j].pos_ == "PROPN" or (capitalised(doc[j]) and is_noun(doc[j]))):
            j += 1
        elif links > j and links < limit and capitalised(doc[links]) and is_noun(doc[links]):
            j = links + 1
        else:
            break
    return j


def looks_plural(token: Token) -> bool:
    """A plural by its morphology or, where the tagger gave none, by its Dutch ending."""
    return "Plur" in morph(token, "Number") or token.lower_.endswith(("en", "s"))


def clearly_people(token: Token) -> bool:
    """A plural for people by an ending no verb has: ``kiezers``, ``homojongeren``, ``specialisten``."""
    word = token.lower_
    return word.endswith(UNMISTAKABLE_PERSON_SUFFIXES) or word.endswith(PEOPLE_NOUN_ENDINGS)


def names_people_or_organisations(token: Token) -> bool:
    """Whether a plural noun names people or organisations: the groups surveys ask.

    ``zorgmanagers``, ``Nederlanders``, ``ondervraagden``, ``organisaties``, but
    not ``voordelen`` or ``prijzen``: an elliptical figure ("Ruim de helft
    verwacht ...") is a share of people, so only such nouns are carried to it.
    """
    word = token.lower_
    return word.endswith(PERSON_SUFFIXES) or word.endswith(PEOPLE_NOUN_ENDINGS)


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token range of the sentence that holds token ``i``.

    From an index built once per Doc: spaCy's ``Span.sent`` walks back to the
    sentence start on every call, which makes a long sentence quadratic.
    Without sentence boundaries the whole Doc is one sentence.
    """
    key = "nlsurveyextract_sentence_starts"
    starts = doc.user_data.get(key)
    if starts is None:
        starts = [sent.start for sent in doc.sents] if has_annotation(doc, "SENT_START") else [0]
        doc.user_data[key] = starts
    k = bisect_right(starts, i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)


def window_start(doc: Doc, i: int) -> int:
    """The first token the rules read before token ``i``.

    Its sentence start, or :data:`MAX_CLAUSE_TOKENS` back in a longer sentence.
    """
    return max(sentence_bounds(doc, i)[0], i - MAX_CLAUSE_TOKENS)
