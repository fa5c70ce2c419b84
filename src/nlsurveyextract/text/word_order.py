"""Subjects by Dutch word order where the parse is unreliable: subordinate and relative clauses.

A Dutch subordinate clause puts its subject right after the conjunction and
its finite verb last (``Het bureau meldt dat het aantal banen met 1 procent is
gegroeid``); a relative pronoun after a comma is the subject of its clause
when no other phrase stands before the figure (``ASML, dat 4 procent won``),
and stands for the phrase before the comma. A trained parser often hangs
such a figure on the main clause; these functions read the order of the
words instead, and the rules let the parse and word order vote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.function_words import DUTCH_FUNCTION_WORDS
from ..lexicon.grammar import (
    COORDINATORS,
    DETERMINERS,
    FRONTED_ADVERBS,
    SUBJECT_FIRST_CONJUNCTIONS,
    TAGGED_CONJUNCTIONS,
)
from .docview import window_start
from .measures import measure_phrase
from .phrases import next_word, noun_phrase_after, noun_phrase_before, restricted
from .tokens import (
    capitalised,
    describes_a_company,
    is_figure,
    is_finite_verb,
    is_group_head,
    morph,
    says_when,
    states_figure,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

RELATIVE_PRONOUNS = frozenset({"die", "dat"})


def opens_subordinate_clause(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a conjunction that opens a subordinate clause (``omdat``, ``dat``)."""
    word = doc[k].lower_
    return word in SUBJECT_FIRST_CONJUNCTIONS or (word in TAGGED_CONJUNCTIONS and doc[k].pos_ == "SCONJ")


def subordinate_subject(doc: Doc, first: int, limit: int, *, aside: bool = False) -> tuple[int, int] | None:
    """``..., omdat de lonen met 5 procent stegen`` -> ``de lonen``: the subject after the conjunction.

    The nearest conjunction between ``first`` and the figure at ``limit``;
    after it at most adverbs, then a determiner-led phrase or a name (a
    measure with its complements, a group with what narrows it, ``die van
    droge bulk``). A coordination after the phrase (``dat de winst daalde en
    de omzet ...``) starts another clause: no answer. With ``aside``, the
    phrase may be followed by a verbless aside between commas (``dat de
    omzet, gecorrigeerd voor valuta, met 2 procent steeg``).
    """
    conjunction = next((k for k in range(limit - 1, first - 1, -1) if opens_subordinate_clause(doc, k)), None)
    if conjunction is None:
        return None
    k = next_word(doc, conjunction + 1)
    while k < limit and doc[k].pos_ == "ADV" and doc[k].lower_ not in DETERMINERS:
        k = next_word(doc, k + 1)
    phrase = opening_phrase(doc, k, limit)
    if phrase is None:
        return None
    rest = _past_aside(doc, phrase[1], limit) if aside else phrase[1]
    if rest is None or any(t.lower_ in COORDINATORS or t.text == "," for t in doc[rest:limit]):
        return None
    return phrase


def _past_aside(doc: Doc, k: int, limit: int) -> int | None:
    """Where the clause goes on after ``, gecorrigeerd voor valuta,``: an aside without a finite verb.

    The phrase may run on to the aside (``de omzet op eigen kracht, ...``).
    """
    opening = next((j for j in range(k, limit) if doc[j].text == ","), None)
    if opening is None or any(is_finite_verb(t) or _links_clauses(t) for t in doc[k:opening]):
        return None
    k = opening
    close = next((j for j in range(k + 1, limit) if doc[j].text == ","), None)
    if close is None or any(is_finite_verb(t) or _links_clauses(t) for t in doc[k + 1 : close]):
        return None
    return close + 1


def _links_clauses(token: Token) -> bool:
    """A coordinator, but not the ``en`` of ``paas- en boekhoudeffecten`` (a shared compound head)."""
    shared_head = token.i > 0 and token.doc[token.i - 1].text.endswith("-")
    return token.lower_ in COORDINATORS and not shared_head


