"""A restrictive relative clause on a group: ``de ouders die thuis werken``.

Dutch restricts a group with a relative clause right after its noun, without a
comma: ``Ruim een derde van de huurders die een nieuwe woning zoeken, wacht al
jaren``. The clause opens with ``die`` (after a plural or a common noun) or
``dat`` (after a neuter singular) and, being subordinate, ends in its verbs:
the group runs up to the last verb of that cluster or a comma before it. A
phrase put after the verbs (``die op zoek zijn naar een huis``) is left out unless a
comma before the main verb closes the clause, as
what follows the verbs may as well belong to the main clause; a ``te``-infinitive
there (``die van plan zijn op de PVV te stemmen``) is the clause's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tokens import is_finite_verb, looks_plural, morph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_RELATIVE_CLAUSE = 12  # words from the pronoun to the clause's last verb


def relative_clause_end(doc: Doc, end: int, head: int | None = None) -> int:
    """The end of a group ``doc[:end]`` widened over a restrictive relative clause after it.

    ``de ouders die thuis werken zegt ...`` -> up to ``werken``; ``end`` when
    no relative clause follows, or its verb is not found before a punctuation mark.
    The pronoun agrees with ``head`` (``het aandeel jongeren dat rookt``), by
    default the noun right before it.
    """
    noun = doc[end - 1 if head is None else head] if end >= 1 else None
    if end >= len(doc) or noun is None or not _relative_pronoun(doc[end], noun):
        return end
    limit = min(len(doc), end + MAX_RELATIVE_CLAUSE)
    plural = looks_plural(noun)
    for k in range(end + 1, limit):
        if doc[k].is_punct:
            return end
        if _verb(doc[k]):
            finite = is_finite_verb(doc[k])
            while k + 1 < limit and _in_cluster(doc[k + 1], finite, plural):
                k += 1  # "die vorig jaar hebben gestemd": the clause's verbs, not the main verb after them
                finite = finite or is_finite_verb(doc[k])
            return _to_comma(doc, k + 1) or _past_infinitive(doc, k + 1, limit)
    return end


def _to_comma(doc: Doc, end: int) -> int | None:
    """``de kiezers die twijfelen over hun stem, is ...``: a clause closed by a comma before the main verb."""
    for j in range(end, min(len(doc) - 1, end + 6)):
        if doc[j].text == ",":
            return j if is_finite_verb(doc[j + 1]) else None
        if doc[j].is_punct or is_finite_verb(doc[j]):
            return None
    return None


def _past_infinitive(doc: Doc, end: int, limit: int) -> int:
    """``die van plan zijn op de PVV te stemmen``: a ``te``-infinitive put after the clause's verbs."""
    for j in range(end, min(limit, end + 5)):
        if doc[j].is_punct or is_finite_verb(doc[j]) or doc[j].lower_ == "om":
            return end  # "die NSC kiezen om ... te stemmen": an "om"-clause mostly goes with the main verb
        if doc[j].lower_ == "te" and j + 1 < len(doc) and "Inf" in morph(doc[j + 1], "VerbForm"):
            return j + 2
    return end


def _in_cluster(token: Token, finite: bool, plural: bool) -> bool:
    """A further verb of the clause's cluster: not a second finite verb, nor a singular after a plural group.

    ``de huurders die een huis zoeken zegt``: ``zegt`` agrees with the share,
    not with ``huurders``; it is the main clause's verb.
    """
    if not _verb(token) or (finite and is_finite_verb(token)):
        return False
    return not (plural and is_finite_verb(token) and morph(token, "Number") == ["Sing"])


def _relative_pronoun(token: Token, noun: Token) -> bool:
    """``ouders die``, ``het gezin dat``: a relative pronoun that agrees with the noun before it."""
    if token.lower_ not in ("die", "dat") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if "Rel" not in morph(token, "PronType") and token.pos_ != "SCONJ":
        return False  # a tagger may read the pronoun as the conjunction; a verb after the noun tells
    neuter_singular = morph(noun, "Gender") == ["Neut"] and morph(noun, "Number") != ["Plur"]
    return neuter_singular if token.lower_ == "dat" else not neuter_singular


def _verb(token: Token) -> bool:
    """A verb of the clause's final cluster (``te`` may stand inside it: ``willen te weten``)."""
    return token.pos_ in ("VERB", "AUX")
