"""The spaCy component around :func:`find_percentages`: claims as spans on the Doc."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .finder import find_percentages

FACTORY = "nlsurveyextract_percentages"
SPANS_KEY = FACTORY
"""Where the component puts its spans: ``doc.spans[SPANS_KEY]``."""
EXTENSION = "nlse_percentage"
"""The span extension that holds each span's :class:`PercentExpression`."""


class PercentageFinder:
    """spaCy component: percentage claims as spans in ``doc.spans[spans_key]``.

    It needs no parse or tagger (it reads ``doc.text``; ``requires`` is
    empty), so it runs on ``spacy.blank("nl")`` as well as on a trained
    Dutch pipeline. Each span
    carries its :class:`PercentExpression` in ``span._.nlse_percentage``.
    """

    def __init__(self, spans_key: str = SPANS_KEY) -> None:
        self.spans_key = spans_key
        if not Span.has_extension(EXTENSION):
            Span.set_extension(EXTENSION, default=None)

    def __call__(self, doc: Doc) -> Doc:
        """Store one span per finding; a span covers whole tokens around the quote."""
        from ...text.docview import text_of  # the text the Doc was made from, not joined again

        spans: list[Span] = []
        for e in find_percentages(text_of(doc)):
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is not None:
                span._.set(EXTENSION, e)
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    FACTORY,
    default_config={"spans_key": SPANS_KEY},
    assigns=["doc.spans", f"span._.{EXTENSION}"],
    requires=[],
)
def make_percentage_finder(nlp: Language, name: str, spans_key: str) -> PercentageFinder:
    """Build the component: ``nlp.add_pipe("nlsurveyextract_percentages")``."""
    return PercentageFinder(spans_key)
