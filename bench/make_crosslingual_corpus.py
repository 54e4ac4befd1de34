"""A cross-lingual retrieval corpus from the Tatoeba sample: the English sentences are the knowledge (one
document each) and their translations in de, fr, es, it, pt, nl are the questions, each relevant to the
sentence it translates. Measures how much a question in one language finds knowledge written in another.

    .venv/bin/python bench/make_crosslingual_corpus.py OUT_DIR [--data ../shared/data] [--per-language 100]
    ./just eval-retrieval OUT_DIR
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")


def build(tatoeba: Path, out: Path, per_language: int, languages: tuple[str, ...] = LANGUAGES) -> tuple[int, int]:
    rows: dict[str, list[dict]] = {lang: [] for lang in languages}
    with (tatoeba / "sentences.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["lang"] in rows and row["english"].strip():
                rows[row["lang"]].append(row)
    documents: dict[str, str] = {}  # English sentence -> document id
    questions: list[dict] = []
    for lang, found in rows.items():
        step = max(1, len(found) // per_language)  # spread over the file, which is sorted by the sentence
        for n, row in enumerate(found[::step][:per_language]):
            english = row["english"].strip()
            doc_id = documents.setdefault(english, f"en-{len(documents):04d}")
            questions.append({"id": f"{lang}-{n:03d}", "question": row["text"].strip(), "relevant_ids": [doc_id],
                              "language": lang})
    out.mkdir(parents=True, exist_ok=True)
    with (out / "corpus.jsonl").open("w", encoding="utf-8") as handle:
        for text, doc_id in documents.items():
            # the knowledge's language, as its owner can set it on a source (a one-line text is too short to detect)
            handle.write(json.dumps({"id": doc_id, "title": "", "text": text, "language": "en"}) + "\n")
    with (out / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in questions:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    return len(documents), len(questions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--per-language", type=int, default=100)
    args = parser.parse_args()
    documents, questions = build(args.data / "tatoeba", args.out, args.per_language)
    print(f"{args.out}: {documents} English documents, {questions} questions in {', '.join(LANGUAGES)}")


if __name__ == "__main__":
    main()
