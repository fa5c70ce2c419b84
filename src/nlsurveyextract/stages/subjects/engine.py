"""The subject rules as records in one ordered registry, and the resolution that runs them.

Each :class:`Rule` says which ``subject_method`` it reports, the function that
reads a figure's clause, the annotation it needs (a rule that reads the
parse is skipped on a Doc without one), and the Dutch sentence it exists
for. Its place in :data:`RULES` is its precedence: the first rule that finds
a subject wins, so a rule gives way to every rule before it.

The order runs from the most explicit wording to the least: a group named
with the figure (``van``-phrase, the noun after a quantity, the items of
``respectievelijk``, a bracketed figure's item), then the clause (copula,
colon tail, a measure phrase, the parsed subject, word order), then a fronted group; a
denominator (``18 procent van de omzet``) is the answer only when none of
these found one. What is left is resolved against the discourse: a figure
that continues the one before it, else the group a reader takes from
context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...text.clauses import Clause, Figure, clause_of
from .anaphors import anaphor_cue
from .antecedents import share_in_group_phrase
from .discourse import ContextBasis, Discourse, Found, in_heading
from .rules import (
    apposition,
    bracket_predicate,
    changed_object,
    clause_first_phrase,
    clause_subject,
    cleft,
    colon_tail,
    comparison,
    copular_predicate,
    fronted_group,
    gapped_conjunct,
    headline_subject,
    levy_rate,
    measure_noun,
    middle_field,
    of_group,
    quantified_noun,
    ranked_subject,
    respective_item,
    restated_change,
    subordinate_clause,
    traded_share,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ...schema import SubjectMethod
    from ...text.docview import Offsets
    from ..percentages import PercentExpression

RuleFunction = Callable[[Clause, Figure], "Offsets | None"]


@dataclass(frozen=True)
class Rule:
    """One Dutch construction that names the subject of a figure."""

    name: str
    method: SubjectMethod
    find: RuleFunction
    example: str
    """A sentence the rule exists for; the figure's subject in it is between square brackets."""
    needs: frozenset[str] = frozenset()
    """Annotations the rule reads (``DEP``); without them the rule is skipped."""


PARSE = frozenset({"DEP"})
OWN_GROUP_METHODS = ("of_group", "quantified_noun", "respective_item")
"""Methods that read the figure's group in its own words: no pronoun or partner overrides them."""

RULES: tuple[Rule, ...] = (
    Rule("of_group", "of_group", of_group.of_group, "Veertig procent van [de telers] stopt."),
    Rule(
        "respective_item",
        "respective_item",
        respective_item.respective_item,
        "Gouda en [Edam] halen respectievelijk 48 en 39 procent.",
    ),
    Rule(
        "quantified_noun",
        "quantified_noun",
        quantified_noun.quantified_noun,
        "Zes op de tien [telers] verwacht minder oogst.",
    ),
    Rule(
        "comparison",
        "respective_item",
        comparison.comparison,
        "Huurders wonen vaker klein dan [kopers] (41% versus 12%).",
    ),
    Rule(
        "cleft",
        "clause_subject",
        cleft.cleft,
        "Het zijn vooral [huurders] die verhuizen: 41 procent.",
    ),
    Rule(
        "bracket_predicate",
        "clause_subject",
        bracket_predicate.bracket_predicate,
        "[De gemiddelde bezoeker] is vaker vrouw (58 procent).",
    ),
    Rule(
        "apposition",
        "apposition",
        apposition.apposition,
        "Vooral [de provincie Utrecht] (27 procent) groeit.",
    ),
    Rule(
        "levy_rate",
        "clause_subject",
        levy_rate.levy_rate,
        "De regering voert [importheffingen] van 5 procent in.",
    ),
    Rule(
        "copular_predicate",
        "clause_subject",
        copular_predicate.copular_predicate,
        "Die 2,4 procent is [de gemiddelde loonstijging].",
        PARSE,
    ),
    Rule(
        "colon_tail",
        "clause_subject",
        colon_tail.colon_subject,
        "Het meest tevreden zijn [de tuinders]: 81 procent.",
        PARSE,
    ),
    Rule(
        "changed_object",
        "clause_subject",
        changed_object.changed_object,
        "De gemeente verhoogt [de parkeertarieven] met 15 procent.",
    ),
    Rule(
        "measure_noun",
        "clause_subject",
        measure_noun.measure_noun,
        "[Het aantal banen] nam met 3 procent toe.",
    ),
    Rule(
        "ranked_subject",
        "clause_subject",
        ranked_subject.ranked_subject,
        "De grootste stijger was [Fugro] met een winst van 4 procent.",
    ),
    Rule(
        "relative_subject",
        "clause_subject",
        subordinate_clause.relative_subject,
        "Daarna volgde [de koers van Fugro], die 4 procent won.",
    ),
    Rule(
        "subordinate_subject",
        "clause_subject",
        subordinate_clause.subordinate_subject,
        "De bakkers verhogen hun prijzen omdat [de lonen] met 5 procent stegen.",
    ),
    Rule(
        "clause_subject",
        "clause_subject",
        clause_subject.clause_subject,
        "[De Nederlandse economie] groeide met 2,1 procent.",
        PARSE,
    ),
    Rule(
        "clause_first_phrase",
        "clause_subject",
        clause_first_phrase.clause_first_phrase,
        "[De energieprijzen] stegen vorig jaar met 40 procent.",
    ),
    Rule(
        "headline_subject",
        "clause_subject",
        headline_subject.headline_subject,
        "[Belgische export] groeit 3 procent\n\nDe Belgische economie profiteerde van de vraag.",
    ),
    Rule(
        "traded_share",
        "clause_subject",
        traded_share.traded_share,
        "Op het Damrak won [het aandeel] donderdag 4 procent.",
    ),
    Rule(
        "middle_field",
        "clause_subject",
        middle_field.middle_field,
        "In de horeca liep dit voorjaar opnieuw [de omzet] met 12 procent terug.",
    ),
    Rule(
        "restated_change",
        "change_partner",
        restated_change.restated_change,
        "[Het aantal inbraken] daalde. Het gaat om een afname van 9 procent.",
    ),
    Rule(
        "restated_amount",
        "change_partner",
        restated_change.restated_amount,
        "[De omzet] kwam uit op 41 miljoen euro. Dat is 6 procent meer dan vorig jaar.",
    ),
    Rule(
        "appended_change",
        "change_partner",
        restated_change.appended_change,
        "[Een vat Brent] kost 70 dollar, een daling van 2 procent.",
    ),
    Rule(
        "fronted_group",
        "fronted_group",
        fronted_group.fronted_group,
        "Van [de telers] wil 45 procent stoppen.",
    ),
    Rule(
        "denominator",
        "of_group",
        of_group.denominator,
        "Een kwart van [de omzet] gaat naar huur.",
    ),
)
"""The rules in the order they are tried; the first that finds a subject wins."""


