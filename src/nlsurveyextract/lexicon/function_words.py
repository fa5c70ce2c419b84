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
# Words that announce the same share again: "420 van de 3.000, oftewel 14 procent".
RESTATE_WORDS = ("oftewel", "ofwel", "ofte wel", "dat is", "dus", "namelijk", "of")

# Words after which a main clause starts with its subject (ANS §10:
# coordinators, and a comma): "Want het CBS komt op 3 procent".
CLAUSE_OPENERS = (",", "want", "en", "maar", "dus", "toch")

# Articles (ANS §5), which a name or a population may follow: "het Nibud", "een peiling".
ARTICLES = frozenset({"de", "het", "'t", "een"})

# The most frequent Dutch function words that are rare in English and German
# (frequency lists of Dutch news; 'in', 'is', 'op' left out as shared words).
DUTCH_FUNCTION_WORDS = frozenset(
    """de het een en van dat die te met voor niet zijn er aan ook als bij om
    door maar naar nog wordt worden dan of over uit tot zich kan meer wel
    hij zij ze wij we je ik hun haar deze dit werd heeft hebben wat waar
    volgens procent onder tussen zo al geen""".split()
)
"""Words that make a text Dutch: about a third of Dutch news, almost none of English or German."""
