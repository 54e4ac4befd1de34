"""Retrieval quality on a dataset folder: corpus.jsonl ({id,title,text}) + questions.jsonl
({id,question,relevant_ids}). Ingests the corpus through the real pipeline (text sources, the
worker's ingestion, PostgreSQL + pgvector) and prints recall@1/5/10, MRR@10 and nDCG@10 for:

  bm25    rank_bm25's BM25Okapi over the same chunks (the outside baseline)
  text    our full-text retriever alone (PostgreSQL tsvector)
  dense   our dense retriever alone (the chatbot's embedder, pgvector)
  hybrid  dense + full-text fused with reciprocal-rank fusion (what the product serves)

Metrics are per document: a ranked list of chunks becomes the list of their documents, first
occurrence kept. Usage: python bench/eval_retrieval.py ../shared/data/wixqa [--limit N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import re
import sys
import time
from pathlib import Path
from typing import Any
from uuid import UUID

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tqdm import tqdm  # noqa: E402

from bench.support import owner_with_chatbot, parley_in_process, percentile  # noqa: E402

MODES = ("bm25", "text", "dense", "hybrid")
CHUNKS_PER_QUERY = 50  # chunks fetched per question, deduplicated to documents
_TOKEN = re.compile(r"\w+", re.UNICODE)


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def bm25_tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def metrics(ranked: list[str], relevant: set[str]) -> dict[str, float]:
    out = {}
    for k in (1, 5, 10):
        out[f"recall@{k}"] = len(set(ranked[:k]) & relevant) / len(relevant)
    out["mrr@10"] = next((1.0 / (i + 1) for i, doc in enumerate(ranked[:10]) if doc in relevant), 0.0)
    dcg = sum(1.0 / math.log2(i + 2) for i, doc in enumerate(ranked[:10]) if doc in relevant)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(len(relevant), 10)))
    out["ndcg@10"] = dcg / ideal
    return out


def dedupe(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def parse_embedder(spec: str):
    """`hashing`, `local` (all-MiniLM-L6-v2) or `local:MODEL` → the chatbot's embedder choice."""
    from domain.knowledge.model import EmbedderChoice

    kind, _, model = spec.partition(":")
    return EmbedderChoice(kind, model)


async def ingest_corpus(container, principal, chatbot_id, corpus: list[dict]) -> tuple[dict[UUID, str], float]:
    from domain.knowledge.services import NewSource

    doc_of_source: dict[UUID, str] = {}
    started = time.perf_counter()
    for doc in tqdm(corpus, desc="ingest", unit="doc", leave=False):
        new = NewSource(kind="text", name=(doc.get("title") or doc["id"])[:200], text=doc["text"], language=doc.get("language"))
        source = await container.knowledge.add_source(principal, chatbot_id, new)
        ingested = await container.knowledge.ingest(principal.tenant_id, source.id)  # what the worker's job runs
        if ingested is None or ingested.status != "ready":
            print(f"warning: {doc['id']} failed: {ingested and ingested.failure_reason}", file=sys.stderr)
        doc_of_source[source.id] = doc["id"]
    return doc_of_source, time.perf_counter() - started


