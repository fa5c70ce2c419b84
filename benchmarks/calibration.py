"""Calibration of `confidence`: how often findings of each kind are right on a gold corpus.

Usage:
    python benchmarks/calibration.py [GOLD_DIR] [--scorer-dir DIR]

For every finding the extractor reports, it checks against the gold (with the
project scorer's own matching: overlapping quote, value within 0.5, subject
lenient-correct) and prints:

1. accuracy per subject method: the numbers behind SUBJECT_RELIABILITY in
   src/nlsurveyextract/findings.py (update the table from this output);
2. accuracy per confidence band: a finding with confidence >= 0.8 should be
   right at least 80 % of the time.

Optional gold findings (vague quantifiers) are left out, as the scorer does.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import nlsurveyextract
from nlsurveyextract.schema import ArticleResult, Finding

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BANDS = ((0.8, 1.01), (0.6, 0.8), (0.4, 0.6), (0.0, 0.4))


def judged_findings(gold_dir: Path, score) -> list[tuple[Finding, bool]]:
    """Each predicted finding that overlaps a non-optional gold finding, with its verdict."""
    nlp = nlsurveyextract.load()
    judged: list[tuple[Finding, bool]] = []
    articles = sorted(p for p in gold_dir.glob("*.txt") if p.name.split(".")[0].isalnum())
    for record in nlsurveyextract.extract_many(articles, nlp=nlp):
        if not isinstance(record, ArticleResult):
            continue
        gold = json.loads((gold_dir / (Path(record.source).stem + ".gold.json")).read_text(encoding="utf-8"))
        judged += judge_article(record, gold["findings"], score)
    return judged


def judge_article(record: ArticleResult, gold: list[dict], score) -> list[tuple[Finding, bool]]:
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


def overlaps(finding: Finding, span: tuple[int, int]) -> bool:
    return min(finding.span.end, span[1]) > max(finding.span.start, span[0])


def print_table(title: str, groups: dict[str, list[bool]]) -> None:
    print(f"\n{title:<22} {'findings':>9} {'right':>7} {'accuracy':>9}")
    for name, verdicts in groups.items():
        print(f"{name:<22} {len(verdicts):>9} {sum(verdicts):>7} {sum(verdicts) / len(verdicts):>9.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=SHARED / "corpus" / "dev")
    parser.add_argument("--scorer-dir", type=Path, default=SHARED / "tools")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.scorer_dir))
    import score  # the project's scorer, for identical matching rules

    judged = judged_findings(args.gold_dir, score)
    by_method: dict[str, list[bool]] = defaultdict(list)
    by_band: dict[str, list[bool]] = defaultdict(list)
    for finding, right in judged:
        by_method[finding.subject_method].append(right)
        low, high = next(band for band in BANDS if band[0] <= finding.confidence < band[1])
        by_band[f"confidence {low:.1f}-{min(high, 1.0):.1f}"].append(right)
    print_table("subject method", dict(sorted(by_method.items())))
    print_table("confidence band", dict(sorted(by_band.items(), reverse=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
