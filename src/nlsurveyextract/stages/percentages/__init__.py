"""Find every percentage claim in Dutch news text, and a spaCy component around it.

A claim is a share of a group, a rate or a change (see the corpus guidelines):
``16 procent``, ``zestien procent``, ``een derde``, ``vier op de tien``,
``tussen de 20 en 30 procent``, ``steeg met 3 procent``, ``bijna de helft
(49 procent)`` and vague ``een meerderheid``. Everything here works on plain
text, before any parsing, so a pipeline can parse only the sentences that hold
a finding. The patterns (:mod:`.patterns`) are built from the tables in
:mod:`nlsurveyextract.lexicon`.

The steps, each a small pure function:

1. core expressions (:mod:`.expressions`: figures, bare numbers in a series
   that ends in a figure, fractions, ratios, vague quantifiers), each with its
   qualifier, minus what only looks like a claim (:mod:`.filters`);
2. the longest expression wins where two overlap (:mod:`.joining`);
3. ``20 tot 30 procent`` and ``tussen de helft en driekwart`` become ranges;
4. a claim written twice (``Bijna de helft (49 procent)``) becomes one finding;
5. the direction of a change (``daalde met 3 procent``) is read from its
   context (:mod:`.directions`).
"""

from __future__ import annotations

from .component import EXTENSION, FACTORY, SPANS_KEY, PercentageFinder, make_percentage_finder
from .expressions import PercentExpression
from .finder import find_percentages

__all__ = [
    "EXTENSION",
    "FACTORY",
    "SPANS_KEY",
    "PercentExpression",
    "PercentageFinder",
    "find_percentages",
    "make_percentage_finder",
]
