"""Adapt spaCy's Dutch tokenizer to news typography.

The changes are made on the tokenizer object itself (infix pattern and special
cases), so they are saved with the pipeline by ``nlp.to_disk`` and need no
code at load time.

* The typographic apostrophe ``’`` inside a word is an apostrophe, not a
  quote: ``IT’ers``, ``zo’n`` and ``cd’s`` stay one token, like ``IT'ers``.
  spaCy's Dutch infix rule splits every quote character between letters.
* Elisions written with ``’`` (``’t``, ``’s``, ``’n``) get the same special
  cases as their ``'`` spelling, so ``’s avonds`` keeps ``’s`` whole.
* Unchanged defaults that news needs and the tests pin down: ``45%`` and
  ``16,5%`` stay one token, ``€2,5`` splits into ``€`` and ``2,5``, ``2/3e``
  stays one token, and quotes ``„…”`` and ``‘…’`` split off as punctuation.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex

APOSTROPHE = "’"


def _infixes_without_apostrophe(infixes: list[str]) -> list[str]:
    """Drop ``’`` from the character class of the quote infix rule."""
    return [p.replace(APOSTROPHE, "") if "\\)\\]\\(\\[" in p else p for p in infixes]


def customize_tokenizer(nlp: Language) -> Language:
    """Apply the news rules to ``nlp.tokenizer`` in place and return ``nlp``."""
    infixes = _infixes_without_apostrophe(list(nlp.Defaults.infixes))
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for text, tokens in list(nlp.tokenizer.rules.items()):
        if text.startswith("'") and text[1:].isalpha():
            curly = APOSTROPHE + text[1:]
            if curly not in nlp.tokenizer.rules:
                nlp.tokenizer.add_special_case(
                    curly, [{**t, "ORTH": t["ORTH"].replace("'", APOSTROPHE)} for t in tokens]
                )
    return nlp