async def run(dataset: Path, limit: int | None, keep_data: str | None, embedders: list[str]) -> None:
    from rank_bm25 import BM25Okapi

    from domain.knowledge.model import EmbedderChoice
    from infrastructure.logging import configure_logging

    configure_logging("warning")
    corpus = load_jsonl(dataset / "corpus.jsonl")
    questions = [q for q in load_jsonl(dataset / "questions.jsonl") if q.get("relevant_ids")]
    if limit:
        questions = questions[:limit]
    async with parley_in_process("parley-eval-", Path(keep_data) if keep_data else None) as parley:
        container = parley.container
        principal, chatbot = await owner_with_chatbot(container, "Eval workspace", f"Eval {dataset.name}")
        doc_of_source, ingest_seconds = await ingest_corpus(container, principal, chatbot.id, corpus)
        async with container.db.unit_of_work(principal.tenant_id) as uow:
            rows = await uow.conn.fetch(
                "SELECT id, source_id, title, heading, text FROM knowledge_chunks WHERE chatbot_id = $1 ORDER BY id",
                chatbot.id,
            )
        chunk_doc = [doc_of_source[r["source_id"]] for r in rows]
        bm25 = BM25Okapi([bm25_tokens(f"{r['title']} {r['heading']} {r['text']}") for r in rows])
        print(f"corpus: {len(corpus)} documents → {len(rows)} chunks; questions: {len(questions)}")

        # One chatbot per embedder, each with its corpus ingested under that embedder (bm25 and text are the same).
        runs: list[tuple[str, Any, UUID, dict[UUID, str]]] = []
        speed: list[str] = []
        for spec in embedders:
            choice = parse_embedder(spec)
            label = spec if spec != "local" else "local:all-MiniLM-L6-v2"
            if choice == EmbedderChoice():
                owner, bot_id, docs, seconds = principal, chatbot.id, doc_of_source, ingest_seconds
                switch = ""
            else:
                owner, other = await owner_with_chatbot(container, f"Eval {label}", f"Eval {dataset.name} {label}")
                bot_id = other.id
                await container.knowledge.set_embedder(owner, bot_id, choice)
                embedder = container.knowledge.embedders.for_choice(choice)
                if hasattr(embedder, "warm_up"):
                    await embedder.warm_up()  # loading the model is not ingestion
                docs, seconds = await ingest_corpus(container, owner, bot_id, corpus)
                # the job that runs when a chatbot switches embedder: its chunks re-embedded in large batches
                await container.knowledge.set_embedder(owner, bot_id, EmbedderChoice())
                await container.knowledge.reembed(owner.tenant_id, bot_id)
                await container.knowledge.set_embedder(owner, bot_id, choice)
                t0 = time.perf_counter()
                done = await container.knowledge.reembed(owner.tenant_id, bot_id)
                switch = f"; switching to it (the re-embed job) {done / (time.perf_counter() - t0):.1f} chunks/s"
            speed.append(f"  {label:32} ingestion {len(rows) / seconds:7.1f} chunks/s ({seconds:.1f} s){switch}")
            runs.append((label, owner, bot_id, docs))
        load = os.getloadavg()[0]
        print(f"ingestion speed (per source, as the worker runs it; one process; {os.cpu_count()} cores, "
              f"load average {load:.1f} at the end):")
        print("\n".join(speed))

        totals: dict[str, dict[str, float]] = {}
        latency: dict[str, list[float]] = {}
        modes = [("bm25", None), ("text", 0)] + [(f"{m} {label}", i) for i, (label, _, _, _) in enumerate(runs)
                                                  for m in ("dense", "hybrid")]
        for q in tqdm(questions, desc="search", unit="question", leave=False):
            relevant = set(q["relevant_ids"])
            for name, index in modes:
                t0 = time.perf_counter()
                if index is None:
                    scores = bm25.get_scores(bm25_tokens(q["question"]))
                    order = sorted(range(len(rows)), key=lambda i: -scores[i])[:CHUNKS_PER_QUERY]
                    ranked = dedupe([chunk_doc[i] for i in order])
                else:
                    _, owner, bot_id, docs = runs[index]
                    passages = await container.knowledge.retrieve(
                        owner.tenant_id, bot_id, q["question"], k=CHUNKS_PER_QUERY, mode=name.split()[0],
                        language=q.get("language"),  # the assistant passes the visitor's detected language
                    )
                    ranked = dedupe([docs[p.source_id] for p in passages])
                latency.setdefault(name, []).append(time.perf_counter() - t0)
                for metric, value in metrics(ranked, relevant).items():
                    totals.setdefault(name, {})[metric] = totals.get(name, {}).get(metric, 0.0) + value

        names = ["recall@1", "recall@5", "recall@10", "mrr@10", "ndcg@10"]
        width = max(10, *(len(name) + 2 for name, _ in modes))
        print()
        print(f"{'':{width}}" + "".join(f"{n:>11}" for n in names) + f"{'p50 ms':>9}")
        for name, _ in modes:
            cells = "".join(f"{totals[name][n] / len(questions):>11.3f}" for n in names)
            print(f"{name:{width}}{cells}{percentile(latency[name], 50) * 1000:>9.1f}")
        print(f"\nhashing = {container.knowledge.embedders.default.name}; fusion: RRF k={container.knowledge.retrieval.rrf_k}, "
              f"{container.knowledge.retrieval.candidates_per_retriever} candidates per retriever")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dataset", type=Path, help="folder with corpus.jsonl and questions.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="only the first N questions")
    parser.add_argument("--data-dir", default=None, help="keep the embedded database here (default: a temp folder)")
    parser.add_argument("--embedder", default="hashing",
                        help="comma-separated embedders measured side by side: hashing, local (all-MiniLM-L6-v2), "
                             "local:multilingual-e5-small (default: hashing)")
    args = parser.parse_args()
    for name in ("corpus.jsonl", "questions.jsonl"):
        if not (args.dataset / name).is_file():
            parser.error(f"{args.dataset / name} not found")
    asyncio.run(run(args.dataset, args.limit, args.data_dir, [e.strip() for e in args.embedder.split(',') if e.strip()]))


if __name__ == "__main__":
    main()
