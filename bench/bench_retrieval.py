"""Retrieval latency and recall at 10k and 100k chunks (HNSW vs exact), and ingest throughput of the
default embedder. Runs against the real schema on embedded PostgreSQL + pgvector (or DATABASE_URL).

  * ingest: synthetic help-centre-like documents through the real pipeline (text sources, the
    worker's ingestion: chunking, hashing embedder, chunks + full-text postings), run by an arq worker
    at the worker's concurrency (WORKER_MAX_JOBS) → docs/s, chunks/s;
    once into a near-empty table, and once more at the end into the table holding the last corpus
    (every chunk then joins a 100k-node HNSW graph).
  * latency: one chatbot holding N chunks (bulk-loaded with the default embedder's vectors; the
    HNSW index is built once), queries through the repository exactly as a search runs them (one
    unit of work: RLS, ef_search, index scan) → p50/p95 ms, and recall@10 against exact search
    over the same rows with the same queries.
  * corpora (--corpus, both by default, one at a time in the table):
      topical — help-centre-like: topics with their own Zipf-ranked vocabulary over a Zipf general
                vocabulary; queries name a topic. Vectors cluster as real help-centre text does.
      uniform — every word drawn uniformly from one ~150-word vocabulary: nearly uniform vectors,
                the worst case for HNSW (the bench's only corpus before).

    ./just bench-retrieval [--sizes 10000,100000] [--queries 200] [--corpus topical,uniform]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tqdm import tqdm  # noqa: E402

from bench.support import owner_with_chatbot, parley_in_process, percentile  # noqa: E402

VOCAB = ["account", "add", "address", "admin", "analytics", "app", "appointment", "archive", "billing", "blog", "booking", "browser", "button", "cancel", "card", "cart", "checkout", "code", "contact", "cookie", "coupon", "course", "custom", "customer", "dashboard", "data", "delete", "delivery", "design", "discount", "domain", "download", "edit", "email", "event", "export", "fee", "file", "form", "gallery", "gift", "guest", "help", "hosting", "image", "import", "inbox", "invoice", "item", "language", "layout", "link", "list", "login", "logo", "mailbox", "manage", "member", "menu", "message", "mobile", "newsletter", "notification", "order", "owner", "page", "password", "payment", "plan", "policy", "premium", "price", "privacy", "product", "profile", "promotion", "publish", "receipt", "refund", "renew", "report", "reservation", "restore", "review", "role", "sale", "schedule", "search", "section", "security", "service", "settings", "shipping", "site", "size", "social", "staff", "store", "subscription", "support", "tax", "team", "template", "ticket", "transfer", "update", "upgrade", "upload", "user", "verify", "video", "visitor", "voucher", "website", "widget"]
GLUE = ["how", "to", "can", "I", "my", "the", "a", "for", "on", "in", "your", "of", "with", "and", "when", "is", "to", "your", "does", "what"]


def sentence(rng: random.Random, words: int = 14) -> str:
    out = []
    for _ in range(words):
        out.append(rng.choice(VOCAB) if rng.random() < 0.6 else rng.choice(GLUE))
    return " ".join(out).capitalize() + "."


class UniformCorpus:
    """Sentences of words drawn uniformly from VOCAB: every chunk is about everything, so the vectors are
    nearly uniform on the sphere — the worst case for HNSW, unlike any help centre."""

    name = "uniform"

    def chunk(self, rng: random.Random) -> str:
        return " ".join(sentence(rng) for _ in range(4))

    def query(self, rng: random.Random) -> str:
        return sentence(rng, rng.randint(5, 12))


class TopicalCorpus:
    """Help-centre-like text: articles about distinct topics, each with its own vocabulary (Zipf-ranked
    within the topic), over a shared Zipf-distributed general vocabulary and function words; topics
    themselves are Zipf-popular. Queries name a topic in a few words. Words beyond VOCAB are
    pronounceable pseudo-words (the hashing embedder sees only characters)."""

    name = "topical"

    def __init__(self, seed: int = 1234, topics: int = 500, general: int = 3000, per_topic: int = 30) -> None:
        rng = random.Random(seed)
        syllables = [c + v for c in "bcdfghklmnprstvwz" for v in "aeiou"] + ["qu" + v for v in "aei"]
        words: list[str] = []
        seen = set(VOCAB) | set(GLUE)
        while len(words) < general + topics * per_topic // 2:
            w = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) + rng.choice(["", "", "s", "er", "ing"])
            if w not in seen:
                seen.add(w)
                words.append(w)
        self.general = VOCAB + words[:general]
        self.general_cum = self._zipf(len(self.general), 1.1)
        pool = VOCAB + words[general:]  # topics share words with each other and with VOCAB now and then
        self.topics = [rng.sample(pool, per_topic) for _ in range(topics)]
        self.topic_word_cum = self._zipf(per_topic, 0.9)
        self.topic_cum = self._zipf(topics, 0.8)

    @staticmethod
    def _zipf(n: int, s: float) -> list[float]:
        total, out = 0.0, []
        for rank in range(1, n + 1):
            total += 1.0 / rank**s
            out.append(total)
        return out

    def _words(self, rng: random.Random, topic: list[str], n: int, topical: float, glue: float) -> str:
        kinds = [rng.random() for _ in range(n)]
        n_glue = sum(k < glue for k in kinds)
        n_topic = sum(glue <= k < glue + topical for k in kinds)
        out = (rng.choices(GLUE, k=n_glue) + rng.choices(topic, cum_weights=self.topic_word_cum, k=n_topic)
               + rng.choices(self.general, cum_weights=self.general_cum, k=n - n_glue - n_topic))
        rng.shuffle(out)
        return " ".join(out).capitalize() + "."

    def _topic(self, rng: random.Random) -> list[str]:
        return self.topics[rng.choices(range(len(self.topics)), cum_weights=self.topic_cum)[0]]

    def chunk(self, rng: random.Random) -> str:
        topic = self._topic(rng)
        return " ".join(self._words(rng, topic, 14, 0.4, 0.3) for _ in range(4))

    def query(self, rng: random.Random) -> str:
        return self._words(rng, self._topic(rng), rng.randint(5, 12), 0.6, 0.2)[:-1] + "?"


CORPORA = {"uniform": UniformCorpus, "topical": TopicalCorpus}


def document(rng: random.Random) -> str:
    parts = [f"# {sentence(rng, 4)[:-1]}"]
    for _ in range(3):
        parts.append(f"## {sentence(rng, 3)[:-1]}")
        parts.extend(sentence(rng) for _ in range(rng.randint(4, 8)))
    return "\n".join(parts)


async def ingest_queued(container, redis_url: str, expected: int, label: str) -> tuple[int, float]:
    """Run the jobs that adding the sources queued, as the worker runs them: an arq worker (burst mode)
    with the worker's concurrency, calling the same ingestion. → (chunks stored, seconds)."""
    from arq import Worker, func
    from arq.connections import RedisSettings, create_pool

    from infrastructure.jobs.queue import WORKER_MAX_JOBS

    progress = tqdm(total=expected, desc=label, unit="doc")
    chunks = 0

    async def ingest_source(ctx: dict, tenant_id: str, source_id: str) -> str | None:
        nonlocal chunks
        from uuid import UUID

        source = await container.knowledge.ingest(UUID(tenant_id), UUID(source_id))
        chunks += source.chunk_count if source else 0
        progress.update()
        return source.status if source else None

    worker = Worker(functions=[func(ingest_source, name="ingest_source")],
                    redis_pool=await create_pool(RedisSettings.from_dsn(redis_url)),
                    burst=True, max_jobs=WORKER_MAX_JOBS, handle_signals=False, poll_delay=0.05, keep_result=0)
    started = time.perf_counter()
    try:
        await worker.main()
    finally:
        await worker.close()
        progress.close()
    return chunks, time.perf_counter() - started


