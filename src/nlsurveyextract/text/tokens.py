"""What one token is, read from its tag and its Dutch form together.

A trained Dutch pipeline tags news at about 94 % UPOS, so these predicates
do not take the tag on trust: a plural ending tells a group of people
(``kiezers``, ``scholieren``), a capital with digits makes a name (``JA21``),
a word right after ``de`` is a noun whatever the tagger says. The phrase
readers of :mod:`nlsurveyextract.text.phrases` are built from them.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from ..lexicon.calendar import WEEKDAYS
from ..lexicon.changes import STATISTICS_VERBS
from ..lexicon.grammar import (
    DEFINITE_DETERMINERS,
    DETERMINERS,
    FIGURE_WORDS,
    NEVER_SUBJECTS,
    NON_GROUP_HEADS,
    NON_NAMING_WORDS,
    PEOPLE_NOUN_ENDINGS,
    PEOPLE_NOUNS,
    PEOPLE_NOUNS_ALSO_VERBS,
    PERSON_SUFFIXES,
    QUANTITY_WORDS,
    SUPERLATIVE_ADVERBS,
    TIME_WORDS,
    UNMISTAKABLE_PERSON_SUFFIXES,
)
from ..lexicon.numbers import parse_fraction, parse_number
from ..lexicon.organisations import AGENT_NOUN_ENDINGS, COMPANY_DESCRIPTOR_HEADS, PERSON_TITLES
from .docview import in_expression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NOUN_TAGS = frozenset({"NOUN", "PROPN"})

PREMODIFIER_TAGS = frozenset({"ADJ", "NUM", "ADV", "X"})


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
    if token.pos_ in NOUN_TAGS or (capitalised(token) and token.pos_ == "X") or _names_in_its_parts(token):
        return True
    if _uninflected_after_definite(token) or misread_after_article(token) or verb_form_as_people(token):
        return True
    word = token.lower_
    return token.is_alpha and (word.endswith(UNMISTAKABLE_PERSON_SUFFIXES) or word in PEOPLE_NOUNS)


def _uninflected_after_definite(token: Token) -> bool:
    """``de neerslag 8 procent``: a word the tagger read as an adjective, after ``de``/``het``.

    A Dutch adjective between a definite article and its noun ends in ``-e``
    (``de hoge neerslag``); an uninflected one with no noun after it is a
    noun. Comparatives and superlatives (``het slechtst``) are left alone.
    """
    if token.pos_ != "ADJ" or token.i == 0 or not token.is_alpha or len(token) < 4:
        return False
    word = token.lower_
    compound_in_er = len(word) >= 9 and morph(token, "Degree") == ["Cmp"]  # "de beursgraadmeter"
    if word.endswith(("e", "st")) or (morph(token, "Degree") not in ([], ["Pos"]) and not compound_in_er):
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    noun_follows = (
        following is not None
        and not in_expression(following)
        and (
            following.pos_ in (*NOUN_TAGS, "ADJ")
            or is_participle(following)  # "de slordig geschilderde gevel"
        )
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


def verb_form_as_people(token: Token) -> bool:
    """``de Nederlandse stellen``, ``1 op de 10 stellen``: a plural for people that is also a verb.

    Word order decides: after an article, an inflected adjective (``-e``), a
    number or a fraction word it heads a noun phrase; after a subject it is
    the verb (``De onderzoekers stellen dat ...``).
    """
    if token.lower_ not in PEOPLE_NOUNS_ALSO_VERBS or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    inflected = before.pos_ == "ADJ" and before.lower_.endswith("e")
    # "die stellen dat": a relative pronoun before the verb
    article = before.lower_ in DETERMINERS and before.lower_ not in ("die", "dat")
    return article or inflected or is_quantity(before)


def capitalised(token: Token) -> bool:
    """Starts with a capital: ``Democratie-aanhangers`` too, which ``Token.is_title`` denies."""
    return token.text[:1].isupper()


def _names_in_its_parts(token: Token) -> bool:
    """A name or a compound on a name, however tagged: no Dutch verb is written so.

    ``JA21``, ``DAX40``, ``50PLUS`` mix capitals and digits; ``MidKap`` and
    ``TomTom`` have a capital after a small letter; ``SP-achterban``
    and ``CDA-kiezers`` join a capitalised part to a noun with a hyphen.
    """
    text = token.text
    if any(c.isdigit() for c in text) and any(c.isupper() for c in text) and text.isalnum():
        return True
    if text.isalpha() and any(a.islower() and b.isupper() for a, b in pairwise(text)):
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
        return False  # "de voorbije weken": a time, not a group
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
    return not (is_noun(following) or following.pos_ == "ADJ" or counted)  # "de afgelopen 3 jaar"


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
        and not token.lower_.startswith(WEEKDAYS)  # "Vrijdagmiddag sloot de AEX ...": a time
        and not (token.is_lower and token.lower_ in STATISTICS_VERBS)  # "De beurzen eindigden": a verb
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


def is_figure(token: Token) -> bool:
    """A number of a percentage expression (``4,6``, ``procent``), not a name inside a merged claim.

    In ``een meerderheid van de leden van de Partij voor de Dieren (58
    procent)`` the whole claim is one expression, and its group is in it.
    """
    return in_expression(token) and (
        token.like_num or any(c.isdigit() for c in token.text) or token.lower_ in FIGURE_WORDS
    )


def is_finite_verb(token: Token) -> bool:
    """A finite verb: the second position of a Dutch main clause."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in morph(token, "VerbForm")


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
    return word.endswith(PERSON_SUFFIXES) or word.endswith(PEOPLE_NOUN_ENDINGS) or verb_form_as_people(token)


