-- BM25 postings keep stop words. Dropping them at indexing time (the language configurations of
-- parley_ts_config) loses the meaning of short chat messages, whose function words are much of what they
-- say ("where is my order", "how do I say …"): on held-out CLINC150 utterances against per-intent
-- documents, recall@1 fell from .876 (rank_bm25, all words) to .820. So postings are filled with a copy
-- of each language's configuration whose snowball stemmer keeps stop words, and the query decides
-- (knowledge_repositories.full_text): stop words count in a short question and are left out of a long
-- one, where they only add noise (WixQA). A chunk's length is now its number of indexed words.
DO $$
DECLARE lang text;
BEGIN
  FOREACH lang IN ARRAY ARRAY['arabic', 'danish', 'german', 'greek', 'english', 'spanish', 'finnish', 'french',
                              'hungarian', 'indonesian', 'irish', 'italian', 'lithuanian', 'nepali', 'dutch',
                              'norwegian', 'portuguese', 'romanian', 'russian', 'swedish', 'tamil', 'turkish'] LOOP
    EXECUTE format('CREATE TEXT SEARCH DICTIONARY parley_%s_stem (TEMPLATE = snowball, Language = %s)', lang, lang);
    EXECUTE format('CREATE TEXT SEARCH CONFIGURATION parley_%s_all (COPY = %s)', lang, lang);
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION parley_%s_all ALTER MAPPING REPLACE %s_stem WITH parley_%s_stem',
                   lang, lang, lang);
  END LOOP;
END $$;

-- parley_ts_config's language, every word indexed ('simple' drops none already).
CREATE FUNCTION parley_bm25_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
  SELECT CASE parley_ts_config(language)::text WHEN 'simple' THEN 'simple'::regconfig
    ELSE ('parley_' || parley_ts_config(language)::text || '_all')::regconfig END
  $$;
GRANT EXECUTE ON FUNCTION parley_bm25_config(text) TO parley_app;

-- A chunk's words for BM25: title and heading weighted A (counted twice), the text D.
CREATE FUNCTION parley_bm25_vector(language text, title text, heading text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
  SELECT setweight(to_tsvector(parley_bm25_config(language), title || ' ' || heading), 'A')
         || setweight(to_tsvector(parley_bm25_config(language), body), 'D')
  $$;
GRANT EXECUTE ON FUNCTION parley_bm25_vector(text, text, text, text) TO parley_app;

DELETE FROM knowledge_postings;
INSERT INTO knowledge_postings (chatbot_id, lexeme, chunk_id, tenant_id, source_id, tf, dl)
SELECT chatbot_id, lexeme, id, tenant_id, source_id, tf, sum(tf) OVER (PARTITION BY id)
FROM (SELECT c.chatbot_id, u.lexeme, c.id, c.tenant_id, c.source_id,
             cardinality(u.positions) + cardinality(array_positions(u.weights, 'A')) AS tf
      FROM knowledge_chunks c, unnest(parley_bm25_vector(c.language, c.title, c.heading, c.text)) u) t;

-- The chunks' stored tsvector (and its GIN index) only fed the postings: every insert paid for both.
ALTER TABLE knowledge_chunks DROP COLUMN tsv;
