"""Which surveys an article reports: who ran them, how many were asked, who, and when.

Dutch news attributes a figure to its source with a handful of fixed phrases:
``Dat blijkt uit een peiling van Peilbureau Noord onder tweeduizend
huurders``, ``uitgevoerd door Kantar in opdracht van de gemeente``, ``volgens het
CBS``, ``Motivaction ondervroeg 1.024 Nederlanders in september``. This
stage finds those phrases in plain text (no parse needed), reads the
organisation names next to them, the sample size and population next to
``onder`` or a respondent noun, and the fieldwork period, and groups the
mentions per survey.

The work is split in three passes over the stage's own token list
(:mod:`.tokens`):

1. *hits* (:mod:`.cues`): each cue phrase with the organisation names it
   points at (:mod:`.names`);
2. *samples* (:mod:`.samples`): each anchored count of people asked
   (``onder 2.100 kiezers``);
3. *surveys* (:mod:`.grouping`, :mod:`.mentions`): hits merged per
   organisation, samples attached to the survey mentioned in (or before)
   their sentence.

All patterns are linear: tokens come from one possessive regular expression
and every look-around is a bounded walk over that token list. The spaCy
component (:mod:`.component`) stores the mentions on the Doc.
"""

from __future__ import annotations

from .component import EXTENSION, FACTORY, SurveyFinder, make_survey_finder, surveys_of
from .mentions import SurveyMention, find_surveys

__all__ = [
    "EXTENSION",
    "FACTORY",
    "SurveyFinder",
    "SurveyMention",
    "find_surveys",
    "make_survey_finder",
    "surveys_of",
]