def is_number(token: Token) -> bool:
    """A figure or number word: ``61%`` in ``een meerderheid van 61%``."""
    return token.like_num or any(c.isdigit() for c in token.text) or parse_number(token.text) is not None


def is_quantity(token: Token) -> bool:
    """A number, number word, fraction word or quantity word (``zeven``, ``driekwart``, ``meeste``)."""
    word = token.text
    return (
        token.like_num
        or any(c.isdigit() for c in word)
        or token.lower_ in QUANTITY_WORDS
        or parse_number(word) is not None
        or parse_fraction(word) is not None
    )


def titles_a_name(token: Token) -> bool:
    """``minister`` in ``minister Jansen``: a title with the person's name right after it."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.pos_ == "NOUN"
        and token.lower_.endswith(PERSON_TITLES)
        and following is not None
        and (following.pos_ == "PROPN" or capitalised(following))
    )


def noun_read_as_adjective(token: Token) -> bool:
    """``het aandeel zonnestroom in de mix``: an uninflected "adjective" right after a measure noun is a noun.

    A Dutch adjective stands before its noun; one after the measure noun with no
    noun of its own to modify is the noun the tagger misread.
    """
    if token.pos_ != "ADJ" or not token.is_alpha or len(token) < 5 or token.lower_.endswith("e"):
        return False
    if morph(token, "Degree") not in ([], ["Pos"]):
        return False  # "het aantal hoger": a comparative
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is None:
        return True
    if following.like_num or in_expression(following):
        return False  # "de koersen gemiddeld 1 procent": an adverb before the figure
    return not (is_noun(following) or following.pos_ == "ADJ" or is_participle(following))


def article_in_name(doc: Doc, start: int) -> bool:
    """``Bond voor de Natuur``: a link word and an article between two capitalised parts of one name."""
    if start < 3 or doc[start - 1].lower_ not in ("de", "het"):
        return False
    if doc[start - 2].lower_ not in ("voor", "van"):
        return False
    return capitalised(doc[start]) and capitalised(doc[start - 3]) and is_noun(doc[start - 3])


def describes_a_company(token: Token) -> bool:
    """``Kunstmestmaker`` in ``Kunstmestmaker OCI``, ``bank`` in ``bank ING``: a descriptor before a name.

    A common noun (lowercase but for a sentence's first letter) whose head says
    what kind of company follows, with a name right after it.
    """
    doc, word = token.doc, token.lower_
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or not capitalised(following) or in_expression(following) or not token.is_alpha:
        return False
    opens = token.i == 0 or token.is_sent_start or doc[token.i - 1].is_punct or doc[token.i - 1].is_space
    first_letter_only = token.text[1:].islower() and (token.is_lower or opens)
    agent = len(word) >= 7 and word.endswith(AGENT_NOUN_ENDINGS)
    return first_letter_only and (word.endswith(COMPANY_DESCRIPTOR_HEADS) or agent)


def says_when(token: Token) -> bool:
    """``Maandag``, ``Vrijdagmiddag``, ``Januari``: a time that opens a clause, never its subject."""
    word = token.lower_
    return word in TIME_WORDS or word.startswith(WEEKDAYS)


def states_figure(token: Token) -> bool:
    """A verb of statistics news (``steeg``, ``sloot``, ``koerste``) in its lowercase finite form."""
    return token.is_lower and token.lower_ in STATISTICS_VERBS


def never_subject(*tokens: Token) -> bool:
    """``sprake`` (``er is sprake van``), ``omlaag``: words read as nouns that are never subjects."""
    return any(token.lower_ in NEVER_SUBJECTS for token in tokens)