def opening_phrase(doc: Doc, k: int, limit: int) -> tuple[int, int] | None:
    """The subject-like phrase at ``k`` that ends before ``limit``: a measure, a group or a name."""
    if k + 2 < limit and doc[k].lower_ in RELATIVE_PRONOUNS and doc[k + 1].lower_ == "van":
        after = noun_phrase_after(doc, k + 2)  # "terwijl die van droge bulk met 2 procent steeg"
        return (k, after[1]) if after is not None and after[1] <= limit else None
    phrase = measure_phrase(doc, k, limit)
    if phrase is not None:
        return phrase
    named = name_after_descriptor(doc, k, limit)
    if named is not None:
        return named
    phrase = noun_phrase_after(doc, k) if k < limit else None
    if phrase is None or phrase[1] > limit or not is_group_head(doc[phrase[1] - 1]):
        return None
    if doc[k].lower_ not in DETERMINERS and doc[k].pos_ != "PROPN":
        return None  # a bare noun or a pronoun: the parse or the discourse answers
    narrowed = restricted(doc, phrase)
    return narrowed if narrowed[1] <= limit else phrase


def name_after_descriptor(doc: Doc, k: int, limit: int) -> tuple[int, int] | None:
    """``terwijl oliebedrijven BP en Total ...`` -> ``BP en Total``: a lowercase descriptor, then names.

    A bare noun that says what the names after it are (whatever its tag: the
    tagger reads ``oliebedrijven`` as a verb) opens the subject; the names are it.
    """
    if (
        k + 1 >= limit
        or not (doc[k].is_lower and doc[k].is_alpha)
        or doc[k].pos_ in ("ADP", "DET", "PRON", "ADV")
    ):
        return None
    if doc[k].lower_ in DUTCH_FUNCTION_WORDS or doc[k + 1].pos_ not in ("PROPN", "NOUN"):
        return None  # not "dat kleine Nederlandse bedrijven": an adjective, not a name
    if doc[k + 1].pos_ != "PROPN":  # "branchegenoot Heineken": a name the tagger read as a noun
        end = capitalised_run(doc, k + 1, limit)
        return None if end is None else (k + 1, end)
    phrase = noun_phrase_after(doc, k + 1)
    return phrase if phrase is not None and phrase[1] <= limit else None


def relative_antecedent(doc: Doc, first: int, limit: int) -> tuple[int, int] | None:
    """``De werkloosheid, die in mei 3,5 procent bedroeg, ...`` -> ``De werkloosheid``.

    The clause at ``first`` opens with ``die``/``dat`` after a comma, and only
    adverbs and prepositional phrases stand between it and the figure: the
    pronoun is the subject, and it stands for the phrase before the comma (the
    first phrase of that clause when it runs to the comma, else the noun
    phrase that ends there). ``die`` takes a common noun, ``dat`` a neuter one or a name.
    """
    pronoun = next_word(doc, first)
    if pronoun < 1 or doc[pronoun].lower_ not in RELATIVE_PRONOUNS or doc[pronoun - 1].text != ",":
        return None
    if not _only_adverbials(doc, pronoun + 1, limit):
        return None
    comma = pronoun - 1
    antecedent = _phrase_ending_at(doc, comma)
    if antecedent is None or not _agrees(doc, doc[pronoun].lower_, antecedent):
        return None
    return antecedent


def _only_adverbials(doc: Doc, k: int, limit: int) -> bool:
    """Whether ``doc[k:limit]`` holds only adverbs and prepositional phrases (``in mei nog``)."""
    while k < limit:
        token = doc[k]
        if token.is_space or token.pos_ == "ADV" or (token.pos_ == "ADJ" and k + 1 == limit):
            k += 1  # "in mei nog", "gemiddeld" before the figure
        elif token.pos_ == "ADP":
            phrase = noun_phrase_after(doc, k + 1)
            k = phrase[1] if phrase is not None else k + 2
        else:
            return False
    return k == limit