async def run(sizes: list[int], queries: int, ingest_docs: int, corpora: list[str], hnsw_params: str = "",
              min_ef: int = 0) -> None:
    import asyncpg
    import numpy as np
    from pgvector.asyncpg import register_vector

    from domain.ids import new_id
    from domain.knowledge.services import NewSource
    from infrastructure.knowledge import repositories as repos
    from infrastructure.logging import configure_logging

    configure_logging("warning")
    async with parley_in_process("parley-bench-") as parley:
        container, owner_url, redis_url = parley.container, parley.owner_url, parley.redis_url
        knowledge = container.knowledge
        embedder = knowledge.embedders.default
        rng = random.Random(42)

        async def workspace(label: str):
            principal, chatbot = await owner_with_chatbot(container, label, label)
            return principal.tenant_id, principal, chatbot.id

        # --- ingest throughput --------------------------------------------------------------------
        tenant_id, principal, chatbot_id = await workspace("ingest")
        docs = [document(rng) for _ in range(ingest_docs)]
        sources = [await knowledge.add_source(principal, chatbot_id, NewSource(kind="text", name=f"doc {i}", text=t))
                   for i, t in enumerate(docs)]
        chunks, elapsed = await ingest_queued(container, redis_url, len(sources), "ingest")
        print(f"ingest ({embedder.name}): {len(docs)} docs, {chunks} chunks in {elapsed:.1f} s → "
              f"{len(docs) / elapsed:.1f} docs/s, {chunks / elapsed:.0f} chunks/s")

        # --- latency and recall at each size, per corpus ---------------------------------------------
        owner = await asyncpg.connect(owner_url)
        await register_vector(owner)
        index = f"knowledge_chunks_hnsw_{embedder.dims}"
        index_def = await owner.fetchval("SELECT indexdef FROM pg_indexes WHERE indexname = $1", index)
        if hnsw_params:  # compare other build parameters than the migrations' (e.g. "m = 16, ef_construction = 64")
            head, rest = index_def.split(" WITH (", 1)
            index_def = f"{head} WITH ({hnsw_params}){rest.split(')', 1)[1]}"
        if min_ef:
            repos.MIN_EF_SEARCH = min_ef
        print(f"index: {index_def.split(' USING ', 1)[1]}; default policy: ef_search ≥ {repos.MIN_EF_SEARCH}")
        print(f"\n{'corpus':>8} {'chunks':>8} {'path':>16} {'ef_search':>9} {'p50 ms':>8} {'p95 ms':>8} {'recall@10':>10}")
        previous = None
        for corpus_name in corpora:
            corpus = CORPORA[corpus_name]()
            rng = random.Random(42)
            if previous is not None:  # one corpus in the table at a time
                await owner.execute(f"DROP INDEX IF EXISTS {index}")
                await owner.execute("DELETE FROM knowledge_chunks WHERE chatbot_id = $1", previous)
                await owner.execute("VACUUM knowledge_chunks")
            query_vectors = [await embedder.embed_query(corpus.query(rng)) for _ in range(queries)]
            loaded = 0
            tenant_id, principal, chatbot_id = await workspace(f"latency-{corpus_name}")
            previous = chatbot_id
            source_id, document_id = new_id(), new_id()
            await owner.execute(
                """INSERT INTO knowledge_sources (id, tenant_id, chatbot_id, kind, name, status) VALUES ($1, $2, $3, 'text', 'bulk', 'ready');
                """, source_id, tenant_id, chatbot_id)
            await owner.execute(
                """INSERT INTO knowledge_documents (id, tenant_id, chatbot_id, source_id, key, content_hash)
                   VALUES ($1, $2, $3, $4, 'bulk', 'x')""", document_id, tenant_id, chatbot_id, source_id)
            for size in sizes:
                # Bulk load as one would: without the HNSW index, then build it once (far faster than
                # inserting row by row into the graph).
                await owner.execute(f"DROP INDEX IF EXISTS {index}")
                batch = 5000
                with tqdm(total=size - loaded, desc=f"{corpus_name}: load to {size}", unit="chunk") as bar:
                    while loaded < size:
                        n = min(batch, size - loaded)
                        texts = [corpus.chunk(rng) for _ in range(n)]
                        vectors = await embedder.embed_documents(texts)
                        records = [(new_id(), tenant_id, chatbot_id, source_id, document_id, loaded + i, t, "bulk", "en",
                                    embedder.name, embedder.dims, np.asarray(v, dtype=np.float32))
                                   for i, (t, v) in enumerate(zip(texts, vectors))]
                        await owner.copy_records_to_table(
                            "knowledge_chunks", records=records,
                            columns=["id", "tenant_id", "chatbot_id", "source_id", "document_id", "ordinal", "text", "title",
                                     "language", "embedding_model", "dims", "embedding"])
                        loaded += n
                        bar.update(n)
                await owner.execute("UPDATE knowledge_sources SET chunk_count = $2 WHERE id = $1", source_id, loaded)
                t0 = time.perf_counter()
                await owner.execute("SET maintenance_work_mem = '1GB'")
                await owner.execute(index_def)
                await owner.execute("ANALYZE knowledge_chunks")
                print(f"(HNSW index over {loaded} {corpus_name} chunks built in {time.perf_counter() - t0:.1f} s)",
                      file=sys.stderr)

                # Ground truth once per size: exact top 10 (its latency from the first queries only).
                truth, exact_latencies = [], []
                for i, vector in enumerate(tqdm(query_vectors, desc="exact top-10", unit="query", leave=False)):
                    t = time.perf_counter()
                    async with container.db.unit_of_work(tenant_id) as uow:
                        exact = await uow.knowledge_chunks.exact(chatbot_id, repos.vector_literal(vector), embedder.name, 10, None)
                    if i < 50:
                        exact_latencies.append(time.perf_counter() - t)
                    truth.append({c.chunk_id for c in exact})
                print(f"{corpus_name:>8} {loaded:>8} {'exact':>16} {'-':>9} {percentile(exact_latencies, 50) * 1000:>8.1f} "
                      f"{percentile(exact_latencies, 95) * 1000:>8.1f} {1.0:>10.3f}")

                async def measure(threshold: int, min_ef: int) -> tuple[float, float, float]:
                    repos.EXACT_BELOW, repos.MIN_EF_SEARCH = threshold, min_ef
                    latencies, hits = [], 0
                    for vector, expected in zip(query_vectors, truth):
                        t = time.perf_counter()
                        async with container.db.unit_of_work(tenant_id) as uow:
                            found = await uow.knowledge_chunks.dense(chatbot_id, vector, embedder.name, embedder.dims, 10, None)
                        latencies.append(time.perf_counter() - t)
                        hits += len({c.chunk_id for c in found} & expected)
                    return percentile(latencies, 50) * 1000, percentile(latencies, 95) * 1000, hits / (10 * len(query_vectors))

                defaults = (repos.EXACT_BELOW, repos.MIN_EF_SEARCH)
                for label, threshold, ef in (("hnsw", 0, 40), ("hnsw", 0, 100), ("hnsw", 0, 128),
                                             ("default policy", defaults[0], defaults[1])):
                    p50, p95, recall = await measure(threshold, ef)
                    ef_text = "exact" if label == "default policy" and loaded <= defaults[0] else str(ef)
                    print(f"{corpus_name:>8} {loaded:>8} {label:>16} {ef_text:>9} {p50:>8.1f} {p95:>8.1f} {recall:>10.3f}")
                repos.EXACT_BELOW, repos.MIN_EF_SEARCH = defaults
        print(f"(load average {' '.join(f'{x:.2f}' for x in os.getloadavg())})")

        # --- ingest again, now that the HNSW index holds the last corpus: each chunk joins the graph ----
        tenant_id, principal, chatbot_id = await workspace("ingest-at-scale")
        indexed = await owner.fetchval("SELECT count(*) FROM knowledge_chunks")
        docs = [document(rng) for _ in range(max(ingest_docs // 3, 1))]
        sources = [await knowledge.add_source(principal, chatbot_id, NewSource(kind="text", name=f"doc {i}", text=t))
                   for i, t in enumerate(docs)]
        chunks, elapsed = await ingest_queued(container, redis_url, len(sources), "ingest at scale")
        print(f"ingest into a table of {indexed} indexed chunks: {len(docs)} docs, {chunks} chunks in {elapsed:.1f} s → "
              f"{len(docs) / elapsed:.1f} docs/s, {chunks / elapsed:.0f} chunks/s")
        await owner.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated chunk counts, ascending")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--ingest-docs", type=int, default=300)
    parser.add_argument("--corpus", default="topical,uniform",
                        help="comma-separated: topical (help-centre-like) and/or uniform (the worst case)")
    parser.add_argument("--hnsw-params", default="", help='override the index build parameters, e.g. "m = 16, ef_construction = 64"')
    parser.add_argument("--min-ef", type=int, default=0, help="override the default policy's minimum hnsw.ef_search")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    corpora = [c.strip() for c in args.corpus.split(",") if c.strip()]
    if unknown := [c for c in corpora if c not in CORPORA]:
        parser.error(f"unknown corpus {', '.join(unknown)}; choose from {', '.join(CORPORA)}")
    asyncio.run(run(sizes, args.queries, args.ingest_docs, corpora, args.hnsw_params, args.min_ef))


if __name__ == "__main__":
    main()
