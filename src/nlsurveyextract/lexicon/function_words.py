"""Dutch function words: prepositions, clause openers, articles and the most frequent words.

From the ANS (§9 prepositions, §10 subordinators and relatives) and the
frequency lists of Dutch news.
"""

from __future__ import annotations

# Prepositions (ANS §9) that make "de meeste"/"een meerderheid" a superlative
# or a majority of seats rather than a share of a group.
PREPOSITIONS = frozenset("met voor aan op tot naar bij door in uit over zonder van".split())
# Words that open a clause (ANS §10: subordinators, relatives, "te"): a gap
# holding one is a statement about the share, not a name for its group, so the
# figure after it is a separate claim ("het grootste deel vindt dat ...: 32 procent").
CLAUSE_WORDS = ("dat", "die", "wat", "om", "omdat", "als", "te", "zich", "wie")
RESTATE_WORDS = ("oftewel", "ofwel", "ofte wel", "dat is", "dus", "namelijk", "of")

ARTICLES = frozenset({"de", "het", "'t", "een"})
