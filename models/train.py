"""Rebuild the shipped Dutch pipeline ``models/nl_nlsurveyextract_sm`` from the UD data.

Run from the repository root, on one CPU thread::

    .venv/bin/python models/train.py [--data /work/shared/data]

Steps: ``prepare.py`` converts, harmonises and filters the treebanks into
``models/corpus/``; spaCy trains ``models/config.cfg`` in one go (fixed seed,
early stopping on a held-out slice of the training data, never on UD
Dutch-Alpino dev) into ``models/training/``; the best checkpoint is then
written, with the news tokenizer rules and the meta data, to
``models/nl_nlsurveyextract_sm/``, and ``free_sentence_stops.py`` saves its
tokenizer without the exceptions that glue a sentence's stop to a common word.
"""

from __future__ import annotations

import os

# One thread: the build must be reproducible and leave the other core free.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

MODELS = Path(__file__).resolve().parent
sys.path.insert(0, str(MODELS))

from spacy_env import tolerate_broken_entry_points  # noqa: E402

tolerate_broken_entry_points()

import spacy  # noqa: E402
from free_sentence_stops import free_sentence_stops  # noqa: E402
from news_tokenizer import customize_tokenizer  # noqa: E402
from prepare import DEFAULT_DATA, prepare  # noqa: E402
from spacy.cli.train import train as spacy_train  # noqa: E402
from spacy.language import Language  # noqa: E402

OUTPUT = MODELS / "nl_nlsurveyextract_sm"
META = {
    "name": "nlsurveyextract_sm",
    "lang": "nl",
    "version": "0.2.0",
    "description": (
        "Dutch pipeline for nlsurveyextract: news tokenizer, tagger, morphologizer, "
        "dependency parser (sentence boundaries) and trainable lemmatizer, trained on "
        "UD Dutch-Alpino and UD Dutch-LassySmall. No named-entity recognizer."
    ),
    "author": "nlsurveyextract contributors",
    "license": "CC BY-SA 4.0",
    "url": "",
    "email": "",
    "sources": [
        {
            "name": "UD Dutch-Alpino (test; partial train of 2017-10-24: tags and morphology only)",
            "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
            "license": "CC BY-SA 4.0",
            "author": "Gosse Bouma, Gertjan van Noord; Daniel Zeman, Zdeněk Žabokrtský",
        },
        {
            "name": "UD Dutch-LassySmall (dev, test; train of 2017-02-01: dependencies only)",
            "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
            "license": "CC BY-SA 4.0",
            "author": "Gosse Bouma, Gertjan van Noord; Lassy Small: van Noord et al. 2013",
        },
    ],
}


@spacy.registry.callbacks("nlsurveyextract.news_tokenizer.v1")
def make_news_tokenizer_callback():
    """Config callback: apply the news tokenizer rules before training starts."""
    return customize_tokenizer


def export(best: Path, output: Path, training_seconds: float | None) -> Language:
    """Write the best checkpoint as a clean pipeline directory with our meta."""
    nlp = customize_tokenizer(spacy.load(best))
    nlp.config["initialize"]["before_init"] = None  # the saved pipeline needs no training code
    meta = dict(nlp.meta)
    meta.update(META)
    meta.pop("performance", None)
    if training_seconds is not None:
        meta["training_seconds"] = round(training_seconds)
    nlp.meta.clear()
    nlp.meta.update(meta)
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)
    free_sentence_stops(output)  # so that load() need not rebuild the special cases
    return nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the UD files")
    parser.add_argument("--config", type=Path, default=MODELS / "config.cfg")
    parser.add_argument("--corpus", type=Path, default=MODELS / "corpus", help="where prepare.py writes")
    parser.add_argument("--training-dir", type=Path, default=MODELS / "training")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    parser.add_argument("--patience", type=int, default=None, help="override training.patience")
    parser.add_argument("--export-only", action="store_true", help="only re-export training-dir/model-best")
    args = parser.parse_args()
    if args.export_only:
        export(args.training_dir / "model-best", args.output, None)
        return

    corpus = args.corpus
    print(json.dumps(prepare(args.data, corpus)), flush=True)
    overrides = {
        "paths.train": str(corpus / "train.spacy"),
        "paths.dev": str(corpus / "holdout.spacy"),
    }
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    if args.patience is not None:
        overrides["training.patience"] = args.patience
    start = time.monotonic()
    spacy_train(args.config, args.training_dir, overrides=overrides, use_gpu=-1)
    seconds = time.monotonic() - start
    export(args.training_dir / "model-best", args.output, seconds)
    print(f"trained in {seconds / 60:.1f} min; pipeline written to {args.output}", flush=True)


if __name__ == "__main__":
    main()
