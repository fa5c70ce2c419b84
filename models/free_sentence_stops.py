"""Save the shipped tokenizer with the sentence stops of common words already freed.

Run from the repository root (``models/train.py`` runs it after every export)::

    .venv/bin/python models/free_sentence_stops.py [PIPELINE_DIR]

spaCy's Dutch tokenizer exceptions glue a stop to thousands of short words
(``dat.``, ``ook.``) because they are also abbreviations somewhere; in news
they end a sentence: ``Slechts 38 procent wil dat.``.
``nlsurveyextract.stages.sentences.free_common_words`` drops those
exceptions, and rebuilding the tokenizer's special cases on every ``load()``
took about half a second. Saving the tokenizer with the exceptions already
dropped makes that call a no-op on the shipped pipeline; the tokens are the
same.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

from nlsurveyextract.stages.sentences import free_common_words

PIPELINE = Path(__file__).resolve().parent / "nl_nlsurveyextract_sm"


def free_sentence_stops(pipeline: Path = PIPELINE) -> int:
    """Rewrite ``pipeline/tokenizer`` without the exceptions; return how many it dropped."""
    components = spacy.util.load_config(pipeline / "config.cfg")["nlp"]["pipeline"]
    nlp = spacy.load(pipeline, exclude=components)
    before = len(nlp.tokenizer.rules or {})
    free_common_words(nlp)
    nlp.tokenizer.to_disk(pipeline / "tokenizer", exclude=["vocab"])  # the vocab is saved on its own
    return before - len(nlp.tokenizer.rules or {})


def main(argv: list[str]) -> int:
    pipeline = Path(argv[0]) if argv else PIPELINE
    print(f"dropped {free_sentence_stops(pipeline)} tokenizer exceptions from {pipeline / 'tokenizer'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
