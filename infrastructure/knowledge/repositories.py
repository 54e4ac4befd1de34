"""SQL repositories of the knowledge context, bound to a tenant unit of work (RLS applies).

Dense retrieval and the HNSW underfill problem: on pgvector 0.6 an HNSW scan returns at most
`hnsw.ef_search` candidates from the *whole* index and only then applies `WHERE chatbot_id = ...`,
so a chatbot owning a small share of the table gets fewer than k rows back (often none). We:
  1. search exactly (sequential over the chatbot's own rows, via the btree) when the chatbot has
     at most EXACT_BELOW chunks — cheap at that size and always complete;
  2. otherwise raise ef_search so that, at the chatbot's share of the table, the expected number
     of its rows among the candidates is about OVERFETCH × k (capped at pgvector's 1000);
  3. and fall back to the exact search whenever the index still returns fewer than k rows, or
     when the needed ef_search exceeds the cap.
So a search returns min(k, chunks the chatbot has) rows, always.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from uuid import UUID

import asyncpg

from domain.knowledge.model import Candidate, Chunk, Document, EmbedderChoice, Passage, Source
from infrastructure.db.repository import BoundRepository

HNSW_DIMS = frozenset({384, 512, 768, 1024, 1536})  # widths with a partial HNSW index (0002, rebuilt in 0006)
EXACT_BELOW = 2_000
OVERFETCH = 2.0
MIN_EF_SEARCH = 200  # with 0006's graphs: recall@10 ≥ 0.95 against exact search at 100k chunks, even on the
#                      bench's uniform worst case (bench/bench_retrieval.py)
MAX_EF_SEARCH = 1000  # pgvector's limit
BM25_K1 = 1.2
BM25_B = 0.75
SHORT_QUERY_WORDS = 5  # a chat message's content words (CLINC150 utterances: median 4; WixQA questions: 9)


def vector_literal(values: Sequence[float]) -> str:
    return "[" + ",".join(f"{v:.6g}" for v in values) + "]"



class KnowledgeSettingsRepo(BoundRepository):
    async def get(self, chatbot_id: UUID) -> EmbedderChoice | None:
        row = await self.conn.fetchrow(
            "SELECT embedder, model, base_url, api_key_ciphertext FROM knowledge_settings WHERE chatbot_id = $1",
            chatbot_id,
        )
        if row is None:
            return None
        api_key = None
        if row["api_key_ciphertext"] is not None:
            cipher = await self.uow.cipher()
            api_key = cipher.decrypt(row["api_key_ciphertext"], "knowledge_settings", "api_key", chatbot_id)
        return EmbedderChoice(row["embedder"], row["model"], row["base_url"], api_key)

    async def put(self, chatbot_id: UUID, choice: EmbedderChoice) -> None:
        sealed = None
        if choice.api_key:
            cipher = await self.uow.cipher()
            sealed = cipher.encrypt(choice.api_key, "knowledge_settings", "api_key", chatbot_id)
        await self.conn.execute(
            """INSERT INTO knowledge_settings (chatbot_id, tenant_id, embedder, model, base_url, api_key_ciphertext)
               VALUES ($1, $2, $3, $4, $5, $6)
               ON CONFLICT (chatbot_id) DO UPDATE SET embedder = $3, model = $4, base_url = $5,
                 api_key_ciphertext = $6, updated_at = now()""",
            chatbot_id,
            self.uow.tenant_id,
            choice.embedder,
            choice.model,
            choice.base_url,
            sealed,
        )


class SourceRepo(BoundRepository):
    _COLUMNS = """id, tenant_id, chatbot_id, kind, name, status, failure_reason, config, payload, language,
                  document_count, chunk_count, content_hash, resync_interval_seconds, last_synced_at, created_at,
                  updated_at"""
    # Listings leave the (possibly large) payload in the database.
    _LIST_COLUMNS = _COLUMNS.replace("payload,", "NULL::bytea AS payload,")

    @staticmethod
    def _to_source(row: asyncpg.Record) -> Source:
        return Source(**dict(row))

    async def fingerprint(self, chatbot_id: UUID) -> str:
        """Changes whenever a source of the chatbot is added, re-synced, changed or removed."""
        row = await self.conn.fetchrow(
            """SELECT count(*) AS n, coalesce(max(updated_at)::text, '') AS changed,
                      coalesce(sum(chunk_count), 0) AS chunks
               FROM knowledge_sources WHERE chatbot_id = $1""",
            chatbot_id,
        )
        return f"{row['n']}|{row['chunks']}|{row['changed']}"

    async def add(self, source: Source) -> None:
        row = await self.conn.fetchrow(
            """INSERT INTO knowledge_sources (id, tenant_id, chatbot_id, kind, name, status, config, payload, language,
                 resync_interval_seconds)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING created_at, updated_at""",
            source.id,
            source.tenant_id,
            source.chatbot_id,
            source.kind,
            source.name,
            source.status,
            source.config,
            source.payload,
            source.language,
            source.resync_interval_seconds,
        )
        source.created_at, source.updated_at = row["created_at"], row["updated_at"]

    async def get(self, source_id: UUID, *, for_update: bool = False) -> Source | None:
        lock = " FOR UPDATE" if for_update else ""
        row = await self.conn.fetchrow(f"SELECT {self._COLUMNS} FROM knowledge_sources WHERE id = $1{lock}", source_id)
        return self._to_source(row) if row else None

    async def list(self, chatbot_id: UUID, limit: int, before: UUID | None) -> list[Source]:
        rows = await self.conn.fetch(
            f"""SELECT {self._LIST_COLUMNS} FROM knowledge_sources WHERE chatbot_id = $1 AND id < $2
                ORDER BY id DESC LIMIT $3""",
            chatbot_id,
            before or UUID(int=(1 << 128) - 1),
            limit,
        )
        return [self._to_source(r) for r in rows]

    async def update(self, source: Source) -> None:
        await self.conn.execute(
            """UPDATE knowledge_sources SET name = $2, status = $3, failure_reason = $4, document_count = $5,
                 chunk_count = $6, content_hash = $7, resync_interval_seconds = $8, last_synced_at = $9,
                 updated_at = $10
               WHERE id = $1""",
            source.id,
            source.name,
            source.status,
            source.failure_reason,
            source.document_count,
            source.chunk_count,
            source.content_hash,
            source.resync_interval_seconds,
            source.last_synced_at,
            source.updated_at,
        )

    async def delete(self, source_id: UUID) -> bool:
        return await self.conn.execute("DELETE FROM knowledge_sources WHERE id = $1", source_id) == "DELETE 1"


class DocumentRepo(BoundRepository):
    async def list_for_source(self, source_id: UUID) -> list[Document]:
        rows = await self.conn.fetch(
            """SELECT id, tenant_id, chatbot_id, source_id, key, title, url, language, content_hash, chunk_count
               FROM knowledge_documents WHERE source_id = $1 ORDER BY key""",
            source_id,
        )
        return [Document(**dict(r)) for r in rows]

    async def upsert(self, document: Document) -> None:
        await self.conn.execute(
            """INSERT INTO knowledge_documents (id, tenant_id, chatbot_id, source_id, key, title, url, language,
                 content_hash, chunk_count)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
               ON CONFLICT (id) DO UPDATE SET title = $6, url = $7, language = $8, content_hash = $9,
                 chunk_count = $10, updated_at = now()""",
            document.id,
            document.tenant_id,
            document.chatbot_id,
            document.source_id,
            document.key,
            document.title,
            document.url,
            document.language,
            document.content_hash,
            document.chunk_count,
        )

    async def delete(self, document_ids: Sequence[UUID]) -> None:
        await self.conn.execute("DELETE FROM knowledge_documents WHERE id = ANY($1::uuid[])", list(document_ids))


class ChunkRepo(BoundRepository):
    async def replace_for_document(self, document_id: UUID, chunks: Sequence[Chunk]) -> None:
        await self.conn.execute("DELETE FROM knowledge_chunks WHERE document_id = $1", document_id)
        if not chunks:
            return
        await self.conn.executemany(
            """INSERT INTO knowledge_chunks (id, tenant_id, chatbot_id, source_id, document_id, ordinal, text,
                 heading_path, heading, title, url, language, embedding_model, dims, embedding)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::vector)""",
            [
                (
                    c.id, c.tenant_id, c.chatbot_id, c.source_id, c.document_id, c.ordinal, c.text,
                    c.heading_path, " > ".join(c.heading_path), c.title, c.url, c.language, c.embedding_model, len(c.embedding),
                    vector_literal(c.embedding),
                )
                for c in chunks
            ],
        )
        await self.conn.execute(
            """INSERT INTO knowledge_postings (chatbot_id, lexeme, chunk_id, tenant_id, source_id, tf, dl)
               SELECT chatbot_id, lexeme, id, tenant_id, source_id, tf, sum(tf) OVER (PARTITION BY id)
               FROM (SELECT c.chatbot_id, u.lexeme, c.id, c.tenant_id, c.source_id,
                            cardinality(u.positions) + cardinality(array_positions(u.weights, 'A')) AS tf
                     FROM knowledge_chunks c, unnest(parley_bm25_vector(c.language, c.title, c.heading, c.text)) u
                     WHERE c.document_id = $1) t""",
            document_id,
        )

    async def count(self, chatbot_id: UUID, embedding_model: str, source_ids: Sequence[UUID] | None) -> int:
        """Chunks the chatbot (or the given sources) holds, from the sources' counters: no scan."""
        return await self.conn.fetchval(
            """SELECT coalesce(sum(chunk_count), 0)::bigint FROM knowledge_sources
               WHERE chatbot_id = $1 AND ($2::uuid[] IS NULL OR id = ANY($2))""",
            chatbot_id,
            list(source_ids) if source_ids else None,
        )

    async def dense(
        self,
        chatbot_id: UUID,
        vector: Sequence[float],
        embedding_model: str,
        dims: int,
        limit: int,
        source_ids: Sequence[UUID] | None,
    ) -> list[Candidate]:
        owned = await self.count(chatbot_id, embedding_model, source_ids)
        if owned == 0:
            return []
        want = min(limit, owned)
        literal = vector_literal(vector)
        sources = list(source_ids) if source_ids else None
        if dims in HNSW_DIMS and owned > EXACT_BELOW:
            table = await self.conn.fetchval(
                "SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'knowledge_chunks'::regclass"
            )
            share = owned / max(table or 0, owned)
            ef = math.ceil(OVERFETCH * want / share)
            if ef <= MAX_EF_SEARCH:
                await self.conn.execute(f"SET LOCAL hnsw.ef_search = {max(ef, MIN_EF_SEARCH)}")
                rows = await self.conn.fetch(
                    f"""SELECT id, 1 - (embedding::vector({dims}) <=> $2::vector({dims})) AS score
                        FROM knowledge_chunks
                        WHERE dims = {dims} AND chatbot_id = $1 AND embedding_model = $3
                          AND ($4::uuid[] IS NULL OR source_id = ANY($4))
                        ORDER BY embedding::vector({dims}) <=> $2::vector({dims}) LIMIT $5""",
                    chatbot_id,
                    literal,
                    embedding_model,
                    sources,
                    limit,
                )
                if len(rows) >= want:
                    return [Candidate(r["id"], float(r["score"])) for r in rows]
        return await self.exact(chatbot_id, literal, embedding_model, limit, sources)

    async def exact(
        self, chatbot_id: UUID, literal: str, embedding_model: str, limit: int, sources: list[UUID] | None
    ) -> list[Candidate]:
        # `embedding <=> q` (no cast) matches no HNSW index expression: always an exact scan.
        rows = await self.conn.fetch(
            """SELECT id, 1 - distance AS score FROM (
                 SELECT id, embedding <=> $2::vector AS distance FROM knowledge_chunks
                 WHERE chatbot_id = $1 AND embedding_model = $3 AND ($4::uuid[] IS NULL OR source_id = ANY($4))
                 ORDER BY distance LIMIT $5) nearest""",
            chatbot_id,
            literal,
            embedding_model,
            sources,
            limit,
        )
        return [Candidate(r["id"], float(r["score"])) for r in rows]

    async def full_text(
        self, chatbot_id: UUID, query: str, limit: int, source_ids: Sequence[UUID] | None
    ) -> list[Candidate]:
        """BM25 (Okapi; title and heading occurrences count twice) over the chatbot's postings. The
        query is stemmed with each of the chatbot's document languages; any query word may match. Stop words
        count only when the query has at most SHORT_QUERY_WORDS other words: in a chat message they carry
        meaning, in a long question they match at random. They rank, but never match alone: a chunk sharing
        only "you" and "of" with the question is not found (the assistant reads a match as relevant). Only the postings of the query's lexemes are read;
        document frequencies and the mean length (over the chunks holding a query word) come from them."""
        rows = await self.conn.fetch(
            """WITH langs AS (SELECT DISTINCT language FROM knowledge_documents WHERE chatbot_id = $1),
               every_word AS (
                 SELECT DISTINCT x AS lexeme
                 FROM langs l, unnest(tsvector_to_array(to_tsvector(parley_bm25_config(l.language), $2))) x
               ),
               content AS (
                 SELECT DISTINCT x AS lexeme
                 FROM langs l, unnest(tsvector_to_array(to_tsvector(parley_ts_config(l.language), $2))) x
               ),
               ql AS (
                 SELECT lexeme FROM every_word
                 WHERE (SELECT count(*) FROM content) <= $8 OR lexeme IN (SELECT lexeme FROM content)
               ),
               p AS MATERIALIZED (
                 SELECT chunk_id, lexeme, tf, dl FROM knowledge_postings
                 WHERE chatbot_id = $1 AND lexeme IN (SELECT lexeme FROM ql)
                   AND ($3::uuid[] IS NULL OR source_id = ANY($3))
               ),
               df AS MATERIALIZED (SELECT lexeme, count(*) AS df FROM p GROUP BY lexeme),
               stats AS MATERIALIZED (
                 SELECT greatest(avg(dl), 1)::float8 AS avgdl FROM (SELECT DISTINCT chunk_id, dl FROM p) d
               )
               SELECT p.chunk_id AS id,
                      sum(ln(1 + ($4::float8 - df.df + 0.5) / (df.df + 0.5))
                          * p.tf * ($6::float8 + 1) / (p.tf + $6 * (1 - $7 + $7 * p.dl / stats.avgdl))) AS score
               FROM p JOIN df USING (lexeme) CROSS JOIN stats
               GROUP BY p.chunk_id HAVING bool_or(p.lexeme IN (SELECT lexeme FROM content))
               ORDER BY score DESC, p.chunk_id LIMIT $5""",
            chatbot_id,
            query,
            list(source_ids) if source_ids else None,
            max(await self.count(chatbot_id, "", None), 1),
            limit,
            BM25_K1,
            BM25_B,
            SHORT_QUERY_WORDS,
        )
        return [Candidate(r["id"], float(r["score"])) for r in rows]

    async def passages(self, chunk_ids: Sequence[UUID]) -> list[Passage]:
        rows = await self.conn.fetch(
            """SELECT id AS chunk_id, source_id, document_id, text, title, url, heading_path, language
               FROM knowledge_chunks WHERE id = ANY($1::uuid[])""",
            list(chunk_ids),
        )
        return [Passage(**{**dict(r), "heading_path": list(r["heading_path"])}) for r in rows]

    async def stale(self, chatbot_id: UUID, embedding_model: str, limit: int) -> list[Chunk]:
        rows = await self.conn.fetch(
            """SELECT id, tenant_id, chatbot_id, source_id, document_id, ordinal, text, heading_path, title, url,
                      language, embedding_model
               FROM knowledge_chunks WHERE chatbot_id = $1 AND embedding_model <> $2 ORDER BY id LIMIT $3""",
            chatbot_id,
            embedding_model,
            limit,
        )
        return [Chunk(**{**dict(r), "heading_path": list(r["heading_path"])}, embedding=[]) for r in rows]

    async def set_embeddings(self, updates: Sequence[tuple[UUID, list[float]]], embedding_model: str) -> None:
        await self.conn.executemany(
            "UPDATE knowledge_chunks SET embedding = $2::vector, embedding_model = $3, dims = $4 WHERE id = $1",
            [(chunk_id, vector_literal(v), embedding_model, len(v)) for chunk_id, v in updates],
        )
