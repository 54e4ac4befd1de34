-- Denser HNSW graphs for dense retrieval: m = 24, ef_construction = 128 (0002 built them with 16 / 64).
--
-- Measured with bench/bench_retrieval.py (100k chunks of the default 512-dim hashing embedder, 200 queries,
-- recall@10 against exact search over the same rows, pgvector 0.6.2, 2-core machine):
--   corpus                          m / ef_construction   ef_search 128   ef_search 200
--   uniform words (worst case)      16 / 64               0.81            0.88
--                                   24 / 128              0.93            0.97  (p95 19 ms)
--   help-centre-like (topical)      16 / 64               0.91            -
--                                   24 / 128              0.94            0.96  (p95 12 ms)
-- so the search policy's ef_search floor rises to 200 (knowledge_repositories.MIN_EF_SEARCH). The price
-- is paid on writes: a build takes about twice as long, and each chunk inserted into a large graph
-- costs two to three times as much (it links to 2·m neighbours found by an ef_construction-wide search
-- and re-prunes their lists): into 100k chunks, roughly 25 instead of 60 chunks/s on the uniform
-- corpus, 60 instead of 150 on topical text. Ingestion into a small table stays above 100 chunks/s.
--
-- The rebuild holds the graph in memory when it fits (a spilled build is slower and no better).
SET LOCAL maintenance_work_mem = '1GB';

DROP INDEX knowledge_chunks_hnsw_384;
DROP INDEX knowledge_chunks_hnsw_512;
DROP INDEX knowledge_chunks_hnsw_768;
DROP INDEX knowledge_chunks_hnsw_1024;
DROP INDEX knowledge_chunks_hnsw_1536;

CREATE INDEX knowledge_chunks_hnsw_384 ON knowledge_chunks
  USING hnsw ((embedding::vector(384)) vector_cosine_ops) WITH (m = 24, ef_construction = 128) WHERE dims = 384;
CREATE INDEX knowledge_chunks_hnsw_512 ON knowledge_chunks
  USING hnsw ((embedding::vector(512)) vector_cosine_ops) WITH (m = 24, ef_construction = 128) WHERE dims = 512;
CREATE INDEX knowledge_chunks_hnsw_768 ON knowledge_chunks
  USING hnsw ((embedding::vector(768)) vector_cosine_ops) WITH (m = 24, ef_construction = 128) WHERE dims = 768;
CREATE INDEX knowledge_chunks_hnsw_1024 ON knowledge_chunks
  USING hnsw ((embedding::vector(1024)) vector_cosine_ops) WITH (m = 24, ef_construction = 128) WHERE dims = 1024;
CREATE INDEX knowledge_chunks_hnsw_1536 ON knowledge_chunks
  USING hnsw ((embedding::vector(1536)) vector_cosine_ops) WITH (m = 24, ef_construction = 128) WHERE dims = 1536;
