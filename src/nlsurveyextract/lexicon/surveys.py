"""Words with which Dutch news reports a survey: survey nouns, cue phrases, verbs of asking, respondents.

From the attribution phrases of Dutch news reports of polls (NOS, NU.nl, AD,
EenVandaag sites): ``Dat blijkt uit onderzoek van ...``, ``uitgevoerd door
... in opdracht van ...``, ``... ondervroeg 1.200 leraren``. The survey stage
builds its patterns from these tables.
"""

from __future__ import annotations

# Verbs after a sentence-initial organisation: ``EenVandaag onderzocht ...``.
# The value says what must follow in the sentence for the verb to be a survey
# cue (``deed ... onderzoek``, ``liet ... onderzoeken``); ``None`` means the
# verb is enough, ``"context"`` means the sentence needs a survey word or a
# percentage. From Dutch news attribution sentences.
SUBJECT_VERBS: dict[str, str | None] = {
    **dict.fromkeys(
        """onderzocht onderzochten onderzoekt ondervroeg ondervroegen ondervraagt peilde
        peilden peilt enquêteerde""".split(),
        None,
    ),
    **dict.fromkeys("deed deden doet".split(), "onderzoek"),
    **dict.fromkeys("liet laat".split(), "onderzoek|ondervragen|peilen|vragenlijst|enquête"),
    **dict.fromkeys("zocht zoekt".split(), "uit"),
    **dict.fromkeys("heeft hebben".split(), "onderzocht|ondervraagd|gepeild|berekend|onderzoek"),
    **dict.fromkeys("hield houdt".split(), "onderzoek|peiling|enquête|rondvraag"),
    **dict.fromkeys(
        """vroeg vraagt telde telt berekende berekent meldt concludeert constateert publiceerde
        komt voorspelt voorspelde verwacht""".split(),
        "context",
    ),
}
# Nouns after a number that make it a count of people asked by themselves.
RESPONDENT_NOUNS = frozenset(
    """
    respondenten deelnemers ondervraagden panelleden geënquêteerden proefpersonen participanten
    stemmers kiezers
""".split()
)
# Verbs of asking before a count: ``ondervroeg 2500 mensen``.
ASKING_VERBS = frozenset(
    "ondervroeg ondervroegen ondervraagde peilde peilden bevroeg bevroegen liet sprak".split()
)
