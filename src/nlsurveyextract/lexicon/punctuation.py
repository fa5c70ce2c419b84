"""Punctuation that Dutch news uses to end sentences and clauses: one table for every stage.

Stages differ in what they need (a token test, a character class, a headline's
last character), so the variants are derived here from the one set of stops.
"""

from __future__ import annotations

STOPS: frozenset[str] = frozenset({".", "!", "?"})
"""The three marks that end a Dutch sentence."""

SENTENCE_END_TOKENS: frozenset[str] = STOPS | {"…", "...", "?!"}
"""Tokens that end a sentence, as spaCy's tokenizer cuts them (an ellipsis, ``?!``)."""

LINE_END_MARKS: str = "".join(sorted(STOPS)) + "…:;"
"""Last characters that make a line a sentence rather than a headline (a colon announces more)."""

STOP_CLASS: str = "[" + "".join(sorted(STOPS)) + "\\n]"
"""A regular-expression class of a stop or a line break: where a sentence ends in plain text."""
