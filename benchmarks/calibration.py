"""Calibration of `confidence`, estimated out of sample: leave one article out over a gold corpus.

Usage:
    python benchmarks/calibration.py [GOLD_DIR] [--scorer-dir DIR] [--fit]

For every finding the extractor reports that overlaps a non-optional gold
finding, it records the features of how its subject was chosen
(``linking.confidence_features``) and whether value and subject are right
(the project scorer's own matching: value within 0.5, subject lenient-correct).

A small L2-regularised logistic regression over those features is then fitted
with each article held out in turn (errors within an article are correlated:
one population, one writer, a cascade), for a few penalties; the penalty with
the lowest held-out log loss wins. It prints, for the held-out predictions,
the reliability per confidence band and the expected calibration error (the
scorer's 10 bins), next to the same for the confidence the extractor reports
now. With ``--fit`` it fits the chosen model on the whole corpus and writes
its weights into ``CONFIDENCE_WEIGHTS`` in src/nlsurveyextract/stages/linking.py.

The model is the shrinkage: every weight but the intercept is pulled toward 0,
so a rule seen a few times (or right on every dev article) is trusted only as
far as articles it was not fitted on bear out.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

import nlsurveyextract
from nlsurveyextract.config import ExtractConfig
from nlsurveyextract.intake.prepare import prepare_file, prepare_text
from nlsurveyextract.pipeline import extract_doc, parse
from nlsurveyextract.stages.linking import EXTENSION, confidence_features

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = REPO / "fixtures" / "constructions"
LINKING = REPO / "src" / "nlsurveyextract" / "stages" / "linking.py"
BANDS = ((0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.6, 0.7), (0.4, 0.6), (0.0, 0.4))
PENALTIES = (1.0, 3.0, 10.0, 30.0, 100.0)
SPREADS = tuple(i / 4 for i in range(13))
SPREAD_NODES = 7

Row = tuple[str, list[str], float, bool]
"""One judged finding: its article, its features, the confidence reported now, right or not."""


def judged_rows(gold_dir: Path, score) -> list[Row]:
    """Each predicted finding that overlaps a non-optional gold finding, with features and verdict."""
    nlp = nlsurveyextract.load()
    rows: list[Row] = []
    for path in sorted(p for p in gold_dir.glob("*.txt") if p.name.split(".")[0].isalnum()):
        prepared = prepare_file(path, ExtractConfig())
        doc = parse(nlp, prepared)
        result = extract_doc(doc, prepared)
        gold = json.loads((gold_dir / (path.stem + ".gold.json")).read_text(encoding="utf-8"))["findings"]
        linked = {item.expression.start: item for item in doc._.get(EXTENSION)}
        for finding, right in judge_article(result, gold, score):
            item = linked.get(finding.span.start)
            if item is not None and item.choice.subject is not None:
                features = confidence_features(item.expression, item.choice, item.survey, doc.text)
                rows.append((path.stem, features, finding.confidence, right))
    return rows


def fixture_rows(fixture_dir: Path, nlp) -> list[Row]:
    """The invented construction sentences, each its own article: text no rule was fitted on.

    A fixture lists figures by quote with the subjects a reader accepts
    (``fixtures/constructions/*.jsonl``); each is one judged finding.
    """
    rows: list[Row] = []
    for path in sorted(fixture_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line) if line.strip() else {}
            if not case.get("findings"):
                continue
            prepared = prepare_text(case["text"], case["label"], ExtractConfig())
            doc = parse(nlp, prepared)
            for item in doc._.get(EXTENSION):
                text = case["text"][item.expression.start : item.expression.end]
                quoted = (f for f in case["findings"] if f["quote"] in text or text in f["quote"])
                expected = next(quoted, None)
                if expected is None or "subject" not in expected or item.choice.subject is None:
                    continue  # a statement fixture pins no subject
                subject = case["text"][item.choice.subject[0] : item.choice.subject[1]]
                right = subject in [expected["subject"], *expected.get("alts", [])]
                features = confidence_features(item.expression, item.choice, item.survey, doc.text)
                rows.append((f"fixture:{case['label']}", features, item.confidence, right))
    return rows


def judge_article(record, gold: list[dict], score) -> list[tuple[object, bool]]:
    """The findings of one article that overlap a non-optional gold finding, each with its verdict."""
    spans = score.locate_quotes(record.text, [g["quote"] for g in gold])
    verdicts = []
    for finding in record.findings:
        match = next((g for g, s in zip(gold, spans, strict=True) if s and overlaps(finding, s)), None)
        if match is None or match.get("optional"):
            continue
        value_right = finding.value is not None and abs(abs(finding.value) - abs(match["value"])) <= 0.5
        subject = finding.subject.text if finding.subject else None
        _, lenient = score.subject_match(subject, [match["subject"], *match.get("subject_alts", [])])
        verdicts.append((finding, value_right and lenient))
    return verdicts


def overlaps(finding, span: tuple[int, int]) -> bool:
    return min(finding.span.end, span[1]) > max(finding.span.start, span[0])


def design(rows: list[Row], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The 0/1 feature matrix over ``names`` and the verdicts."""
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, (_, features, _, _) in enumerate(rows):
        for name in features:
            if name in index:
                x[r, index[name]] = 1.0
    return x, np.array([float(row[3]) for row in rows])


def fit(rows: list[Row], penalty: float) -> dict[str, float]:
    """L2-penalised logistic regression (Newton's method); the intercept is not penalised."""
    names = sorted({name for row in rows for name in row[1]}, key=lambda n: (n != "bias", n))
    x, y = design(rows, names)
    weight = np.ones(len(rows))
    w = np.zeros(len(names))
    ridge = np.full(len(names), penalty)
    ridge[0] = 1e-6
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (weight * (p - y)) + ridge * w
        hessian = (x * (weight * p * (1 - p))[:, None]).T @ x + np.diag(ridge)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {name: float(weight) for name, weight in zip(names, w, strict=True)}


def predict(weights: dict[str, float], features: list[str], spread: float = 0.0) -> float:
    """The model's probability, averaged over an unknown article shift of sd ``spread`` (as linking does)."""
    score = sum(weights.get(name, 0.0) for name in features)
    return predict_one(1.0 / (1.0 + math.exp(-score)), spread)


def predict_one(p: float, spread: float) -> float:
    """``p`` averaged over an article shift in log-odds with sd ``spread`` (Gauss-Hermite nodes)."""
    nodes, weights = np.polynomial.hermite_e.hermegauss(SPREAD_NODES)
    logit = math.log(p / (1 - p))
    return float((weights / weights.sum() * (1 / (1 + np.exp(-(logit + spread * nodes))))).sum())


def held_out(rows: list[Row], penalty: float) -> list[float]:
    """Each row's probability from a model fitted without its article."""
    articles = sorted({row[0] for row in rows})
    predictions = [0.0] * len(rows)
    for article in articles:
        weights = fit([row for row in rows if row[0] != article], penalty)
        for i, row in enumerate(rows):
            if row[0] == article:
                predictions[i] = predict(weights, row[1])
    return predictions


def article_spread(rows: list[Row], predictions: list[float]) -> float:
    """The spread (sd, in log-odds) of a whole article's shift: the sd that best explains held-out verdicts.

    Articles differ as a whole (one population, one writer, one cascade);
    a new article's shift is unknown, so its confidence averages over it.
    """
    by_article: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for row, p in zip(rows, predictions, strict=True):
        by_article[row[0]].append((math.log(p / (1 - p)), row[3]))
    nodes, weights = np.polynomial.hermite_e.hermegauss(SPREAD_NODES)
    weights = weights / weights.sum()

    def likelihood(sd: float) -> float:
        total = 0.0
        for pairs in by_article.values():
            logits = np.array([z for z, _ in pairs])[:, None] + sd * nodes[None, :]
            p = 1 / (1 + np.exp(-logits))
            y = np.array([ok for _, ok in pairs], dtype=float)[:, None]
            total += math.log(float((np.prod(np.where(y > 0, p, 1 - p), axis=0) * weights).sum()))
        return total

    return max(SPREADS, key=likelihood)


def log_loss(predictions: list[float], rows: list[Row]) -> float:
    eps = 1e-6
    return -sum(
        math.log(max(p, eps)) if row[3] else math.log(max(1 - p, eps))
        for p, row in zip(predictions, rows, strict=True)
    ) / len(rows)


def ece(pairs: list[tuple[float, bool]], bins: int = 10) -> float:
    """The scorer's expected calibration error: weighted |accuracy - confidence| over equal bins."""
    total = 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        cell = [(c, ok) for c, ok in pairs if low <= c < high or (b == bins - 1 and c == 1.0)]
        if cell:
            accuracy = sum(ok for _, ok in cell) / len(cell)
            mean = sum(c for c, _ in cell) / len(cell)
            total += len(cell) / len(pairs) * abs(accuracy - mean)
    return total


def print_bands(title: str, pairs: list[tuple[float, bool]]) -> None:
    """Reliability per confidence band: findings, right, accuracy and mean confidence."""
    print(f"\n{title}: expected calibration error {ece(pairs):.3f}")
    print(f"{'band':<12} {'findings':>9} {'right':>7} {'accuracy':>9} {'mean conf':>10}")
    for low, high in BANDS:
        cell = [(c, ok) for c, ok in pairs if low <= c < high]
        if cell:
            right = sum(ok for _, ok in cell)
            mean = sum(c for c, _ in cell) / len(cell)
            band = f"{low:.1f}-{min(high, 1.0):.1f}"
            print(f"{band:<12} {len(cell):>9} {right:>7} {right / len(cell):>9.3f} {mean:>10.3f}")


def print_methods(rows: list[Row], predictions: list[float]) -> None:
    """Accuracy per subject method next to the mean held-out confidence."""
    groups: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for row, p in zip(rows, predictions, strict=True):
        groups[next(f for f in row[1] if f.startswith("method="))[7:]].append((p, row[3]))
    print(f"\n{'subject method':<30} {'findings':>9} {'right':>7} {'accuracy':>9} {'held-out conf':>14}")
    for name, pairs in sorted(groups.items()):
        right = sum(ok for _, ok in pairs)
        mean = sum(c for c, _ in pairs) / len(pairs)
        print(f"{name:<30} {len(pairs):>9} {right:>7} {right / len(pairs):>9.3f} {mean:>14.3f}")


def write_weights(weights: dict[str, float], spread: float) -> None:
    """Replace the generated CONFIDENCE_WEIGHTS block (and the article spread) in linking.py."""
    lines = "\n".join(f'    "{name}": {weight:.3f},' for name, weight in weights.items())
    block = f"CONFIDENCE_WEIGHTS: dict[str, float] = {{\n{lines}\n}}\nARTICLE_SPREAD = {spread}"
    source = LINKING.read_text(encoding="utf-8")
    pattern = re.compile(r"(# BEGIN CONFIDENCE_WEIGHTS\n).*?(\n# END CONFIDENCE_WEIGHTS)", re.S)
    LINKING.write_text(pattern.sub(lambda m: m.group(1) + block + m.group(2), source), encoding="utf-8")
    print(f"\nwrote {len(weights)} weights to {LINKING.relative_to(REPO)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=SHARED / "corpus" / "dev")
    parser.add_argument("--scorer-dir", type=Path, default=SHARED / "tools")
    parser.add_argument("--fit", action="store_true", help="write the fitted weights into linking.py")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.scorer_dir))
    import score  # the project's scorer, for identical matching rules

    dev = judged_rows(args.gold_dir, score)
    fixtures = fixture_rows(FIXTURES, nlsurveyextract.load())
    right = sum(row[3] for row in fixtures)
    print(f"{len(fixtures)} judged fixture findings, {right} right ({right / max(len(fixtures), 1):.3f})")
    rows = dev
    print(f"{len(dev)} judged dev findings with a subject in {len({r[0] for r in dev})} articles")
    losses = {penalty: held_out(rows, penalty) for penalty in PENALTIES}
    for penalty, predictions in losses.items():
        print(f"penalty {penalty:>6.1f}: held-out log loss {log_loss(predictions, rows):.4f}")
    best = min(losses, key=lambda penalty: log_loss(losses[penalty], rows))
    print(f"chosen penalty {best}")
    spread = article_spread(rows, losses[best])
    print(f"article spread (sd of an article's log-odds shift, held out): {spread}")
    held = [predict_one(p, spread) for p in losses[best]]
    print_bands("dev, reported confidence", [(row[2], row[3]) for row in dev])
    print_bands(
        "dev, held-out model (leave one article out)", [(p, row[3]) for p, row in zip(held, dev, strict=True)]
    )
    final = fit(rows, best)
    on_fixtures = [(predict(final, row[1], spread), row[3]) for row in fixtures]
    print_bands("fixtures (no rule or weight fitted on them)", on_fixtures)
    print_methods(dev, held[: len(dev)])
    if args.fit:
        write_weights(final, spread)
    return 0


if __name__ == "__main__":
    sys.exit(main())