@dataclass(frozen=True)
class SubjectChoice:
    """The resolved subject of one finding, and how it was found."""

    subject: Offsets | None
    method: SubjectMethod
    basis: ContextBasis | None = None
    """For ``context`` subjects: which earlier group was taken (their reliability differs)."""
    antecedent: str | None = None
    """For a subject carried from another figure: how that figure's subject was found."""


def first_match(clause: Clause, figure: Figure) -> tuple[Rule, Offsets] | None:
    """The first rule of :data:`RULES` that finds the subject in the sentence, and the subject.

    A rule that needs an annotation the Doc lacks (a parse) is skipped.
    """
    annotations = {"DEP"} if clause.parsed else set()
    for rule in RULES:
        if rule.needs <= annotations:
            subject = rule.find(clause, figure)
            if subject is not None:
                return rule, subject
    return None


def explicit_subject(clause: Clause, figure: Figure) -> tuple[SubjectMethod, Offsets | None]:
    """How the sentence itself names the subject, and where; ``none`` when it does not."""
    match = first_match(clause, figure)
    return ("none", None) if match is None else (match[0].method, match[1])


def resolve_subject(doc: Doc, expression: PercentExpression, discourse: Discourse) -> SubjectChoice:
    """Choose the subject of one finding: the rules, then the discourse."""
    figure = Figure.of(doc, expression)
    clause = clause_of(figure)
    method, subject = explicit_subject(clause, figure)
    cue = anaphor_cue(clause, figure)
    if cue == "partitive" and method == "fronted_group":
        method, subject = "none", None  # ", waarvan 70 procent ...": the pronoun is the fronted group
    if method == "clause_subject" and share_in_group_phrase(clause, figure):
        method, subject = "none", None  # "en bij 12 procent steeg hij": a share of a group, not of "hij"
    if method == "clause_subject" and restated_change.measure_expected(clause, figure, subject):
        method, subject, cue = "none", None, "measure"  # "Economen rekenden op een daling van 1 procent"
    partner = discourse.partner(expression) or gapped_conjunct.gapped_partner(clause, figure, discourse.last)
    if partner is not None and partner_overrides(partner[0], method):
        carried = discourse.last.method if discourse.last is not None else None
        return SubjectChoice(partner[1], partner[0], antecedent=carried)
    if subject is not None:
        return SubjectChoice(subject, method)
    if in_heading(discourse.text, expression.start):
        found = discourse.headline_antecedent(expression)
        return from_context(found if expression.form != "ratio" else discourse.bare_group(found))
    return from_context(discourse.antecedent(expression.start, cue))


def from_context(found: Found | None) -> SubjectChoice:
    """The choice for an elliptical figure: the antecedent a reader takes, or none."""
    if found is None:
        return SubjectChoice(None, "none")
    return SubjectChoice(found.subject, "context", found.basis, found.method)


def partner_overrides(partner: SubjectMethod, method: SubjectMethod) -> bool:
    """A figure's own group wins over a partner's; a bracketed item wins over a coordination."""
    if method in ("of_group", "quantified_noun", "respective_item"):
        return False
    return partner == "change_partner" or method != "apposition"


def group_end(expression: PercentExpression, choice: SubjectChoice) -> int:
    """Where the figure and the group named with it end: what holds for them follows."""
    if choice.subject is not None and choice.method in ("of_group", "quantified_noun"):
        return max(expression.end, choice.subject[1])
    return expression.end


def resolve_subjects(
    doc: Doc, expressions: list[PercentExpression], discourse: Discourse
) -> tuple[SubjectChoice, ...]:
    """Resolve every figure in text order, each with the discourse the ones before it left.

    Figures in the title and intertitles come last: their group is named below them.
    """
    choices: dict[int, SubjectChoice] = {}
    headline = [i for i, e in enumerate(expressions) if in_heading(discourse.text, e.start)]
    body = [i for i in range(len(expressions)) if i not in headline]
    for index in body + headline:
        expression = expressions[index]
        choice = resolve_subject(doc, expression, discourse)
        if index in body:
            discourse = discourse.remember(expression, choice.subject, choice.method)
        choices[index] = choice
    return tuple(choices[i] for i in range(len(expressions)))
