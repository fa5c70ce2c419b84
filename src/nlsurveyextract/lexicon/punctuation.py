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

CLOSING_QUOTES: frozenset[str] = frozenset({'"', "'", "”", "’", "»"})
"""Quotation marks that close a quote and may follow a sentence's stop: ``zegt hij."``."""

CLOSING_BRACKETS: frozenset[str] = frozenset({")", "]"})
"""Brackets that may follow a sentence's stop: ``(zie het rapport.)``."""

OPENING_MARKS: tuple[str, ...] = ('"', "'", "“", "„", "‘", "«", "(", "-", "–", "•")
"""Marks that may open a sentence before its first word: a quote, a bracket, a list dash or bullet."""
