"""The whole extraction as one spaCy component: ``nlp.add_pipe("nlsurveyextract")``.

For users who keep their own Dutch pipeline (the bundled one, or
``nl_core_news_lg``) and want the findings on the Doc, the way clinlp and
negspacy hand over their results::

    nlp = spacy.load("nl_core_news_lg")
    nlp.add_pipe("nlsurveyextract")
    doc = nlp("Slechts zestien procent heeft de technologie volledig geïntegreerd.")
    doc.spans["nlsurveyextract"]      # one span per finding
    doc._.nlse_result                 # the typed ArticleResult

Adding it adds the stages it needs, in the places they must run: the
sentence marks before the parser (a headline without a stop must not run
into the lead) and the percentage finder after it; this component then builds
the result with :func:`nlsurveyextract.pipeline.extract_doc`, the very code
:func:`nlsurveyextract.extract` runs, so both give the same findings. It is
registered through the ``spacy_factories`` entry point: a pipeline saved
with it loads with ``spacy.load`` without importing this package first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .errors import InputError
from .intake.prepare import PreparedText, prepare_text
from .pipeline import add_extraction_pipes, extract_doc, parser_text
from .stages.percentages import SPANS_KEY as PERCENTAGES_KEY
from .stages.percentages import PercentageFinder

if TYPE_CHECKING:
    from .schema import ArticleResult, Finding

FACTORY = "nlsurveyextract"
SPANS_KEY = FACTORY
"""Where the findings go: ``doc.spans["nlsurveyextract"]``, one span per finding."""

DOC_EXTENSIONS = ("nlse_result",)
SPAN_EXTENSIONS = ("nlse_finding", "nlse_subject", "nlse_statement", "nlse_survey")
"""``span._.nlse_subject`` and ``nlse_statement`` are spaCy spans (or None),
``nlse_survey`` the :class:`~nlsurveyextract.schema.Survey` (or None) and
``nlse_finding`` the whole :class:`~nlsurveyextract.schema.Finding`."""

UNREPAIRED_NOTE = (
    "the Doc's text needs repair or has a metadata header; findings point into the text as given. "
    "Run nlsurveyextract.extract(text) for the repaired article"
)


def register_extensions() -> None:
    """Declare this package's Doc and Span extensions once (all ``nlse_``-prefixed)."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in SPAN_EXTENSIONS:
        if not SpacySpan.has_extension(name):
            SpacySpan.set_extension(name, default=None)


def prepared_for(doc: Doc) -> PreparedText:
    """What is known about the Doc's article before NLP: title, date, language warnings.

    The findings must point into the Doc's own text. When repair or a header
    would change that text, the text is kept as given, with a note saying so.
    """
    try:
        prepared = prepare_text(doc.text, "<doc>")
    except InputError:
        return PreparedText(source="<doc>", text=doc.text)
    if parser_text(prepared.text) == parser_text(doc.text):
        return prepared
    return PreparedText(source="<doc>", text=doc.text, warnings=(*prepared.warnings, UNREPAIRED_NOTE))


def doc_span(doc: Doc, start: int, end: int) -> SpacySpan:
    """The spaCy span over characters ``start:end``, widened to whole tokens if needed."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else doc[0:0]


def finding_span(doc: Doc, result: ArticleResult, finding: Finding) -> SpacySpan:
    """The finding's expression as a spaCy span carrying its subject, statement and survey."""
    span = doc_span(doc, finding.span.start, finding.span.end)
    span._.nlse_finding = finding
    span._.nlse_subject = finding.subject and doc_span(doc, finding.subject.start, finding.subject.end)
    span._.nlse_statement = finding.statement and doc_span(
        doc, finding.statement.start, finding.statement.end
    )
    span._.nlse_survey = None if finding.survey is None else result.surveys[finding.survey]
    return span


class SurveyExtractor:
    """Runs the library's stages on a parsed Doc and puts the findings on it."""

    def __init__(self) -> None:
        """Declare the extensions the component writes."""
        register_extensions()
        self.percentages = PercentageFinder()

    def __call__(self, doc: Doc) -> Doc:
        """Find the percentages (unless a finder ran already) and build the result."""
        if PERCENTAGES_KEY not in doc.spans:
            doc = self.percentages(doc)
        result = extract_doc(doc, prepared_for(doc))
        doc._.nlse_result = result
        doc.spans[SPANS_KEY] = [finding_span(doc, result, finding) for finding in result.findings]
        return doc


@Language.factory(
    FACTORY,
    assigns=["doc.spans", "doc._.nlse_result", *(f"span._.{name}" for name in SPAN_EXTENSIONS)],
)
def make_survey_extractor(nlp: Language, name: str) -> SurveyExtractor:
    """Make the component and add the stages it needs to ``nlp``, each once."""
    add_extraction_pipes(nlp)
    return SurveyExtractor()
