-- The assistant: per-chatbot configuration (tools, policies, custom intents), the reply log per visitor
-- message (claim/lease so a reply that died mid-way is regenerated once, and the message's language,
-- sentiment and intent), the FAQ cache, knowledge gaps, captured leads, and the credit ledger.
-- Same pattern as 0001: tenant_id + RLS on parley_current_tenant() + grants to parley_app.
-- Visitor-written text (gap questions, lead contact details) is sealed by the application.

CREATE TABLE assistant_configs (
  chatbot_id  uuid PRIMARY KEY REFERENCES chatbots(id) ON DELETE CASCADE,
  tenant_id   uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  config      jsonb NOT NULL DEFAULT '{}',
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE assistant_turns (
  message_id   uuid PRIMARY KEY REFERENCES chat_messages(id) ON DELETE CASCADE,
  tenant_id    uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  session_id   uuid NOT NULL REFERENCES chat_sessions(id) ON DELETE CASCADE,
  status       text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed', 'skipped')),
  attempts     smallint NOT NULL DEFAULT 1,
  lease_until  timestamptz NOT NULL,
  analysis     jsonb NOT NULL DEFAULT '{}',   -- language, sentiment, intent of the visitor message
  reply_seq    bigint,
  error        text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assistant_turns_session ON assistant_turns (tenant_id, session_id);

CREATE TABLE assistant_faq_cache (
  id                 uuid PRIMARY KEY,
  tenant_id          uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id         uuid NOT NULL REFERENCES chatbots(id) ON DELETE CASCADE,
  language           text NOT NULL,
  knowledge_version  text NOT NULL,
  embedding          vector NOT NULL,
  answer             text NOT NULL,            -- built from published knowledge
  citations          jsonb NOT NULL DEFAULT '[]',
  hits               integer NOT NULL DEFAULT 0,
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assistant_faq_cache_lookup ON assistant_faq_cache (tenant_id, chatbot_id, language, knowledge_version);

CREATE TABLE assistant_knowledge_gaps (
  id                   uuid PRIMARY KEY,
  tenant_id            uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id           uuid NOT NULL REFERENCES chatbots(id) ON DELETE CASCADE,
  session_id           uuid REFERENCES chat_sessions(id) ON DELETE SET NULL,
  question_ciphertext  bytea NOT NULL,
  language             text NOT NULL,
  reason               text NOT NULL,
  created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assistant_knowledge_gaps_chatbot ON assistant_knowledge_gaps (tenant_id, chatbot_id, id DESC);

CREATE TABLE assistant_leads (
  id                uuid PRIMARY KEY,
  tenant_id         uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id        uuid NOT NULL REFERENCES chatbots(id) ON DELETE CASCADE,
  session_id        uuid REFERENCES chat_sessions(id) ON DELETE SET NULL,
  name_ciphertext   bytea,
  email_ciphertext  bytea,
  phone_ciphertext  bytea,
  note_ciphertext   bytea,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assistant_leads_chatbot ON assistant_leads (tenant_id, chatbot_id, id DESC);

CREATE TABLE assistant_credit_ledger (
  id             uuid PRIMARY KEY,
  tenant_id      uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id     uuid REFERENCES chatbots(id) ON DELETE SET NULL,
  message_id     uuid,
  provider       text NOT NULL,
  model          text NOT NULL,
  input_tokens   integer NOT NULL DEFAULT 0,
  output_tokens  integer NOT NULL DEFAULT 0,
  credits        integer NOT NULL DEFAULT 0,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assistant_credit_ledger_tenant ON assistant_credit_ledger (tenant_id, created_at);

ALTER TABLE assistant_configs ENABLE ROW LEVEL SECURITY;
ALTER TABLE assistant_turns ENABLE ROW LEVEL SECURITY;
ALTER TABLE assistant_faq_cache ENABLE ROW LEVEL SECURITY;
ALTER TABLE assistant_knowledge_gaps ENABLE ROW LEVEL SECURITY;
ALTER TABLE assistant_leads ENABLE ROW LEVEL SECURITY;
ALTER TABLE assistant_credit_ledger ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON assistant_configs
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON assistant_turns
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON assistant_faq_cache
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON assistant_knowledge_gaps
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON assistant_leads
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON assistant_credit_ledger
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON assistant_configs, assistant_turns, assistant_faq_cache,
  assistant_knowledge_gaps, assistant_leads, assistant_credit_ledger TO parley_app;
