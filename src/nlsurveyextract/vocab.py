"""The closed sets of values a result holds, shared by the schema and the stages.

Each is a ``Literal`` type: the schema validates against it and publishes it in
the JSON Schema, and the stages annotate with it without importing pydantic.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["Direction", "Form", "Qualifier", "SubjectMethod", "Unit"]

Unit = Literal["percent", "percentage_point"]
"""``procent``/``%`` give ``percent``; ``procentpunt`` gives ``percentage_point``."""

Qualifier = Literal[
    "exact", "about", "almost", "more_than", "less_than", "at_least", "at_most", "only", "as_many_as"
]
"""What a qualifier word says about the true value: ``bijna`` -> ``almost``,
``ruim``/``meer dan`` -> ``more_than``, ``ongeveer``/``zo'n`` -> ``about``,
``nog geen``/``minder dan`` -> ``less_than``, ``ten minste`` -> ``at_least``,
``hooguit`` -> ``at_most``, ``slechts`` -> ``only``, ``maar liefst`` ->
``as_many_as``. The value itself is never changed by a qualifier."""

Form = Literal["figure", "words", "fraction", "ratio", "vague"]
"""How the proportion is written: ``16%`` (figure), ``zestien procent``
(words), ``een kwart`` (fraction), ``vier op de tien`` (ratio), ``een
meerderheid`` (vague: no number, value is None)."""

Direction = Literal["up", "down"]
"""For changes: ``steeg met 3 procent`` is up, ``daalde 2,3%`` is down."""

SubjectMethod = Literal[
    "of_group",
    "respective_item",
    "change_partner",
    "coordinated_figure",
    "quantified_noun",
    "apposition",
    "clause_subject",
    "fronted_group",
    "context",
    "none",
]
"""How the subject was found: ``dertig procent van de bestuurders`` (of_group),
``Zeven op de tien IT’ers`` (quantified_noun), ``Zwitserland (30 procent)``
(apposition), ``Rotterdam en Amsterdam: respectievelijk 65 en 57 procent``
(respective_item), the first figure of ``van 7 naar 19 procent``
(change_partner), the second of ``86% van de meisjes - en 73% wereldwijd``
(coordinated_figure), ``De AMX daalde 2,3%`` (clause_subject), ``Van de jongeren geeft
57 procent ...`` (fronted_group), or from earlier sentences (context)."""
