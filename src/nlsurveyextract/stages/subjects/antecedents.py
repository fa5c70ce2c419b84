"""The groups and measures a Dutch text names: what an elliptical figure or a pronoun can refer to.

A reader resolves ``Slechts twaalf procent geeft aan ...`` to the group the
sentences before it made the topic, and that is a group *named in the text*,
not the subject some earlier figure was given: ``Van de huurders betaalt 35
procent te veel. Huiseigenaren hebben het beter. Slechts 12 procent ...``
is about the house owners. So the candidates are read from the text itself:

* plural nouns for people or organisations in subject position, of any
  clause (``Ook apothekers klagen over de werkdruk``);
* the object of a ``van``/``onder``/``bij``/``voor`` phrase
  (``Onder boeren groeit de onvrede``);
* the noun of a count (``zochten 4000 jongeren hulp``), which the parser
  often hangs anywhere but which ``Van hen`` and ``Daarvan`` refer back to.

Measures (``het aantal inbraken``, ``de inflatie``) are what ``dat``/``het``
restates in ``Dit jaar is dat 7 procent``; those come from the figures'
clauses, see :mod:`~nlsurveyextract.stages.subjects.discourse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ...lexicon.grammar import (
    ANAPHOR_PREPOSITIONS,
    NON_GROUP_HEADS,
    PEOPLE_NOUN_ENDINGS,
    PEOPLE_NOUNS_ALSO_VERBS,
    PERSON_SUFFIXES,
    REPORTING_NOUNS,
    RESTRICTING_PREPOSITIONS,
)
from ...lexicon.quantities import MEASURE_WORDS
from ...text.clauses import SUBJECT_DEPS
from ...text.docview import Offsets, char_offsets, has_annotation
from ...text.phrases import MAX_NOUN_PHRASE, phrase_of_head, phrase_start, restricted
from ...text.prefield import relative_to_comma
from ...text.tokens import (
    capitalised,
    clearly_people,
    is_finite_verb,
    is_group_head,
    is_noun,
    is_number,
    is_participle,
    looks_plural,
    morph,
    names_people_or_organisations,
    verb_form_as_people,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ...text.clauses import Clause, Figure

UNIT_NOUNS = MEASURE_WORDS - {"landen"}
"""``op 567 punten``, ``na 90 minuten``: a unit is never a group (countries are)."""
HEADING_MAX = 80
"""Characters; a line this short without a closing stop is a heading (title or intertitle)."""


def names_group(token: Token) -> bool:
    """A plural noun for people or organisations, not a reporting word: a group a figure is a share of."""
    return (
        (token.pos_ in ("NOUN", "PROPN", "ADJ") or clearly_people(token) or verb_form_as_people(token))
        and looks_plural(token)
        and token.lower_ not in REPORTING_NOUNS
        and token.lower_ not in UNIT_NOUNS
        and names_people_or_organisations(token)
        and is_group_head(token)
        and not singular_subject(token)
        and not singular_noun(token)
    )


def singular_noun(token: Token) -> bool:
    """``een reden``, ``een tijd``: a noun with the article ``een`` is singular, whatever its ending."""
    return any(child.dep_ == "det" and child.lower_ == "een" for child in token.children)


def singular_subject(token: Token) -> bool:
    """``PVV-leider Wilders sprak ...``: a subject whose finite verb is singular names no group.

    A Dutch finite verb agrees in number with its subject, so a plural-looking
    name (``Wilders``, ``Peters``) or a misread noun before ``zegt`` or
    ``heeft`` is one person or thing.
    """
    if token.dep_ not in SUBJECT_DEPS or any(child.dep_ == "case" for child in token.children):
        return False  # "onder de oudere Nederlanders blijft ...": a prepositional group, misparsed
    head = token.head
    verbs = [head, *(child for child in head.children if child.dep_ in ("aux", "cop"))]
    numbers = {number for verb in verbs if is_finite_verb(verb) for number in morph(verb, "Number")}
    return numbers == {"Sing"}


COLLECTIVE_PEOPLE = frozenset({"personeel", "publiek", "kiezersvolk", "volk"})
"""Singular nouns for a group of people: ``Helft personeel wil thuiswerken``."""


def words_name_people(words: str) -> bool:
    """Whether a group's words name people or organisations (``de NSC-kiezers``, ``het personeel``).

    A figure's group is carried beyond its sentence only when it does: what a
    later elliptical figure (``Een derde wil ...``) counts is people, and a
    misread group (``wacht`` in ``Een derde wacht``) is not passed on.
    """
    for word in regex.findall(r"[\w'’-]+", words.lower()):
        if word.endswith(PERSON_SUFFIXES) or word.endswith(PEOPLE_NOUN_ENDINGS):
            return True
        if word in PEOPLE_NOUNS_ALSO_VERBS or word.rsplit("-", 1)[-1] in COLLECTIVE_PEOPLE:
            return True
    return False


def main_subject(token: Token) -> bool:
    """The subject of a main clause: ``Veel gemeenten kampen met tekorten``."""
    parsed = token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ROOT" and token.pos_ == "NOUN"
    return parsed or first_subject(token) or inverted_subject(token)


def first_subject(token: Token) -> bool:
    """``Jonge automobilisten rijden ...``: a subject that opens its sentence is a main clause's.

    A Dutch subordinate clause opens with its conjunction, so a subject with
    only its determiner and adjectives before it is the main clause's, even
    where the parser hung it on a misread verb.
    """
    before = token.doc[token.sent.start : token.i]
    return token.dep_ in SUBJECT_DEPS and all(t.pos_ in ("DET", "ADJ") for t in before) and len(before) <= 3


def inverted_subject(token: Token) -> bool:
    """``Over de huisarts klagen vooral ouderen``: a plural right after a fronted phrase and its verb.

    In a Dutch main clause that opens with another phrase, the subject
    follows the finite verb (and any adverbs); with a plural verb and no
    subject before it, a plural for people there is the subject, whatever
    the parser made of it.
    """
    doc, sentence = token.doc, token.sent
    clause_verbs = ("ROOT", "cop", "aux")
    verbs = [t for t in doc[sentence.start : token.i] if is_finite_verb(t) and t.dep_ in clause_verbs]
    if not verbs or "Plur" not in morph(verbs[0], "Number") or verbs[0].i == sentence.start:
        return False
    verb = verbs[0]
    if any(t.dep_ in SUBJECT_DEPS for t in doc[sentence.start : verb.i]):
        return False
    between = doc[verb.i + 1 : token.i]
    modifiers_only = all(t.pos_ in ("ADV", "DET", "ADJ") for t in between) and len(between) <= 3
    return clearly_people(token) and modifiers_only


def in_group_position(token: Token) -> bool:
    """The subject of any clause, or the object of ``van``/``onder``/``bij``/``voor``.

    Outside a main clause's subject the noun must name people unmistakably
    (``huizenbezitters``, ``jongeren``): ``graden`` and ``punten`` end like
    ``studenten`` but are no group.
    """
    if inverted_subject(token):
        return True
    if main_subject(token):  # "Jongeren zijn somberder": the tagger may give a plural no number
        return "Plur" in morph(token, "Number") or clearly_people(token)
    if after_count(token):
        return True
    people = clearly_people(token) or token.lower_.endswith(PEOPLE_NOUN_ENDINGS) or verb_form_as_people(token)
    if not people:
        return False
    if token.dep_ in SUBJECT_DEPS or misparsed_first_noun(token):
        return True
    return any(child.dep_ == "case" and child.lower_ in ANAPHOR_PREPOSITIONS for child in token.children)


def misparsed_first_noun(token: Token) -> bool:
    """A noun the parser made the root, first in its sentence: ``Vooral zzp'ers rijden ...`` (the subject)."""
    return token.dep_ == "ROOT" and token.i - token.sent.start <= 1


