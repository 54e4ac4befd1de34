"""Sentiment of clearly positive or negative customer messages in en, de, es, fr, it, pt, nl
(bench/data/sentiment_messages.tsv, written for Parley: 10 positive and 10 negative per language). A message
counts as right when the score has its label's sign (beyond ±0.05, VADER's neutral band). The odd rows were
used while extending the lexicons, the even rows were not: both halves are printed.

    python bench/eval_sentiment.py [--data bench/data/sentiment_messages.tsv]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from infrastructure.nlp.sentiment import MultilingualSentiment  # noqa: E402

BASELINE = "before the lexicon work: 47.1 % (development half), 71.4 % (held-out half); target >= 85 %"


def accuracy(rows: list[dict], analyzer: MultilingualSentiment) -> tuple[dict[str, list[int]], list[dict]]:
    per_language: dict[str, list[int]] = {}
    misses = []
    for row in rows:
        score = analyzer.analyze(row["text"], row["lang"]).score
        right = score > 0.05 if row["label"] == "positive" else score < -0.05
        counts = per_language.setdefault(row["lang"], [0, 0])
        counts[0] += right
        counts[1] += 1
        if not right:
            misses.append({**row, "score": round(score, 3)})
    return per_language, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT / "bench" / "data" / "sentiment_messages.tsv")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    with args.data.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    analyzer = MultilingualSentiment()
    for name, part in (("development (odd rows)", rows[0::2]), ("held out (even rows)", rows[1::2]), ("all", rows)):
        per_language, misses = accuracy(part, analyzer)
        right, total = sum(c[0] for c in per_language.values()), sum(c[1] for c in per_language.values())
        cells = "  ".join(f"{lang} {100 * ok / n:.0f}%" for lang, (ok, n) in per_language.items())
        print(f"{name:24} {100 * right / total:5.1f} %   {cells}")
        if args.show_misses and name == "all":
            for miss in misses:
                print(f"  miss {miss['lang']} {miss['label']:8} {miss['score']:+.3f}  {miss['text']}")
    print(f"baseline: {BASELINE}")


if __name__ == "__main__":
    main()
