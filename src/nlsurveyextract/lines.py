"""A spaCy component that ends a sentence at every line break.

News text puts headlines, intertitles, list items and captions on lines of
their own, without a final stop: ``Helft scholieren ervaart stress`` followed
by the lead paragraph. A parser trained on treebank sentences runs such a
line into the next sentence, and a figure in the headline then borrows the
next sentence's subject. Marking the token after a line break as a sentence
start before the parser runs keeps them apart; the parser respects preset
boundaries.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "nlsurveyextract_line_breaks"


def starts_after_line_break(doc: Doc, i: int) -> bool:
    r"""Whether token ``i`` is the first word after a line break.

    >>> import spacy
    >>> doc = spacy.blank("nl")("Kop zonder punt\n\nDe eerste zin.")
    >>> [t.text for t in doc if starts_after_line_break(doc, t.i)]
    ['De']
    """
    if i == 0 or doc[i].is_space:
        return False
    previous = doc[i - 1]
    return "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text)


class LineBreakSentencizer:
    """Sets ``is_sent_start`` on the first token after each line break."""

    def __call__(self, doc: Doc) -> Doc:
        """Mark the line starts of ``doc`` and leave other boundaries to the parser."""
        for token in doc:
            if starts_after_line_break(doc, token.i):
                token.is_sent_start = True
        return doc


@Language.factory(FACTORY)
def make_line_break_sentencizer(nlp: Language, name: str) -> LineBreakSentencizer:
    """Make the component: ``nlp.add_pipe("nlsurveyextract_line_breaks", before="parser")``."""
    return LineBreakSentencizer()