def _phrase_ending_at(doc: Doc, comma: int) -> tuple[int, int] | None:
    """The longest phrase of the clause before the comma that runs to it, else the noun phrase before it.

    ``Daarna volgde de koers van Fugro, die ...`` -> ``de koers van Fugro``.
    """
    floor = window_start(doc, comma)
    start = next((k + 1 for k in range(comma - 1, floor - 1, -1) if doc[k].text in (",", ";", ":")), floor)
    for k in range(start, comma):
        phrase = opening_phrase(doc, k, comma)
        if phrase is not None and phrase[1] == comma and not _has_figure(doc, phrase):
            return phrase
    before = noun_phrase_before(doc, comma)
    return None if before is None or _has_figure(doc, before) else before


def _has_figure(doc: Doc, phrase: tuple[int, int]) -> bool:
    return any(is_figure(t) for t in doc[phrase[0] : phrase[1]])


def _agrees(doc: Doc, pronoun: str, phrase: tuple[int, int]) -> bool:
    """``die`` with a common noun or a plural, ``dat`` with a neuter noun or a name (ANS)."""
    head = doc[phrase[1] - 1]
    if head.pos_ == "PROPN":
        return True
    gender, number = morph(head, "Gender"), morph(head, "Number")
    if pronoun == "dat":
        return gender != ["Com"] and number != ["Plur"]
    return not (gender == ["Neut"] and number == ["Sing"])


def name_before_verb(doc: Doc, first: int, limit: int, *, verb_only: bool = False) -> tuple[int, int] | None:
    """``Frankfurt zakte 0,5 procent``, ``Global Payments ging 4 procent omhoog``: a name by V2 order.

    Capitalised words open the clause, the finite verb follows, and nothing
    after the verb could be the subject (no article, no capital before the
    figure): the words before the verb are its subject, however they were tagged.
    ``verb_only``: the verb is enough (a first conjunct: ``Boeing meldde winst en steeg ...``).
    """
    opener = doc[first] if first < limit else None
    if opener is None or opener.lower_ in DUTCH_FUNCTION_WORDS or opener.lower_.startswith(FRONTED_ADVERBS):
        return None
    if says_when(opener) or opener.pos_ in ("DET", "PRON", "ADP", "SCONJ", "CCONJ", "NUM"):
        return None
    end = capitalised_run(doc, first, limit)
    if end is None or end >= limit or not (is_finite_verb(doc[end]) or states_figure(doc[end])):
        return None
    after = doc[end + 1 : limit]
    if not verb_only and any(t.lower_ in DETERMINERS or capitalised(t) or is_group_head(t) for t in after):
        return None
    return first, end


def capitalised_run(doc: Doc, k: int, limit: int) -> int | None:
    """End of the capitalised words at ``k`` (``Thomas Cook``, ``S&P 500``), at most four; None if none."""
    end = k
    while end < limit and end - k < 4 and _name_part(doc, end, k):
        end += 1
    return end if end > k else None


def _name_part(doc: Doc, i: int, start: int) -> bool:
    token = doc[i]
    if i > start and token.is_digit and len(token) <= 3:
        return True  # "FTSE 100"
    return capitalised(token) and not is_figure(token) and token.lower_ not in DUTCH_FUNCTION_WORDS


def name_before_comma(doc: Doc, first: int, limit: int) -> tuple[int, int] | None:
    """``Bierbrouwer Heineken, die ...``: a name (after a descriptor) that runs to a comma, however tagged."""
    k = first + 1 if first < limit and describes_a_company(doc[first]) else first
    end = capitalised_run(doc, k, limit)
    if end is None or end >= limit or doc[end].text != "," or doc[first].lower_ in DUTCH_FUNCTION_WORDS:
        return None
    return k, end
