-- Payments through Stripe (issue 22). A chatbot's Stripe integration (the product plan's Integrations, type
-- 'stripe'; its restricted key and webhook signing secret sealed by the application with the tenant's data
-- key, bound to the row), payment requests (one Checkout Session each), the Stripe events already handled
-- (each event id once) and refunds. Same RLS pattern as 0003; the webhook's and the reconciliation's
-- cross-tenant entry points are SECURITY DEFINER functions returning only tenant and row ids.

CREATE TABLE payment_integrations (
  id                         uuid PRIMARY KEY,
  tenant_id                  uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id                 uuid NOT NULL REFERENCES chatbots(id) ON DELETE CASCADE,
  type                       text NOT NULL DEFAULT 'stripe' CHECK (type IN ('stripe')),
  settings                   jsonb NOT NULL DEFAULT '{}',   -- key hint, livemode, catalogue (no secret)
  secret_key_ciphertext      bytea,                          -- NULL once disconnected
  webhook_secret_ciphertext  bytea,
  active                     boolean NOT NULL DEFAULT true,
  created_at                 timestamptz NOT NULL DEFAULT now(),
  updated_at                 timestamptz NOT NULL DEFAULT now(),
  UNIQUE (chatbot_id, type)
);
CREATE INDEX payment_integrations_tenant ON payment_integrations (tenant_id, id);

CREATE TABLE payment_requests (
  id                 uuid PRIMARY KEY,
  tenant_id          uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  integration_id     uuid NOT NULL REFERENCES payment_integrations(id) ON DELETE CASCADE,
  chatbot_id         uuid NOT NULL REFERENCES chatbots(id) ON DELETE CASCADE,
  session_id         uuid NOT NULL REFERENCES chat_sessions(id) ON DELETE CASCADE,
  amount             bigint NOT NULL CHECK (amount > 0),
  currency           text NOT NULL,
  description        text NOT NULL,
  price_id           text,
  requested_by       text NOT NULL,
  status             text NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'paid', 'failed', 'expired', 'refunded', 'disputed')),
  stripe_session_id  text,
  payment_url        text,
  payment_intent     text,
  amount_refunded    bigint NOT NULL DEFAULT 0,
  expires_at         timestamptz,
  paid_at            timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_requests_tenant ON payment_requests (tenant_id, id);
CREATE INDEX payment_requests_session ON payment_requests (session_id, id);
CREATE UNIQUE INDEX payment_requests_stripe_session ON payment_requests (integration_id, stripe_session_id);
CREATE INDEX payment_requests_intent ON payment_requests (integration_id, payment_intent);
CREATE INDEX payment_requests_open ON payment_requests (created_at) WHERE status = 'pending';

CREATE TABLE payment_stripe_events (
  integration_id   uuid NOT NULL REFERENCES payment_integrations(id) ON DELETE CASCADE,
  stripe_event_id  text NOT NULL,
  tenant_id        uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  type             text NOT NULL,
  received_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (integration_id, stripe_event_id)
);

CREATE TABLE payment_refunds (
  id                  uuid PRIMARY KEY,
  tenant_id           uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  payment_request_id  uuid NOT NULL REFERENCES payment_requests(id) ON DELETE CASCADE,
  stripe_refund_id    text NOT NULL,
  amount              bigint NOT NULL CHECK (amount > 0),
  reason              text NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_refunds_request ON payment_refunds (payment_request_id, id);

ALTER TABLE payment_integrations ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_stripe_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_refunds ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON payment_integrations
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON payment_requests
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON payment_stripe_events
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON payment_refunds
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON payment_integrations, payment_requests, payment_stripe_events, payment_refunds
  TO parley_app;

-- Stripe's webhook names the integration in its URL: which tenant it belongs to (nothing else).
CREATE FUNCTION parley_find_payment_integration(p_id uuid) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT i.tenant_id FROM payment_integrations i WHERE i.id = p_id $$;

-- Reconciliation: open requests created before p_before (oldest first), across tenants.
CREATE FUNCTION parley_open_payment_requests(p_before timestamptz, p_limit integer)
  RETURNS TABLE (tenant_id uuid, request_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT r.tenant_id, r.id FROM payment_requests r
         WHERE r.status = 'pending' AND r.created_at < p_before ORDER BY r.created_at LIMIT p_limit $$;

REVOKE ALL ON FUNCTION parley_find_payment_integration(uuid), parley_open_payment_requests(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_find_payment_integration(uuid), parley_open_payment_requests(timestamptz, integer)
  TO parley_app;

-- Invoices sent from a conversation (Stripe Invoices, collection by e-mail). The visitor's address is given to
-- Stripe, not kept here.
CREATE TABLE payment_invoices (
  id                  uuid PRIMARY KEY,
  tenant_id           uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  integration_id      uuid NOT NULL REFERENCES payment_integrations(id) ON DELETE CASCADE,
  chatbot_id          uuid NOT NULL REFERENCES chatbots(id) ON DELETE CASCADE,
  session_id          uuid NOT NULL REFERENCES chat_sessions(id) ON DELETE CASCADE,
  stripe_invoice_id   text NOT NULL,
  number              text,
  description         text NOT NULL,
  amount_due          bigint NOT NULL,
  currency            text NOT NULL,
  status              text NOT NULL,                 -- Stripe's: open, paid, void, uncollectible
  hosted_invoice_url  text,
  invoice_pdf         text,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (integration_id, stripe_invoice_id)
);
CREATE INDEX payment_invoices_tenant ON payment_invoices (tenant_id, id);
ALTER TABLE payment_invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON payment_invoices
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON payment_invoices TO parley_app;
