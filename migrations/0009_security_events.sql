-- Security events a member can see about their own account (GET /v1/me/security-events): for now, logins
-- throttled after repeated failures, the notice that stands in for an e-mail until there is a transport.
-- Same pattern as 0003: tenant_id + RLS on parley_current_tenant() + grants to parley_app. The client
-- address is personal data: sealed by the application with the tenant's data key, bound to the row.

CREATE TABLE security_events (
  id                 uuid PRIMARY KEY,
  tenant_id          uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  user_id            uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind               text NOT NULL CHECK (kind IN ('login_throttled', 'login_locked')),
  client_ciphertext  bytea NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX security_events_user ON security_events (tenant_id, user_id, id);

ALTER TABLE security_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON security_events
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON security_events TO parley_app;
