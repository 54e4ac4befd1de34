-- Human handoff: per-chatbot escalation rules, teams (routing, business hours), operators (status, capacity,
-- languages, skills), handoffs (the product plan's Handoffs table: reason, requested/assigned/resolved times,
-- who took it) with their transfer log, canned responses and private notes. Reasons, transfer notes and
-- private notes are sealed by the application with the tenant's data key, bound to their row.
-- Same RLS pattern as 0003. The conversations' own tables are never referenced: ids only.

CREATE TABLE handoff_settings (
  tenant_id   uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id  uuid NOT NULL REFERENCES chatbots(id) ON DELETE CASCADE,
  config      jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (chatbot_id)
);
CREATE INDEX handoff_settings_tenant ON handoff_settings (tenant_id);

CREATE TABLE handoff_teams (
  id              uuid PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  name            text NOT NULL,
  routing         text NOT NULL DEFAULT 'least_busy' CHECK (routing IN ('round_robin', 'least_busy', 'manual')),
  business_hours  jsonb,                       -- {timezone, weekly, away_message}; NULL: always open
  members         uuid[] NOT NULL DEFAULT '{}', -- users
  last_assigned   uuid,                        -- round-robin cursor (a user)
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

CREATE TABLE handoff_operators (
  tenant_id          uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  user_id            uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  status             text NOT NULL DEFAULT 'offline' CHECK (status IN ('online', 'away', 'offline')),
  capacity           integer NOT NULL DEFAULT 3 CHECK (capacity BETWEEN 0 AND 100),
  languages          text[] NOT NULL DEFAULT '{}',
  skills             text[] NOT NULL DEFAULT '{}',
  status_changed_at  timestamptz NOT NULL DEFAULT now(),
  last_assigned_at   timestamptz,
  PRIMARY KEY (user_id)
);
CREATE INDEX handoff_operators_tenant ON handoff_operators (tenant_id, status);

CREATE TABLE handoffs (
  id                uuid PRIMARY KEY,
  tenant_id         uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  conversation_id   uuid NOT NULL,
  chatbot_id        uuid NOT NULL REFERENCES chatbots(id) ON DELETE CASCADE,
  team_id           uuid REFERENCES handoff_teams(id) ON DELETE SET NULL,
  trigger           text NOT NULL,             -- phrase, intent, sentiment, ai_failures, vip, ai_turns, tool, operator, visitor
  reason_ciphertext bytea,
  priority          integer NOT NULL DEFAULT 0,
  language          text,
  skills            text[] NOT NULL DEFAULT '{}',
  status            text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'assigned', 'resolved')),
  operator_id       uuid REFERENCES users(id) ON DELETE SET NULL,
  assigned_by       text,                       -- take, routing, transfer
  resolution        text,                       -- handed_back, closed, cancelled
  requested_at      timestamptz NOT NULL DEFAULT now(),
  assigned_at       timestamptz,
  resolved_at       timestamptz,
  away_notified     boolean NOT NULL DEFAULT false
);
-- a flood of requests from one visitor is one queue entry: one unresolved handoff per conversation
CREATE UNIQUE INDEX handoffs_active ON handoffs (conversation_id) WHERE status <> 'resolved';
CREATE INDEX handoffs_queue ON handoffs (tenant_id, status, priority DESC, requested_at);
CREATE INDEX handoffs_operator ON handoffs (tenant_id, operator_id) WHERE status = 'assigned';

CREATE TABLE handoff_transfers (
  id               uuid PRIMARY KEY,
  tenant_id        uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  handoff_id       uuid NOT NULL REFERENCES handoffs(id) ON DELETE CASCADE,
  from_user_id     uuid,
  to_user_id       uuid,
  to_team_id       uuid,
  note_ciphertext  bytea,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX handoff_transfers_handoff ON handoff_transfers (handoff_id, id);

CREATE TABLE handoff_canned_responses (
  id              uuid PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  team_id         uuid REFERENCES handoff_teams(id) ON DELETE CASCADE,   -- team response
  owner_user_id   uuid REFERENCES users(id) ON DELETE CASCADE,           -- personal response
  shortcut        text NOT NULL,
  title           text NOT NULL DEFAULT '',
  body            text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX handoff_canned_shortcut ON handoff_canned_responses
  (tenant_id, shortcut, coalesce(team_id, '00000000-0000-0000-0000-000000000000'), coalesce(owner_user_id, '00000000-0000-0000-0000-000000000000'));

CREATE TABLE handoff_notes (
  id               uuid PRIMARY KEY,
  tenant_id        uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  conversation_id  uuid NOT NULL,
  author_user_id   uuid REFERENCES users(id) ON DELETE SET NULL,
  body_ciphertext  bytea NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX handoff_notes_conversation ON handoff_notes (tenant_id, conversation_id, id);

ALTER TABLE handoff_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE handoff_teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE handoff_operators ENABLE ROW LEVEL SECURITY;
ALTER TABLE handoffs ENABLE ROW LEVEL SECURITY;
ALTER TABLE handoff_transfers ENABLE ROW LEVEL SECURITY;
ALTER TABLE handoff_canned_responses ENABLE ROW LEVEL SECURITY;
ALTER TABLE handoff_notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON handoff_settings
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON handoff_teams
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON handoff_operators
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON handoffs
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON handoff_transfers
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON handoff_canned_responses
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON handoff_notes
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON handoff_settings, handoff_teams, handoff_operators, handoffs, handoff_transfers,
  handoff_canned_responses, handoff_notes TO parley_app;
