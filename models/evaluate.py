"""Accuracy, speed and size of the shipped pipeline on held-out UD Dutch-Alpino dev.

Run from the repository root::

    .venv/bin/python models/evaluate.py [--model models/nl_nlsurveyextract_sm]
                                         [--data /work/shared/data] [--json]

Accuracy is measured from raw text: the pipeline's own tokenizer runs on each
document (10 gold sentences per document, as ``spacy convert -n 10`` groups
them) and spaCy's scorer aligns its tokens to the gold ones. Speed is words per
second of the full pipeline on one CPU thread, best of three passes over the
dev texts, timed in CPU seconds of this process (``time.process_time``) so that
other jobs on the machine do not distort it; with one thread that is one core.
Size is the sum of the file sizes in the pipeline directory.
"""

from __future__ import annotations

import os

# One core: thread limits must be set before numpy is imported.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

MODELS = Path(__file__).resolve().parent
sys.path.insert(0, str(MODELS))

from spacy_env import tolerate_broken_entry_points  # noqa: E402

tolerate_broken_entry_points()

import spacy  # noqa: E402
from prepare import ALL, DEFAULT_DATA, FILES, read_conllu, to_docs  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.training import Example  # noqa: E402

# (label in the table, key in spaCy's scores)
METRICS = [
    ("UPOS", "pos_acc"),
    ("TAG", "tag_acc"),
    ("MORPH", "morph_acc"),
    ("LEMMA", "lemma_acc"),
    ("UAS", "dep_uas"),
    ("LAS", "dep_las"),
    ("sentence F", "sents_f"),
]


def accuracy(nlp: Language, data_dir: Path) -> dict[str, float]:
    """Scores in percent on UD Dutch-Alpino dev, tokenized by the pipeline itself."""
    gold = to_docs(nlp.vocab, read_conllu(data_dir / FILES["alpino_dev"]), ALL)
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in gold]
    scores = nlp.evaluate(examples)
    return {label: round(100 * scores[key], 2) for label, key in METRICS}


def words_per_second(nlp: Language, texts: list[str], passes: int = 3) -> float:
    """Best throughput of ``nlp.pipe`` over ``texts`` (after one warm-up pass)."""
    list(nlp.pipe(texts[:20]))
    best = 0.0
    for _ in range(passes):
        start = time.process_time()
        n_words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
        best = max(best, n_words / (time.process_time() - start))
    return best


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def evaluate(model: Path, data_dir: Path) -> dict:
    nlp = spacy.load(model)
    texts = [doc.text for doc in to_docs(nlp.vocab, read_conllu(data_dir / FILES["alpino_dev"]), set())]
    return {
        "model": str(model),
        "pipeline": nlp.pipe_names,
        "accuracy": accuracy(nlp, data_dir),
        "words_per_second": round(words_per_second(nlp, texts)),
        "size_mb": round(size_mb(model), 1),
    }


def write_meta(model: Path, result: dict) -> None:
    """Record the Alpino dev scores as ``performance`` (spaCy's keys, 0-1 scale) in meta.json."""
    meta_path = model / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf8"))
    keys = dict(METRICS)
    meta["performance"] = {keys[label]: round(value / 100, 4) for label, value in result["accuracy"].items()}
    meta["performance"]["evaluated_on"] = "UD Dutch-Alpino dev (held out)"
    meta["performance"]["words_per_second_one_core"] = result["words_per_second"]
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf8")


def as_table(result: dict) -> str:
    rows = ["| metric | UD Dutch-Alpino dev |", "|---|---:|"]
    rows += [f"| {label} | {value:.2f} |" for label, value in result["accuracy"].items()]
    rows.append(f"| words/s (1 core) | {result['words_per_second']:,} |")
    rows.append(f"| size on disk | {result['size_mb']:.1f} MB |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, default=MODELS / "nl_nlsurveyextract_sm")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--write-meta", action="store_true", help="store the scores in the pipeline's meta.json"
    )
    args = parser.parse_args()
    result = evaluate(args.model, args.data)
    if args.write_meta:
        write_meta(args.model, result)
    print(json.dumps(result, indent=2) if args.json else as_table(result))


if __name__ == "__main__":
    main()
