-- Handoff workflows (issue 21, second part): operators' idle time (auto-away), what the clock watches on a
-- handoff (a visitor waiting on an assignee's reply, the first response, response times, the rating), the
-- teams' escalation rules and first-response targets with their recorded breaches, conversation tags and
-- snoozes. Same RLS pattern as 0019. A SECURITY DEFINER function lists the workspaces the clock has work in.

ALTER TABLE handoff_operators
  ADD COLUMN last_active_at      timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN auto_away           boolean NOT NULL DEFAULT false,   -- away because idle (activity brings them back)
  ADD COLUMN away_after_seconds  integer CHECK (away_after_seconds BETWEEN 0 AND 86400); -- NULL: server default; 0: never

ALTER TABLE handoffs
  ADD COLUMN waiting_since      timestamptz,                      -- the visitor's oldest message no person answered yet
  ADD COLUMN wait_mailed        boolean NOT NULL DEFAULT false,   -- the assignee was e-mailed about this wait
  ADD COLUMN first_response_at  timestamptz,
  ADD COLUMN responses          integer NOT NULL DEFAULT 0,       -- operator replies to a waiting visitor
  ADD COLUMN response_seconds   double precision NOT NULL DEFAULT 0,
  ADD COLUMN csat               integer,
  ADD COLUMN contact_left       boolean NOT NULL DEFAULT false;   -- the visitor left an e-mail while nobody could answer
CREATE INDEX handoffs_waiting ON handoffs (tenant_id) WHERE status = 'assigned' AND waiting_since IS NOT NULL AND NOT wait_mailed;
CREATE INDEX handoffs_operator_day ON handoffs (tenant_id, operator_id, assigned_at);

ALTER TABLE handoff_teams ADD COLUMN sla jsonb;  -- {first_response_seconds, lead_user_id, rules: [{after_minutes, action, ...}]}

CREATE TABLE handoff_breaches (
  id               uuid PRIMARY KEY,
  tenant_id        uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  handoff_id       uuid NOT NULL REFERENCES handoffs(id) ON DELETE CASCADE,
  conversation_id  uuid NOT NULL,
  team_id          uuid,
  operator_id      uuid,
  kind             text NOT NULL,          -- first_response | queued
  rule             text NOT NULL,          -- which target or rule (one breach per handoff and rule)
  action           text,                   -- notify_lead | reassign | hand_back (queued rules)
  target_seconds   integer NOT NULL,
  waited_seconds   double precision NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (handoff_id, rule)
);
CREATE INDEX handoff_breaches_tenant ON handoff_breaches (tenant_id, id);

CREATE TABLE handoff_tags (
  tenant_id        uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  conversation_id  uuid NOT NULL,
  tag              text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, tag)
);
CREATE INDEX handoff_tags_tag ON handoff_tags (tenant_id, tag);

CREATE TABLE handoff_snoozes (
  tenant_id        uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  conversation_id  uuid NOT NULL PRIMARY KEY,
  until            timestamptz NOT NULL,
  user_id          uuid,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX handoff_snoozes_until ON handoff_snoozes (tenant_id, until);

ALTER TABLE handoff_breaches ENABLE ROW LEVEL SECURITY;
ALTER TABLE handoff_tags ENABLE ROW LEVEL SECURITY;
ALTER TABLE handoff_snoozes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON handoff_breaches
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON handoff_tags
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON handoff_snoozes
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON handoff_breaches, handoff_tags, handoff_snoozes TO parley_app;

-- Workspaces the handoff clock has work in: something unresolved, an operator online (who may go idle), or a
-- snooze. Spans tenants, so SECURITY DEFINER like the outbox's.
CREATE FUNCTION parley_handoff_busy_tenants(p_limit integer)
  RETURNS TABLE (tenant_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  SELECT t.tenant_id FROM (
    SELECT h.tenant_id FROM handoffs h WHERE h.status <> 'resolved'
    UNION SELECT o.tenant_id FROM handoff_operators o WHERE o.status = 'online'
    UNION SELECT s.tenant_id FROM handoff_snoozes s
  ) t LIMIT p_limit
  $$;
REVOKE ALL ON FUNCTION parley_handoff_busy_tenants(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_handoff_busy_tenants(integer) TO parley_app;
