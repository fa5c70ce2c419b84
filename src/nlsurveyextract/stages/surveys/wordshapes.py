"""Word shapes of names in Dutch news: name words, attributive adjectives, descriptor nouns.

``I&O Research`` and ``Trimbos-instituut`` are name words, ``Nibud-directeur`` is not;
``het Amerikaanse onderzoeksbureau Pew`` has an adjective and a descriptor before the name.
"""

from __future__ import annotations

from functools import lru_cache

from ...lexicon.numbers import WORD_CACHE_SIZE
from ...lexicon.organisations import NOT_DESCRIPTORS, ORGANISATION_SUFFIXES
from .patterns import LOWER_TAIL, NATIONALITY


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_name_word(word: str) -> bool:
    """Whether ``word`` can be part of a name: ``HelpDesk``, ``I&O``, ``7Days``, ``Noord-Holland``.

    A hyphen compound ending in a lowercase part is a common noun
    (``Nibud-directeur``, ``7Days-lezers``), not a name, unless that part is
    an organisation's (``Trimbos-instituut``, ``Verwey-bureau``).
    """
    if not word[0].isalnum() or (LOWER_TAIL.search(word) and not word.endswith(ORGANISATION_SUFFIXES)):
        return False
    if word[0].isdigit():
        return not word.isdigit() and not word[-1].isdigit()
    return word[0].isupper()


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_adjective(word: str) -> bool:
    """Whether ``word`` is an attributive adjective before a descriptor.

    ``het Amerikaanse onderzoeksbureau Pew``: nationality adjectives are
    capitalised, others (``het bekende bureau``) end in ``-e``.
    """
    if word[0].isupper():
        return NATIONALITY.fullmatch(word) is not None
    return word.isalpha() and word.endswith("e") and word not in NOT_DESCRIPTORS


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_descriptor(word: str) -> bool:
    """Whether ``word`` is a noun describing the organisation that follows.

    ``vacaturesite Indeed``, ``onderzoeksbureau Ipsos``, ``Nibud-consultant Tom``.
    """
    if not word[0].isalpha() or word.casefold() in NOT_DESCRIPTORS or len(word) < 2:
        return False
    return word[0].islower() or LOWER_TAIL.search(word) is not None
