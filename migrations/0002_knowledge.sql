-- Knowledge base: sources per chatbot, their documents, and chunks searchable by meaning
-- (pgvector) and by words (full-text, per language). Tenant-owned like everything else: tenant_id,
-- a row-level-security policy on parley_current_tenant(), and grants to parley_app.

-- Full-text configuration for a language tag ('en', 'pt-BR', ...); 'simple' when unknown.
-- IMMUTABLE so it can feed a stored generated column and a query on the same expression.
CREATE FUNCTION parley_ts_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
  SELECT (CASE split_part(lower(coalesce(language, '')), '-', 1)
    WHEN 'ar' THEN 'arabic' WHEN 'da' THEN 'danish' WHEN 'de' THEN 'german' WHEN 'el' THEN 'greek'
    WHEN 'en' THEN 'english' WHEN 'es' THEN 'spanish' WHEN 'fi' THEN 'finnish' WHEN 'fr' THEN 'french'
    WHEN 'hu' THEN 'hungarian' WHEN 'id' THEN 'indonesian' WHEN 'ga' THEN 'irish' WHEN 'it' THEN 'italian'
    WHEN 'lt' THEN 'lithuanian' WHEN 'ne' THEN 'nepali' WHEN 'nl' THEN 'dutch' WHEN 'no' THEN 'norwegian'
    WHEN 'nb' THEN 'norwegian' WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian' WHEN 'ru' THEN 'russian'
    WHEN 'sv' THEN 'swedish' WHEN 'ta' THEN 'tamil' WHEN 'tr' THEN 'turkish'
    ELSE 'simple' END)::regconfig
  $$;

