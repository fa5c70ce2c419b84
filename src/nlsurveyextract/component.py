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

The result is stored once, as JSON in ``doc.user_data``, so it travels with
``Doc.to_bytes``; the ``nlse_`` extensions are getters that read it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .errors import InputError
from .intake.prepare import PreparedText, prepare_text
from .pipeline import add_extraction_pipes, extract_doc, parser_text

if TYPE_CHECKING:
    from .schema import ArticleResult, Finding, Survey

FACTORY = "nlsurveyextract"
SPANS_KEY = FACTORY
"""Where the findings go: ``doc.spans["nlsurveyextract"]``, one span per finding."""

RESULT_KEY = "nlsurveyextract_result"
"""``doc.user_data`` key of the result as JSON, which ``Doc.to_bytes`` and
``DocBin`` keep (and ``nlp.pipe(n_process=...)`` sends back from its workers);
the extensions below read it."""

SPAN_EXTENSIONS = ("nlse_finding", "nlse_subject", "nlse_statement", "nlse_survey")
"""``span._.nlse_subject`` and ``nlse_statement`` are spaCy spans (or None),
``nlse_survey`` the :class:`~nlsurveyextract.schema.Survey` (or None) and
``nlse_finding`` the whole :class:`~nlsurveyextract.schema.Finding`."""

UNREPAIRED_NOTE = (
    "the Doc's text needs repair or has a metadata header; findings point into the text as given. "
    "Run nlsurveyextract.extract(text) for the repaired article"
)


def doc_result(doc: Doc) -> ArticleResult | None:
    """``doc._.nlse_result``: the typed result this component stored, or None."""
    from .schema import ArticleResult

    stored = doc.user_data.get(RESULT_KEY)
    return None if stored is None else ArticleResult.model_validate_json(stored)


def span_finding(span: SpacySpan) -> Finding | None:
    """``span._.nlse_finding``: the finding whose expression this span covers."""
    result = doc_result(span.doc)
    if result is None:
        return None
    inside = (f for f in result.findings if span.start_char <= f.span.start and f.span.end <= span.end_char)
    return next(inside, None)


def span_part(span: SpacySpan, part: str) -> SpacySpan | None:
    """The subject or statement of the span's finding, as a spaCy span of the same Doc."""
    finding = span_finding(span)
    offsets = None if finding is None else getattr(finding, part)
    return None if offsets is None else doc_span(span.doc, offsets.start, offsets.end)


def span_survey(span: SpacySpan) -> Survey | None:
    """``span._.nlse_survey``: the survey the span's finding comes from, or None."""
    result, finding = doc_result(span.doc), span_finding(span)
    if result is None or finding is None or finding.survey is None:
        return None
    return result.surveys[finding.survey]


def register_extensions() -> None:
    """Declare this package's Doc and Span extensions once (all ``nlse_``-prefixed getters)."""
    if not Doc.has_extension("nlse_result"):
        Doc.set_extension("nlse_result", getter=doc_result)
    getters = {
        "nlse_finding": span_finding,
        "nlse_subject": lambda span: span_part(span, "subject"),
        "nlse_statement": lambda span: span_part(span, "statement"),
        "nlse_survey": span_survey,
    }
    for name, getter in getters.items():
        if not SpacySpan.has_extension(name):
            SpacySpan.set_extension(name, getter=getter)


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


def drop_working_caches(doc: Doc) -> None:
    """Remove what the stages cached on the Doc while reading it (``nlsurveyextract_*`` keys).

    A finished Doc carries the result, not the stages' scratch values (sets
    of token indices, a copy of the text), which ``Doc.to_bytes`` cannot store.
    """
    for key in [key for key in doc.user_data if isinstance(key, str) and key.startswith("nlsurveyextract_")]:
        del doc.user_data[key]


class SurveyExtractor:
    """Runs the library's stages on a parsed Doc and puts the findings on it."""

    def __init__(self) -> None:
        """Declare the extensions the component reads its result through."""
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Build the result from what the stages before it found, and store it on the Doc."""
        result = extract_doc(doc, prepared_for(doc))
        drop_working_caches(doc)
        doc.user_data[RESULT_KEY] = result.model_dump_json()
        doc.spans[SPANS_KEY] = [doc_span(doc, f.span.start, f.span.end) for f in result.findings]
        return doc


@Language.factory(
    FACTORY,
    assigns=["doc.spans", "doc._.nlse_result", *(f"span._.{name}" for name in SPAN_EXTENSIONS)],
)
def make_survey_extractor(nlp: Language, name: str) -> SurveyExtractor:
    """Make the component and add the stages it needs to ``nlp``, each once."""
    add_extraction_pipes(nlp)
    return SurveyExtractor()
