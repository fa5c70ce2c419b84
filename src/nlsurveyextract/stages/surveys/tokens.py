"""The survey stage's own token list: words and punctuation, numbered by sentence.

The stage reads plain text (no parse needed), so it cuts its own tokens with
one possessive regular expression and ends a sentence at a stop before a
capital or at a line break.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from ...lexicon.punctuation import STOPS
from .patterns import PERCENT_CONTEXT, SURVEY_CONTEXT, TOKEN

Span = tuple[int, int]


class _Tok(NamedTuple):
    """One token: where it stands, its text, its sentence (a tuple: an article has thousands)."""

    start: int
    end: int
    text: str
    sent: int


@dataclass(frozen=True)
class Article:
    """The text with its tokens and sentences, and what the stage learns of it once."""

    text: str
    toks: tuple[_Tok, ...]
    starts: tuple[int, ...]
    sents: tuple[Span, ...]
    survey_sents: frozenset[int] = frozenset()  # sentences with a survey word
    share_sents: frozenset[int] = frozenset()  # sentences that state a percentage
    lowercase: frozenset[str] = frozenset()  # every word the article writes in lowercase
    name_chunks: tuple[tuple[int, int], ...] = ()  # every capitalised name, as token ranges
    surnames: frozenset[str] = frozenset()
    written: Mapping[str, int] = field(default_factory=dict)  # how often each name is written

    def sentence_text(self, sent: int) -> str:
        """Text of sentence ``sent``."""
        start, end = self.sents[sent]
        return self.text[start:end]

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)


def _ends_sentence(text: str, prev: tuple[int, int, str], nxt: tuple[int, int, str]) -> bool:
    """Whether a sentence ends between two tokens: a stop before a capital, or a newline."""
    if "\n" in text[prev[1] : nxt[0]]:
        return True
    head = nxt[2][0]
    return prev[2] in STOPS and (head.isupper() or head.isdigit() or head in "\"'‘“")


def tokenize(text: str) -> Article:
    """Split ``text`` into word and punctuation tokens, numbered by sentence."""
    raw = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    toks: list[_Tok] = []
    sents: list[Span] = []
    sent_start = 0
    for i, tok in enumerate(raw):
        if i and _ends_sentence(text, raw[i - 1], tok):
            sents.append((sent_start, raw[i - 1][1]))
            sent_start = tok[0]
        toks.append(_Tok(tok[0], tok[1], tok[2], len(sents)))
    sents.append((sent_start, raw[-1][1] if raw else 0))
    return Article(
        text,
        tuple(toks),
        tuple(t.start for t in toks),
        tuple(sents),
        _sentences_matching(text, sents, SURVEY_CONTEXT),
        _sentences_matching(text, sents, PERCENT_CONTEXT),
        frozenset(t.text for t in toks if t.text.islower()),
    )


def _sentences_matching(text: str, sents: list[Span], pattern: regex.Pattern[str]) -> frozenset[int]:
    """Indexes of the sentences in which ``pattern`` occurs (one pass each)."""
    return frozenset(k for k, (a, b) in enumerate(sents) if pattern.search(text, a, b))
