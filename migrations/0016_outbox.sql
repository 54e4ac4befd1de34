-- The outbox: domain events and jobs a unit of work recorded, written in its transaction and dispatched
-- after its commit (jobs to arq, events to in-process subscribers). A row with no dispatched_at was
-- committed but not (yet) dispatched, e.g. because its process died: the sweeper claims it with a lease
-- and dispatches it again. The payload is sealed by the application with the tenant's data key, bound to
-- the row (an event may carry personal data).
-- Tenant units of work only insert (and, by cascade, delete); marking, claiming and purging span tenants
-- and go through the SECURITY DEFINER functions below, like the other cross-tenant entry points.

CREATE TABLE outbox (
  id             uuid PRIMARY KEY,                 -- UUIDv7 (an event's own id)
  tenant_id      uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  kind           text NOT NULL CHECK (kind IN ('event', 'job')),
  name           text NOT NULL,                    -- event name, or the job's function
  version        integer,                          -- event schema version; NULL for jobs
  payload        bytea NOT NULL,                   -- sealed msgpack
  created_at     timestamptz NOT NULL DEFAULT now(),
  dispatched_at  timestamptz,
  claimed_until  timestamptz,                      -- a sweeper's lease
  attempts       integer NOT NULL DEFAULT 0        -- sweeper attempts
);
CREATE INDEX outbox_undispatched ON outbox (created_at) WHERE dispatched_at IS NULL;

ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON outbox
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());

GRANT SELECT, INSERT, DELETE ON outbox TO parley_app;

-- After commit: the rows one unit of work dispatched.
CREATE FUNCTION parley_outbox_dispatched(p_ids uuid[]) RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  UPDATE outbox SET dispatched_at = now(), claimed_until = NULL WHERE id = ANY(p_ids) AND dispatched_at IS NULL
  $$;

-- Sweeper: claim up to p_limit rows committed at least p_older_than seconds ago and not dispatched, for a
-- lease of p_lease seconds. SKIP LOCKED plus the committed lease: two sweepers never hold the same row.
-- A row is given up after 10 claims (a subscriber or job that keeps failing); it stays for inspection.
CREATE FUNCTION parley_claim_outbox(p_older_than double precision, p_lease double precision, p_limit integer)
  RETURNS TABLE (id uuid, tenant_id uuid, kind text, name text, version integer, payload bytea, attempts integer)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  UPDATE outbox o SET claimed_until = now() + make_interval(secs => p_lease), attempts = o.attempts + 1
   WHERE o.id IN (SELECT c.id FROM outbox c
                   WHERE c.dispatched_at IS NULL
                     AND c.created_at <= now() - make_interval(secs => p_older_than)
                     AND (c.claimed_until IS NULL OR c.claimed_until <= now())
                     AND c.attempts < 10
                   ORDER BY c.created_at
                   LIMIT p_limit
                   FOR UPDATE SKIP LOCKED)
  RETURNING o.id, o.tenant_id, o.kind, o.name, o.version, o.payload, o.attempts
  $$;

-- Hourly: forget rows dispatched more than a day ago.
CREATE FUNCTION parley_purge_dispatched_outbox() RETURNS integer
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  WITH gone AS (DELETE FROM outbox WHERE dispatched_at < now() - interval '1 day' RETURNING 1)
  SELECT count(*)::integer FROM gone
  $$;

REVOKE ALL ON FUNCTION parley_outbox_dispatched(uuid[]), parley_claim_outbox(double precision, double precision, integer),
  parley_purge_dispatched_outbox() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_outbox_dispatched(uuid[]), parley_claim_outbox(double precision, double precision, integer),
  parley_purge_dispatched_outbox() TO parley_app;
