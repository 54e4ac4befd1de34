-- The webhook delivery engine: deliveries are claimed in batches per endpoint by a loop in each worker process
-- (FOR UPDATE SKIP LOCKED plus a lease), not one arq job per delivery; an event becomes its deliveries in one
-- INSERT ... SELECT over the workspace's endpoints, which also wakes the loops (NOTIFY parley_webhooks, sent at
-- commit). See infrastructure/webhooks/delivery.py.

-- One sealed body per event (AAD tenant | webhook_messages | body | event id), shared by its deliveries: the
-- fan-out copies no ciphertext per endpoint and seals once. Deliveries made before this keep their own
-- body_ciphertext (sealed to the delivery id).
CREATE TABLE webhook_messages (
  event_id         uuid PRIMARY KEY,
  tenant_id        uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  event_type       text NOT NULL,
  body_ciphertext  bytea NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE webhook_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON webhook_messages
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
GRANT SELECT, INSERT, DELETE ON webhook_messages TO parley_app;

-- leased_at: when the attempt holding the delivery began (NULL when none does). A claim that finds it set took
-- over from an attempt that never recorded its end (its worker died): logged as such.
ALTER TABLE webhook_deliveries ALTER COLUMN body_ciphertext DROP NOT NULL;
ALTER TABLE webhook_deliveries ADD COLUMN leased_at timestamptz;
CREATE INDEX webhook_deliveries_endpoint_due ON webhook_deliveries (endpoint_id, next_attempt_at) WHERE status = 'pending';

-- A UUIDv7 (48-bit Unix milliseconds, version 7, random rest), as domain/ids.py makes: delivery ids made by the
-- fan-out's INSERT ... SELECT stay time-ordered (they are the delivery log's cursor).
CREATE FUNCTION parley_uuid7() RETURNS uuid
  LANGUAGE sql VOLATILE PARALLEL SAFE
  AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid())
              PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
              FROM 1 FOR 6),
      52, 1), 53, 1),
    'hex')::uuid
  $$;

-- domain.webhooks.model.matches, in SQL for the fan-out: `*` is everything, `a.*` every type under `a.`.
-- tests/integration/webhooks/test_engine.py checks both agree.
CREATE FUNCTION parley_webhook_matches(p_filters text[], p_type text) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
  SELECT EXISTS (SELECT 1 FROM unnest(p_filters) AS f
                  WHERE f = '*' OR f = p_type OR (right(f, 2) = '.*' AND starts_with(p_type, left(f, -1))))
  $$;

-- The endpoints with deliveries due now, across tenants (the engine's poll: retries whose time came, leases that
-- ran out, anything whose NOTIFY was missed). The caller claims under the tenant's RLS.
CREATE FUNCTION parley_due_webhook_endpoints(p_limit integer)
  RETURNS TABLE (tenant_id uuid, endpoint_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  SELECT DISTINCT d.tenant_id, d.endpoint_id FROM webhook_deliveries d
   WHERE d.status = 'pending' AND d.next_attempt_at <= now()
   LIMIT p_limit
  $$;
REVOKE ALL ON FUNCTION parley_due_webhook_endpoints(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_due_webhook_endpoints(integer) TO parley_app;

-- 0023's sweep re-queued arq jobs for deliveries whose lease had run out; the loops' poll finds them due now.
DROP FUNCTION parley_overdue_webhook_deliveries(double precision, integer);
