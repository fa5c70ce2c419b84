"""Dutch noun phrases over a parse that may be wrong: the groups figures are about.

A trained Dutch pipeline parses news at about 75 % LAS, so these functions
read a noun phrase from the tags and from Dutch word order together: a
determiner opens a phrase, an inflected adjective needs its noun, a
capitalised part makes a name (``Forum voor Democratie``), a plural ending
tells a group of people (``kiezers``, ``scholieren``). The subject rules in
:mod:`nlsurveyextract.stages.subjects` are built from them.

All positions are token indices into a ``Doc`` (``docview.char_offsets`` gives characters).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.calendar import TIME_DETERMINERS
from ..lexicon.changes import STATISTICS_VERBS
from ..lexicon.grammar import (
    COORDINATORS,
    DEGREE_WORDS,
    DETERMINERS,
    GROUP_PREPOSITIONS,
    NAME_LINKS,
    RESTRICTING_PREPOSITIONS,
    TIME_WORDS,
)
from .docview import Offsets, char_offsets, in_expression
from .tokens import (
    NOUN_TAGS,
    article_in_name,
    capitalised,
    describes_a_company,
    is_figure,
    is_finite_verb,
    is_group_head,
    is_nominalized,
    is_noun,
    is_participle,
    is_premodifier,
    morph,
    noun_read_as_adjective,
    titles_a_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LEFT_MODIFIER_DEPS = frozenset({"det", "amod", "nmod:poss", "compound", "nummod", "flat"})

RIGHT_MODIFIER_DEPS = frozenset({"flat", "compound", "amod", "appos"})

MAX_NOUN_PHRASE = 10


def core_phrase(doc: Doc, offsets: Offsets) -> Offsets:
    """The core noun phrase at the start of a longer phrase.

    ``fietsers tussen 16 en 20 jaar`` -> ``fietsers``: a later figure refers to
    the group, not to its definition. A phrase that says whose group it is
    stays (``leden van de vereniging``, ``klanten met een abonnement``).
    """
    span = doc.char_span(*offsets, alignment_mode="expand")
    phrase = noun_phrase_after(doc, span.start) if span is not None else None
    if span is None or phrase is None or phrase[1] > span.end:
        return offsets
    narrowed = restricted(doc, phrase)
    return char_offsets(doc, narrowed if narrowed[1] <= span.end else phrase)


def noun_phrase_after(doc: Doc, i: int, *, determiner: bool = True) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at token ``i``: ``de 420 tuinders``.

    Optional determiner, premodifiers (adjectives, participles, numbers,
    ``wereldwijd``), then one or more nouns or names (``Koninklijke Boskalis Westminster``),
    and a coordinated noun (``telers en tuinders``).
    """
    j, limit = i, min(len(doc), i + MAX_NOUN_PHRASE)
    if determiner and j < limit and (doc[j].lower_ in DETERMINERS or doc[j].pos_ == "DET"):
        j = _past_extended_attribute(doc, j + 1, limit)
    j = past_premodifiers(doc, j, limit)
    while j + 2 < limit and _attributive_follows(doc, j):
        j += 1  # "de landelijk bevraagde telers": the tagger's noun was an adverb
    if j < limit and _verb_read_as_head(doc, i, j):
        j -= 1  # "De consumentenprijzen lagen ...": the head was read as an adjective, the verb as a noun
    elif j >= limit or not is_group_head(doc[j]):
        return None
    while j + 1 < limit and _continues_noun(doc[j], doc[j + 1]) and doc[j + 1].lower_ not in STATISTICS_VERBS:
        j += 1
    if doc[j].pos_ == "PROPN":
        j = name_end(doc, j, limit) - 1  # "Partij voor de Dieren"
    if j + 1 < limit and number_in_name(doc, j):
        j += 1  # "de S&P 500", "de FTSE 100": an index named with a number
    return i, _coordinated_end(doc, j + 1, limit)


def number_in_name(doc: Doc, j: int) -> bool:
    """A whole number after a name in capitals (``S&P 500``, ``CAC 40``) belongs to the name."""
    name, number = doc[j], doc[j + 1]
    capitals = sum(c.isupper() for c in name.text) >= 2
    return capitals and number.is_digit and len(number) <= 3 and not in_expression(number)