-- Which embedder a chatbot's knowledge is embedded with (absent row: the default).
CREATE TABLE knowledge_settings (
  chatbot_id          uuid PRIMARY KEY REFERENCES chatbots(id) ON DELETE CASCADE,
  tenant_id           uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  embedder            text NOT NULL DEFAULT 'hashing',
  model               text NOT NULL DEFAULT '',
  base_url            text,
  api_key_ciphertext  bytea,
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX knowledge_settings_tenant ON knowledge_settings (tenant_id);

CREATE TABLE knowledge_sources (
  id                       uuid PRIMARY KEY,
  tenant_id                uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id               uuid NOT NULL REFERENCES chatbots(id) ON DELETE CASCADE,
  kind                     text NOT NULL CHECK (kind IN ('text', 'faq', 'file', 'url', 'crawl')),
  name                     text NOT NULL,
  status                   text NOT NULL DEFAULT 'queued'
                             CHECK (status IN ('queued', 'processing', 'ready', 'failed')),
  failure_reason           text,
  config                   jsonb NOT NULL DEFAULT '{}',   -- url, limits, faq pairs, file name/type, ...
  payload                  bytea,                          -- uploaded file or pasted text
  language                 text,
  document_count           integer NOT NULL DEFAULT 0,
  chunk_count              integer NOT NULL DEFAULT 0,
  content_hash             text,
  resync_interval_seconds  integer CHECK (resync_interval_seconds IS NULL OR resync_interval_seconds >= 3600),
  last_synced_at           timestamptz,
  created_at               timestamptz NOT NULL DEFAULT now(),
  updated_at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX knowledge_sources_chatbot ON knowledge_sources (tenant_id, chatbot_id, id DESC);
CREATE INDEX knowledge_sources_due ON knowledge_sources (last_synced_at) WHERE resync_interval_seconds IS NOT NULL;

CREATE TABLE knowledge_documents (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id    uuid NOT NULL REFERENCES chatbots(id) ON DELETE CASCADE,
  source_id     uuid NOT NULL REFERENCES knowledge_sources(id) ON DELETE CASCADE,
  key           text NOT NULL,              -- stable identity inside the source (URL, FAQ number, file name)
  title         text NOT NULL DEFAULT '',
  url           text,
  language      text NOT NULL DEFAULT 'simple',
  content_hash  text NOT NULL,
  chunk_count   integer NOT NULL DEFAULT 0,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (source_id, key)
);
CREATE INDEX knowledge_documents_chatbot ON knowledge_documents (tenant_id, chatbot_id, language);

CREATE TABLE knowledge_chunks (
  id               uuid PRIMARY KEY,
  tenant_id        uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id       uuid NOT NULL REFERENCES chatbots(id) ON DELETE CASCADE,
  source_id        uuid NOT NULL REFERENCES knowledge_sources(id) ON DELETE CASCADE,
  document_id      uuid NOT NULL REFERENCES knowledge_documents(id) ON DELETE CASCADE,
  ordinal          integer NOT NULL,
  text             text NOT NULL,
  heading_path     text[] NOT NULL DEFAULT '{}',
  heading          text NOT NULL DEFAULT '',    -- heading_path joined, for the full-text index
  title            text NOT NULL DEFAULT '',
  url              text,
  language         text NOT NULL DEFAULT 'simple',
  embedding_model  text NOT NULL,
  dims             integer NOT NULL,
  embedding        vector NOT NULL,
  tsv              tsvector GENERATED ALWAYS AS (
                     setweight(to_tsvector(parley_ts_config(language), title || ' ' || heading), 'A')
                     || setweight(to_tsvector(parley_ts_config(language), text), 'D')) STORED,
  created_at       timestamptz NOT NULL DEFAULT now()
);
-- Keep vectors inline and uncompressed: an exact scan then reads them with neither a TOAST lookup
-- nor a decompression per row, several times faster. (Up to 2000 dimensions, the embedders' limit.)
ALTER TABLE knowledge_chunks ALTER COLUMN embedding SET STORAGE PLAIN;
CREATE INDEX knowledge_chunks_chatbot ON knowledge_chunks (chatbot_id, source_id);
CREATE INDEX knowledge_chunks_document ON knowledge_chunks (document_id, ordinal);
CREATE INDEX knowledge_chunks_tsv ON knowledge_chunks USING gin (tsv);

-- An inverted index for BM25 ranking: one row per (chunk, lexeme) with its term frequency (title and
-- heading occurrences count twice) and the chunk's length. Filled from the chunk's tsvector on
-- ingestion, so stemming follows the chunk's language. Ranking reads only the postings of the
-- query's lexemes (index-only scans), never whole tsvectors.
CREATE TABLE knowledge_postings (
  chatbot_id  uuid NOT NULL,
  lexeme      text NOT NULL,
  chunk_id    uuid NOT NULL REFERENCES knowledge_chunks(id) ON DELETE CASCADE,
  tenant_id   uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  source_id   uuid NOT NULL,
  tf          real NOT NULL,
  dl          integer NOT NULL,
  PRIMARY KEY (chatbot_id, lexeme, chunk_id)
);
CREATE INDEX knowledge_postings_chunk ON knowledge_postings (chunk_id);
ALTER TABLE knowledge_postings SET (fillfactor = 100);

-- Approximate nearest-neighbour indexes, one per common embedding width (a vector column of mixed
-- widths cannot carry one index). A query uses one by repeating `dims = N` and the cast literally.
-- Widths without an index (e.g. 3072) are searched exactly.
CREATE INDEX knowledge_chunks_hnsw_384 ON knowledge_chunks
  USING hnsw ((embedding::vector(384)) vector_cosine_ops) WITH (m = 16, ef_construction = 64) WHERE dims = 384;
CREATE INDEX knowledge_chunks_hnsw_512 ON knowledge_chunks
  USING hnsw ((embedding::vector(512)) vector_cosine_ops) WITH (m = 16, ef_construction = 64) WHERE dims = 512;
CREATE INDEX knowledge_chunks_hnsw_768 ON knowledge_chunks
  USING hnsw ((embedding::vector(768)) vector_cosine_ops) WITH (m = 16, ef_construction = 64) WHERE dims = 768;
CREATE INDEX knowledge_chunks_hnsw_1024 ON knowledge_chunks
  USING hnsw ((embedding::vector(1024)) vector_cosine_ops) WITH (m = 16, ef_construction = 64) WHERE dims = 1024;
CREATE INDEX knowledge_chunks_hnsw_1536 ON knowledge_chunks
  USING hnsw ((embedding::vector(1536)) vector_cosine_ops) WITH (m = 16, ef_construction = 64) WHERE dims = 1536;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['knowledge_settings', 'knowledge_sources', 'knowledge_documents', 'knowledge_chunks',
                           'knowledge_postings'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (tenant_id = parley_current_tenant()) '
      'WITH CHECK (tenant_id = parley_current_tenant())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE, DELETE ON knowledge_settings, knowledge_sources, knowledge_documents, knowledge_chunks,
  knowledge_postings TO parley_app;
GRANT EXECUTE ON FUNCTION parley_ts_config(text) TO parley_app;

-- For the worker's cron: sources whose scheduled re-sync is due, across tenants (ids only; the
-- caller then opens a unit of work for each tenant, under RLS).
CREATE FUNCTION parley_due_knowledge_sources(p_limit integer) RETURNS TABLE (tenant_id uuid, source_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  SELECT s.tenant_id, s.id FROM knowledge_sources s
   WHERE s.resync_interval_seconds IS NOT NULL
     AND s.status IN ('ready', 'failed')
     AND coalesce(s.last_synced_at, s.created_at) + make_interval(secs => s.resync_interval_seconds) <= now()
   ORDER BY coalesce(s.last_synced_at, s.created_at)
   LIMIT p_limit
  $$;
REVOKE ALL ON FUNCTION parley_due_knowledge_sources(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_due_knowledge_sources(integer) TO parley_app;
