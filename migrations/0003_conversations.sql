-- Conversations: visitors, chat sessions, the per-session event log (messages, status changes,
-- read receipts) with a gap-free `seq`, and the assistant's context memory per session.
-- Same pattern as 0001: tenant_id + RLS on parley_current_tenant() + grants to parley_app.
-- Visitor PII, IP, user agent, message bodies, attachments and CSAT comments are AES-GCM
-- ciphertexts sealed by the application with the tenant's data key (see infrastructure/crypto).

CREATE TABLE visitors (
  id                     uuid PRIMARY KEY,
  tenant_id              uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id             uuid NOT NULL REFERENCES chatbots(id) ON DELETE CASCADE,
  name_ciphertext        bytea,
  email_ciphertext       bytea,
  email_index            bytea,            -- blind index: find a visitor by exact email
  ip_ciphertext          bytea,
  user_agent_ciphertext  bytea,
  metadata               jsonb NOT NULL DEFAULT '{}',
  created_at             timestamptz NOT NULL DEFAULT now(),
  last_seen_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visitors_tenant ON visitors (tenant_id, id DESC);
CREATE INDEX visitors_email ON visitors (tenant_id, email_index) WHERE email_index IS NOT NULL;

CREATE TABLE chat_sessions (
  id                       uuid PRIMARY KEY,
  tenant_id                uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id               uuid NOT NULL REFERENCES chatbots(id) ON DELETE CASCADE,
  visitor_id               uuid NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
  status                   text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'queued', 'assigned', 'closed')),
  assigned_user_id         uuid REFERENCES users(id) ON DELETE SET NULL,
  language                 text,
  started_at               timestamptz NOT NULL DEFAULT now(),
  ended_at                 timestamptz,
  last_seq                 bigint NOT NULL DEFAULT 0,   -- the seq of the newest event; bumped under the row lock
  last_event_at            timestamptz,
  message_count            integer NOT NULL DEFAULT 0,
  visitor_read_seq         bigint NOT NULL DEFAULT 0,
  operator_read_seq        bigint NOT NULL DEFAULT 0,
  csat_rating              smallint CHECK (csat_rating BETWEEN 1 AND 5),
  csat_comment_ciphertext  bytea,
  rated_at                 timestamptz,
  context                  jsonb NOT NULL DEFAULT '{}'  -- the assistant's memory for this session
);
CREATE INDEX chat_sessions_tenant ON chat_sessions (tenant_id, id DESC);
CREATE INDEX chat_sessions_visitor ON chat_sessions (tenant_id, visitor_id, id DESC);
CREATE INDEX chat_sessions_status ON chat_sessions (tenant_id, status, id DESC);
CREATE INDEX chat_sessions_chatbot ON chat_sessions (tenant_id, chatbot_id, id DESC);

-- The session's event log. kind = message | status | read; every row takes the next seq of its
-- session, so a client that saw seq N resumes with after_seq = N and misses nothing.
CREATE TABLE chat_messages (
  id                      uuid PRIMARY KEY,
  tenant_id               uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  session_id              uuid NOT NULL REFERENCES chat_sessions(id) ON DELETE CASCADE,
  seq                     bigint NOT NULL CHECK (seq > 0),
  kind                    text NOT NULL DEFAULT 'message' CHECK (kind IN ('message', 'status', 'read')),
  sender                  text NOT NULL CHECK (sender IN ('ai', 'human', 'customer', 'system')),
  sender_user_id          uuid,
  content_ciphertext      bytea,
  attachments_ciphertext  bytea,
  data                    jsonb NOT NULL DEFAULT '{}',
  client_id               text,
  created_at              timestamptz NOT NULL DEFAULT now(),
  delivered_at            timestamptz,
  read_at                 timestamptz,
  CONSTRAINT chat_messages_seq UNIQUE (session_id, seq),
  CONSTRAINT chat_messages_client_id UNIQUE (session_id, client_id)
);
CREATE INDEX chat_messages_tenant ON chat_messages (tenant_id, session_id, seq);

ALTER TABLE visitors ENABLE ROW LEVEL SECURITY;
ALTER TABLE chat_sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE chat_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON visitors
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON chat_sessions
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON chat_messages
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON visitors, chat_sessions, chat_messages TO parley_app;