def _verb_read_as_head(doc: Doc, i: int, j: int) -> bool:
    """``De consumentenprijzen lagen``: ``j`` is a verb of statistics news, the word before it the head.

    A Dutch main clause puts its finite verb after its first phrase; an
    uninflected word read as an adjective right before it is the phrase's head.
    """
    if j - 1 <= i or doc[j].lower_ not in STATISTICS_VERBS or not doc[j].is_lower:
        return False
    before = doc[j - 1]
    uninflected = not before.lower_.endswith("e")
    return before.is_alpha and before.is_lower and uninflected and before.pos_ in ("ADJ", "NOUN")


def _past_extended_attribute(doc: Doc, j: int, limit: int) -> int:
    """``de in 2020 opgerichte bank``: a phrase before the participle it modifies, after an article."""
    if j >= limit or doc[j].pos_ != "ADP" or in_expression(doc[j]):
        return j
    found = j
    for k in range(j + 1, min(limit - 1, j + 7)):
        if doc[k].is_punct or in_expression(doc[k]) or is_finite_verb(doc[k]):
            break
        after = doc[k + 1]  # the noun, or one the tagger read as an uninflected adjective
        head = is_noun(after) or (after.pos_ == "ADJ" and not after.lower_.endswith("e"))
        if is_participle(doc[k]) and head:
            found = k  # the last one: "de in de afgelopen weken gedaalde chipmaker"
    return found


def past_premodifiers(doc: Doc, j: int, limit: int) -> int:
    """The first token at or after ``j`` that is no adjective, number, participle or degree word."""
    while j < limit:
        if doc[j].is_space:
            j += 1  # a doubled space is a token of its own
        elif _truncated_compound(doc, j):
            j += 2  # "flex- en uitzendkrachten": the first half of a shared compound
        elif not is_noun(doc[j]) and is_premodifier(doc[j]) and not is_nominalized(doc[j]):
            j += 1
        elif doc[j].lower_ in DEGREE_WORDS and j + 1 < limit and doc[j + 1].pos_ == "ADJ":
            j += 1  # "te zware kinderen"
        elif _inflected_participle(doc, j, limit):
            j += 1  # "de breder samengestelde S&P 500": a participle the tagger read as a finite verb
        else:
            break
    return j


def _inflected_participle(doc: Doc, j: int, limit: int) -> bool:
    """A verb form in ``-de``/``-te`` between a modifier or article and a noun: an attributive participle."""
    token = doc[j]
    if token.pos_ != "VERB" or not token.lower_.endswith(("de", "te")) or j == 0 or j + 1 >= limit:
        return False
    before, after = doc[j - 1], doc[j + 1]
    return (before.pos_ in ("ADJ", "DET", "ADV")) and (is_noun(after) or capitalised(after))


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
    """Names in parts (``Koninklijke Boskalis``) and a singular noun before a noun (``senior team``).

    A plural ends the phrase: ``telers vreest droogte`` is a headline
    sentence, however the tagger read its verb. So does a title before a
    name: ``dat 62 procent van de achterban premier Smit steunt`` names the
    group, then the object.
    """
    if in_expression(following):
        return False  # "technologieconcern TKH 4,6%": a figure is no part of a name
    if following.pos_ == "PROPN" and token.pos_ in NOUN_TAGS:
        return True
    if titles_a_name(following):
        return False
    plural = "Plur" in morph(token, "Number") or token.lower_.endswith(("en", "ers", "s"))
    return following.pos_ == "NOUN" and token.pos_ in NOUN_TAGS and not plural


def before_titled_name(doc: Doc, tokens: tuple[int, int]) -> tuple[int, int]:
    """Cut a phrase before a title and name the parse hung on it: ``de achterban [minister Jansen]``.

    ``dat 40 procent van de PVV-aanhang premier Smit steunt``: Dutch puts the
    object after the subject in a subordinate clause, and a title with a name
    opens a phrase of its own, not a part of the group before it.
    """
    start, end = tokens
    for k in range(start + 1, end):
        if titles_a_name(doc[k]) and is_noun(doc[k - 1]):
            return start, k
    return tokens


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

    ``de provincie Utrecht (27 procent)``: walk back over nouns, names and
    adjectives (and a coordination, ``het Gooi en Drenthe``),
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
        elif article_in_name(doc, start):
            start -= 3  # "de Bond voor de Natuur"
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
        if child.dep_ != "conj" and any(t.text == "," for t in head.doc[end : child.i]):
            break  # "De inflatie in de eurozone, gemeten over een jaar, ...": an aside, not the phrase
        inside = [t.i for t in child.subtree if in_expression(t)]
        if inside:  # "de omzet met 4,2 procent": the figure is not part of its subject
            if child.i < min(inside) and child.dep_ == "nmod" and not _figure_manner(child):
                end = child.i + 1  # "van studenten met een kwart procent": up to the noun
            break
        end = child.right_edge.i + 1
    while end < len(head.doc) and head.doc[end].pos_ == "PROPN" and head.pos_ == "NOUN" and end == head.i + 1:
        end += 1  # "bouwer Jan Snel": a descriptor before a name
    if head.pos_ == "PROPN" and end == head.i + 1:
        end = name_end(head.doc, head.i, min(len(head.doc), head.i + MAX_NOUN_PHRASE))  # "ABN Amro"
    return start, _without_trailing_punct(head.doc, head.i, end)


