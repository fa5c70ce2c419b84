"""The survey mentions of a Doc, for the stages that read them (subjects and linking).

One function, so that reading them from a surveys component on the Doc
instead of finding them here is a change of one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from ..text.docview import text_of
from .surveys import SurveyMention, find_surveys

if TYPE_CHECKING:
    from spacy.tokens import Doc

_FOUND: WeakKeyDictionary[Doc, tuple[SurveyMention, ...]] = WeakKeyDictionary()


def survey_mentions(doc: Doc) -> tuple[SurveyMention, ...]:
    """The surveys ``doc`` mentions, found once per Doc from its text."""
    found = _FOUND.get(doc)
    if found is None:
        found = _FOUND[doc] = tuple(find_surveys(text_of(doc)))
    return found