def after_count(token: Token) -> bool:
    """``4000 jongeren``, ``ruim 12.000 mantelzorgers``: the noun right after a number."""
    return token.i > 0 and is_number(token.doc[token.i - 1]) and token.doc[token.i - 1].pos_ != "NOUN"


def named_groups(doc: Doc) -> list[tuple[Offsets, bool]]:
    """The groups the text names, in text order, and whether each is a main clause's subject.

    The phrase runs from its determiner and adjectives (by word order, not
    over a number: ``4000 jongeren`` gives ``jongeren``) to the end of the
    short phrase that narrows it (``studenten met een bijbaan``).
    """
    if not has_annotation(doc, "DEP"):
        return []
    groups = []
    for token in doc:
        if names_group(token) and in_group_position(token) and not holds_people(token):
            start, end = group_start(token), token.i + 1
            if narrows(token):  # by the parse, or by a met/zonder/uit/van phrase the parse hung elsewhere
                end = before_name(token, max(phrase_of_head(token)[1], restricted(doc, (start, end))[1]))
            if first_subject(token):
                end = relative_clause_end(doc, end)
            groups.append((char_offsets(doc, (start, end)), main_subject(token)))
    return groups


def counted_sets(doc: Doc) -> list[Offsets]:
    """``900 schepen``, ``52.000 gestolen auto's``: sets of things counted, which ``Daarvan`` may split.

    ``Er kwamen 900 schepen aan. Daarvan voer twee derde ...``: a partitive
    pronoun refers to the last set counted, of people or things alike. A
    unit or measure after the number (``3 miljoen euro``, ``12 jaar``) is no set.
    """
    sets = []
    for token in doc:
        if not is_number(token) or token.pos_ == "NOUN" or token.i + 1 >= len(doc):
            continue
        j = token.i + 1
        if j + 1 < len(doc) and doc[j].lower_ in ("duizend", "miljoen", "miljard"):
            j += 1  # "1,2 miljoen zzp'ers"
        start = j
        while j + 1 < len(doc) and doc[j].pos_ in ("ADJ", "VERB") and doc[j].is_lower:
            j += 1  # "52.000 gestolen auto's"
        noun = doc[j]
        if noun.pos_ == "NOUN" and looks_plural(noun) and noun.lower_ not in MEASURE_WORDS | NON_GROUP_HEADS:
            sets.append(char_offsets(doc, (start, j + 1)))
    return sets


