"""A spaCy component that fixes sentence boundaries before the parser runs.

News text puts headlines, intertitles, list items and captions on lines of
their own, without a final stop: ``Helft scholieren ervaart stress`` followed
by the lead paragraph. A parser trained on treebank sentences runs such a
line into the next sentence, and elsewhere splits a sentence inside a name
(``Uitzender | Randstad ging 3,8% omlaag``); a figure then loses the words
that name its group.

Dutch news marks its sentences plainly: a line break, or a stop, question
mark or exclamation mark followed by a capital, a digit or an opening quote.
This component sets ``is_sent_start`` on every token by those marks; the
parser respects preset boundaries, both where a sentence starts and where
it does not. A text without such marks is cut into pieces of at most a few
hundred tokens.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from ..lexicon.abbreviations import WORDS_NOT_ABBREVIATIONS
from ..lexicon.punctuation import CLOSING_QUOTES, OPENING_MARKS, SENTENCE_END_TOKENS

FACTORY = "nlsurveyextract_sentences"

CLOSING_MARKS = CLOSING_QUOTES | {")"}
"""What may stand between a sentence's stop and the next sentence: ``... zegt hij." Dan``."""


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


def starts_after_stop(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a sentence after a stop (``... omlaag. Aalberts ...``).

    >>> import spacy
    >>> doc = spacy.blank("nl")("De AMX daalde. 40 procent verkocht. ca. tien")
    >>> [t.text for t in doc if starts_after_stop(doc, t.i)]
    ['40']
    """
    token = doc[i]
    if i == 0 or token.is_space or not _can_open_sentence(token):
        return False
    k = i - 1
    while k > 0 and (doc[k].is_space or doc[k].text in CLOSING_MARKS):
        k -= 1
    return doc[k].text in SENTENCE_END_TOKENS


def _can_open_sentence(token: Token) -> bool:
    first = token.text[0]
    if token.text in ('"', "'") and not token.nbor(-1).whitespace_:
        return False  # a straight quote glued to the stop before it closes a quotation
    return first.isupper() or first.isdigit() or token.text.startswith(OPENING_MARKS)


def free_common_words(nlp: Language) -> Language:
    """Drop tokenizer exceptions that glue a sentence's stop to a common word.

    >>> import spacy
    >>> nlp = free_common_words(spacy.blank("nl"))
    >>> [t.text for t in nlp("Slechts 38 procent wil dat.")][-2:]
    ['dat', '.']
    """
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return nlp  # a custom tokenizer has rules of its own
    rules = tokenizer.rules or {}
    if any(word in rules for word in WORDS_NOT_ABBREVIATIONS):
        tokenizer.rules = {key: rule for key, rule in rules.items() if key not in WORDS_NOT_ABBREVIATIONS}
    return nlp


def _starts_sentence(doc: Doc, i: int) -> bool:
    return starts_after_line_break(doc, i) or starts_after_stop(doc, i)


MAX_SENTENCE_TOKENS = 150
"""Longest sentence left whole: news sentences stay far below it (67 tokens at
most in the development articles). Beyond it a sentence is cut after a comma,
semicolon or colon, and beyond twice it anywhere, so that a text without stops
(a table flattened to one line) cannot make the parser or the rules slow."""


def sentence_marks(doc: Doc) -> list[int]:
    r"""1 where a sentence starts, -1 where it does not, for every token of ``doc``.

    >>> import spacy
    >>> doc = spacy.blank("nl")("Kop\n\nDe eerste zin. 40 procent verkocht.")
    >>> sentence_marks(doc)
    [1, -1, 1, -1, -1, -1, 1, -1, -1, -1]
    """
    marks = [1]
    length = 1
    for i in range(1, len(doc)):
        after_break = doc[i - 1].text in (",", ";", ":") and length >= MAX_SENTENCE_TOKENS
        starts = _starts_sentence(doc, i) or after_break or length >= 2 * MAX_SENTENCE_TOKENS
        marks.append(1 if starts else -1)
        length = 1 if starts else length + 1
    return marks


class SentenceMarks:
    """Sets ``is_sent_start`` on every token from line breaks and stops."""

    def __call__(self, doc: Doc) -> Doc:
        """Mark where the sentences of ``doc`` start, and where they do not.

        The marks are written in one array (1 starts a sentence, -1 does not):
        setting ``token.is_sent_start`` one token at a time makes spaCy rescan
        the whole Doc each time.
        """
        if len(doc) < 2:
            return doc
        marks = sentence_marks(doc)
        doc.from_array([SENT_START], numpy.array(marks, dtype="int64").astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory(FACTORY, assigns=["token.is_sent_start"], requires=[])
def make_sentence_marks(nlp: Language, name: str) -> SentenceMarks:
    """Make the component: ``nlp.add_pipe("nlsurveyextract_sentences", before="parser")``."""
    return SentenceMarks()
