"""The spaCy component of the survey stage: the surveys an article reports, on its Doc."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .mentions import SurveyMention, find_surveys

FACTORY = "nlsurveyextract_surveys"
EXTENSION = "nlse_surveys"
"""The Doc extension holding the mentions: ``doc._.nlse_surveys``."""


def register_extension() -> None:
    """Declare ``doc._.nlse_surveys`` once; it is ``None`` until the component has run."""
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


def surveys_of(doc: Doc) -> tuple[SurveyMention, ...] | None:
    """The mentions the component stored on ``doc``, or ``None`` if it did not run."""
    register_extension()
    value = doc._.get(EXTENSION)
    return None if value is None else tuple(value)  # a Doc back from nlp.pipe(n_process=N) holds a list


class SurveyFinder:
    """spaCy component: the surveys of an article as a tuple in ``doc._.nlse_surveys``.

    It reads ``doc.text`` with the stage's own tokens and sentences (the
    attribution phrases need no parse, so ``requires`` is empty), once per
    Doc. The value is a tuple of frozen :class:`SurveyMention` records whose
    spans are character offsets into ``doc.text``; it survives pickling the Doc.
    """

    def __init__(self) -> None:
        register_extension()

    def __call__(self, doc: Doc) -> Doc:
        """Store the article's survey mentions on ``doc``."""
        from ...text.docview import text_of  # the text the Doc was made from, not joined again

        doc._.set(EXTENSION, tuple(find_surveys(text_of(doc))))
        return doc


@Language.factory(FACTORY, assigns=[f"doc._.{EXTENSION}"], requires=[])
def make_survey_finder(nlp: Language, name: str) -> SurveyFinder:
    """Build the component: ``nlp.add_pipe("nlsurveyextract_surveys")``.

    >>> import spacy
    >>> nlp = spacy.blank("nl")
    >>> _ = nlp.add_pipe("nlsurveyextract_surveys")
    >>> doc = nlp("Uit een peiling van Peilbureau Noord onder 1.500 huurders blijkt dat.")
    >>> [(doc.text[slice(*m.conductors[0])], m.sample_size) for m in doc._.nlse_surveys]
    [('Peilbureau Noord', 1500)]
    """
    return SurveyFinder()
