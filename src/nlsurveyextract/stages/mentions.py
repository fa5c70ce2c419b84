"""The survey mentions of a Doc, for the stages that read them (subjects and linking).

The surveys component stores them on the Doc; a Doc from a pipeline without
that component gets them found from its text, once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from ..text.docview import text_of
from .surveys import SurveyMention, find_surveys, surveys_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

_FOUND: WeakKeyDictionary[Doc, tuple[SurveyMention, ...]] = WeakKeyDictionary()


def survey_mentions(doc: Doc) -> tuple[SurveyMention, ...]:
    """The surveys ``doc`` mentions: the surveys component's, else found once from its text."""
    stored = surveys_of(doc)
    if stored is not None:
        return stored
    found = _FOUND.get(doc)
    if found is None:
        found = _FOUND[doc] = tuple(find_surveys(text_of(doc)))
    return found
