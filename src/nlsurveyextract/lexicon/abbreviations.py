"""Abbreviations that Dutch tokenizers know but that Dutch news mostly writes as words.

spaCy's Dutch tokenizer exceptions (``spacy/lang/nl/tokenizer_exceptions.py``)
keep the stop on a dictionary abbreviation such as ``dat.`` (``datief``);
the words below end many sentences in news text, where the stop ends the
sentence: ``Slechts 38 procent wil dat.``
"""

from __future__ import annotations

WORDS_NOT_ABBREVIATIONS: frozenset[str] = frozenset(
    "dat. al. best. kon. pas. vol. ver. top. hand. min. red. bel. gen. rep. not.".split()
)
"""Tokenizer exceptions that are frequent Dutch words followed by a sentence's stop."""
