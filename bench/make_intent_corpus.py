"""A retrieval corpus unlike WixQA, built from CLINC150: one document per intent (its training utterances,
titled with the intent's name in words) and, as questions, held-out test utterances whose relevant document
is their intent's. Short conversational queries against list-like documents of very different wording
test tokenisation, stop words and length normalisation rather than matching a help centre's phrasing.

    .venv/bin/python bench/make_intent_corpus.py OUT_DIR [--data ../shared/data] [--per-intent 3]
    ./just eval-retrieval OUT_DIR
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def build(clinc: Path, out: Path, per_intent: int) -> tuple[int, int]:
    examples: dict[str, list[str]] = defaultdict(list)
    for row in load(clinc / "train.jsonl"):
        if row["intent"] != "oos":
            examples[row["intent"]].append(row["text"])
    held_out: dict[str, list[str]] = defaultdict(list)
    for row in load(clinc / "test.jsonl"):
        if row["intent"] in examples and len(held_out[row["intent"]]) < per_intent:
            held_out[row["intent"]].append(row["text"])
    out.mkdir(parents=True, exist_ok=True)
    with (out / "corpus.jsonl").open("w", encoding="utf-8") as corpus:
        for intent, texts in sorted(examples.items()):
            text = "\n".join(t[:1].upper() + t[1:] + ("" if t.endswith(("?", ".", "!")) else ".") for t in texts)
            corpus.write(json.dumps({"id": intent, "title": intent.replace("_", " ").capitalize(), "text": text}) + "\n")
    questions = [(intent, q) for intent, qs in sorted(held_out.items()) for q in qs]
    with (out / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for n, (intent, question) in enumerate(questions):
            handle.write(json.dumps({"id": f"clinc-{n:04d}", "question": question, "relevant_ids": [intent]}) + "\n")
    return len(examples), len(questions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--per-intent", type=int, default=3, help="held-out questions per intent")
    args = parser.parse_args()
    documents, questions = build(args.data / "clinc150", args.out, args.per_intent)
    print(f"{args.out}: {documents} documents, {questions} questions")


if __name__ == "__main__":
    main()
