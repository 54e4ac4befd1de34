-- Signed outgoing webhooks (Standard Webhooks). An endpoint subscribes to event types; every event that
-- matches becomes one delivery per endpoint (unique by endpoint and event id, so a redelivered outbox event
-- adds nothing); every POST of a delivery is an attempt in the log. Secrets and bodies are sealed by the
-- application with the tenant's data key, bound to their row. Same RLS pattern as 0003.

CREATE TABLE webhook_endpoints (
  id                          uuid PRIMARY KEY,
  tenant_id                   uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  url                         text NOT NULL,
  description                 text NOT NULL DEFAULT '',
  event_types                 text[] NOT NULL,
  chatbot_id                  uuid REFERENCES chatbots(id) ON DELETE CASCADE,
  enabled                     boolean NOT NULL DEFAULT true,
  disabled_reason             text,
  secret_ciphertext           bytea NOT NULL,
  previous_secret_ciphertext  bytea,            -- still signed with until previous_secret_expires_at
  previous_secret_expires_at  timestamptz,
  failing_since               timestamptz,      -- first failure after the last success
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_endpoints_tenant ON webhook_endpoints (tenant_id, id);

CREATE TABLE webhook_deliveries (
  id               uuid PRIMARY KEY,
  tenant_id        uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  endpoint_id      uuid NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
  event_id         uuid NOT NULL,               -- the webhook-id partners deduplicate by
  event_type       text NOT NULL,
  body_ciphertext  bytea NOT NULL,              -- the JSON body exactly as sent (and signed)
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (tenant_id, endpoint_id, id);

CREATE TABLE webhook_attempts (
  id             uuid PRIMARY KEY,
  tenant_id      uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  delivery_id    uuid NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
  status_code    integer,
  latency_ms     double precision NOT NULL,
  response_body  text NOT NULL DEFAULT '',      -- the first 2 KB of the answer
  error          text,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, id);

ALTER TABLE webhook_endpoints ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_deliveries ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhook_attempts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON webhook_endpoints
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON webhook_deliveries
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON webhook_attempts
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_endpoints, webhook_deliveries, webhook_attempts TO parley_app;