def _figure_manner(child: Token) -> bool:
    """``Nexar met een verlies van 4 procent``: the change the figure is, not a part of the group."""
    doc = child.doc
    case = [c.lower_ for c in child.lefts if c.dep_ == "case"]
    return case == ["met"] and child.i + 1 < len(doc) and doc[child.i + 1].lower_ == "van"


def _verb_zijn(token: Token) -> bool:
    """``Over de zorg zijn kiezers kritisch``: ``zijn`` after a noun is the verb, not "his"."""
    return token.lower_ == "zijn" and token.i > 0 and is_noun(token.doc[token.i - 1])


def extends_phrase(child: Token, narrowing: bool) -> bool:
    """Whether a parsed right dependent of a noun belongs to its phrase.

    Names in parts, adjectives, a coordinated noun, a bare noun after a share
    noun, and (``narrowing``) a prepositional phrase that narrows the group,
    but not a time (``in oktober``, ``vorig jaar``) or a verb the parse hung on the noun.
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
        return not _counted_time(child)  # "het aandeel vrouwen", not "de rente vorig jaar"
    if child.dep_ == "nmod" and narrowing:
        case = [c.lower_ for c in child.lefts if c.dep_ == "case"]
        is_time = child.like_num or child.lower_ in TIME_WORDS  # not "in oktober"
        return bool(case) and case[0] in GROUP_PREPOSITIONS and not is_time
    return False


def _counted_time(token: Token) -> bool:
    """``vorig jaar``, ``dit kwartaal``: a time noun with a word that counts it, an adverbial of time."""
    return token.lower_ in TIME_WORDS and any(c.lower_ in TIME_DETERMINERS for c in token.lefts)


def _without_trailing_punct(doc: Doc, head: int, end: int) -> int:
    while end - 1 > head and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def restricted(doc: Doc, tokens: tuple[int, int]) -> tuple[int, int]:
    """Extend a group over a phrase that narrows it: ``de ouders met een eigen zaak``.

    ``met``, ``zonder``, ``uit`` and ``van`` followed by a noun phrase right
    after the group name who is counted (``gezinnen uit een kleine gemeente``,
    ``de leden van de Partij voor de Dieren``); ``in`` is left out, as it mostly
    says where the counting happened (``in een steekproef``).
    """
    end = tokens[1]
    if end < len(doc) and doc[end].lower_ in RESTRICTING_PREPOSITIONS:
        phrase = noun_phrase_after(doc, end + 1)
        if phrase is None and end + 1 < len(doc) and noun_read_as_adjective(doc[end + 1]):
            phrase = (end + 1, end + 2)  # "scholen zonder gymzaal": a noun the tagger read as an adjective
        if phrase is not None and not any(is_figure(t) for t in doc[phrase[0] : phrase[1]]):
            return tokens[0], phrase[1]
    return tokens


def name_end(doc: Doc, i: int, limit: int) -> int:
    """End of a name or noun that may hold link words: ``Forum voor Democratie``."""
    j = i + 1
    if doc[i].pos_ != "PROPN":
        return j  # a common noun item is one word ("telers en tuinders")
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


def past_descriptor(doc: Doc, tokens: tuple[int, int]) -> tuple[int, int]:
    """``Kunstmestmaker OCI`` -> ``OCI``: the name after a company descriptor is the subject."""
    start, end = tokens
    if not describes_a_company(doc[start]):
        return tokens
    return start + 1, max(end, name_end(doc, start + 1, min(len(doc), start + MAX_NOUN_PHRASE)))