def before_name(head: Token, end: int) -> int:
    """``CDA'ers Dries van Agt (1977)``: a plural group stops before a name or a bracket after it.

    A plural names a group; the names after it are its members, not a part
    that narrows it, and a bracket opens an aside.
    """
    doc = head.doc
    for k in range(head.i + 1, end):
        if doc[k].text == "(" or (k == head.i + 1 and doc[k].pos_ == "PROPN" and capitalised(doc[k])):
            return k
    return end


def relative_clause_end(doc: Doc, end: int) -> int:
    """``De mensen die wel hebben gestemd, hebben ...``: an opening subject runs over its relative clause.

    What stands before the finite verb of a main clause is one constituent,
    so a relative clause closed by a comma right before that verb restricts
    the group (:func:`~nlsurveyextract.text.prefield.relative_to_comma`).
    """
    limit = min(len(doc), end + MAX_NOUN_PHRASE)
    comma = next((k for k in range(end + 1, limit) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= len(doc) or not is_finite_verb(doc[comma + 1]):
        return end
    relative = relative_to_comma(doc, end, comma + 2)
    return end if relative is None else relative


def holds_people(head: Token) -> bool:
    """A noun that is no person itself, of a group of people: ``de klachten van treinreizigers``.

    What such a subject says is about the people inside it (``Toch blijven de
    zorgen van ouders groot. Een derde ...``): the people are the topic, and
    they are named as a group of their own.
    """
    if clearly_people(head):
        return False
    return any(
        child.dep_ == "nmod"
        and child.i > head.i
        and clearly_people(child)
        and any(case.dep_ == "case" and case.lower_ == "van" for case in child.lefts)
        for child in head.rights
    )


def narrows(head: Token) -> bool:
    """Whether the phrase after ``head`` may narrow the group: not after a misparsed root.

    After a count only ``met``/``zonder``/``uit``/``van`` narrows (``2400 mensen
    met long covid``); ``3000 woningzoekenden op de wachtlijst`` says where they are.
    """
    if head.dep_ == "ROOT":
        return False
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return not after_count(head) or (following is not None and following.lower_ in RESTRICTING_PREPOSITIONS)


def group_start(head: Token) -> int:
    """The first word of the group ``head`` names: after any preposition or other noun before it.

    ``Van de kiezers`` gives ``de kiezers``; ``het aandeel zware kinderen`` gives ``zware kinderen``.
    """
    doc = head.doc
    start = phrase_start(doc, head.i, head.i + 1)
    nouns = [t.i for t in doc[start : head.i] if t.pos_ == "NOUN" and t.dep_ != "compound"]
    start = max([start, *(i + 1 for i in nouns)])
    while start < head.i and not_in_group(doc[start]):
        start += 1
    return start


def not_in_group(token: Token) -> bool:
    """A word that opens no group: a preposition, adverb, number or verb (``zijn ouders`` after a PP)."""
    if token.pos_ == "VERB":
        return not is_participle(token)
    if token.lower_ == "zijn" and token.i > 0 and is_noun(token.doc[token.i - 1]):
        return True  # "Over het onderwijs zijn ouders kritisch": the verb, not "his"
    return token.pos_ in ("ADP", "ADV", "SCONJ", "NUM", "AUX")


def is_heading(line: str) -> bool:
    """A short line without a closing stop: the title or an intertitle (``Jongeren somberder``)."""
    stripped = line.strip()
    return 0 < len(stripped) <= HEADING_MAX and stripped[-1] not in ".!?:;\"'”’)"


LIST_MARKS = frozenset("-–—•*·")
"""Marks that open a list item: a short line after one is no intertitle."""


def paragraph_start(text: str, position: int) -> int:
    """Where the paragraph of ``position`` starts: its line, or the sentence that introduces its list.

    ``Van de ondervraagden:`` over lines ``- 40 procent werkt thuis``, ``- 25
    procent ...``: the items of a list continue the line that ends in a
    colon above them, so a reader carries its group into every item.
    """
    start = text.rfind("\n", 0, position) + 1
    line = start
    while line > 0 and text[line:position].lstrip()[:1] in LIST_MARKS:
        above = text.rfind("\n", 0, line - 1) + 1
        previous = text[above : line - 1].strip()
        if not previous:
            return start  # a blank line: the list stands on its own
        if previous.endswith(":"):
            return above
        if previous[:1] not in LIST_MARKS:
            return start
        line = above
    return start


def heading_starts(text: str) -> list[int]:
    """Where each heading line of ``text`` starts: a reader does not carry a group across one.

    A list item (``- 40 procent werkt thuis``) is short and has no stop, but no heading.
    """
    starts, position = [], 0
    for line in text.split("\n"):
        if is_heading(line) and line.lstrip()[:1] not in LIST_MARKS:
            starts.append(position)
        position += len(line) + 1
    return starts


SHARE_PREPOSITIONS = frozenset({"bij", "onder"})
"""``bij 12 procent``: a figure after these counts a share of a group, not a rate of the clause."""


def share_in_group_phrase(clause: Clause, figure: Figure) -> bool:
    """``... en bij 12 procent steeg hij zelfs``: the figure is the object of ``bij``/``onder``.

    ``Bij 20 procent hebben beide partners een eigen rekening`` counts a
    share of the group the text is about (``bij 20 procent van de stellen``);
    the clause's subject (``hij``, ``beide partners``) is not what the figure
    measures, so the group comes from the context.
    """
    doc, first = clause.doc, figure.span.start
    if first == 0 or doc[first - 1].lower_ not in SHARE_PREPOSITIONS:
        return False
    after = figure.span.end
    return not (after < len(doc) and doc[after].lower_ == "van")
