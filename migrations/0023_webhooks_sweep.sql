-- Webhook deliveries whose job died. An attempt leases its delivery (next_attempt_at moves past the
-- attempt's deadline); a pending delivery still due long after that lost its job (a worker killed
-- mid-delivery, a queue that lost it) and the sweeper queues it again. Endpoints failing for days are
-- found the same way. Both span tenants, so they are SECURITY DEFINER functions like the outbox's.

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';

-- Claim up to p_limit pending deliveries due p_overdue seconds ago or more: they become due now (the
-- job the caller queues finds them so), and are not overdue again before another p_overdue seconds.
CREATE FUNCTION parley_overdue_webhook_deliveries(p_overdue double precision, p_limit integer)
  RETURNS TABLE (id uuid, tenant_id uuid, endpoint_id uuid)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  UPDATE webhook_deliveries d SET next_attempt_at = now()
   WHERE d.id IN (SELECT c.id FROM webhook_deliveries c
                   WHERE c.status = 'pending' AND c.next_attempt_at <= now() - make_interval(secs => p_overdue)
                   ORDER BY c.next_attempt_at
                   LIMIT p_limit
                   FOR UPDATE SKIP LOCKED)
  RETURNING d.id, d.tenant_id, d.endpoint_id
  $$;

-- Enabled endpoints without a success for p_after seconds or more (the caller disables them).
CREATE FUNCTION parley_failing_webhook_endpoints(p_after double precision, p_limit integer)
  RETURNS TABLE (id uuid, tenant_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  SELECT e.id, e.tenant_id FROM webhook_endpoints e
   WHERE e.enabled AND e.failing_since <= now() - make_interval(secs => p_after)
   ORDER BY e.failing_since LIMIT p_limit
  $$;

REVOKE ALL ON FUNCTION parley_overdue_webhook_deliveries(double precision, integer),
  parley_failing_webhook_endpoints(double precision, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_overdue_webhook_deliveries(double precision, integer),
  parley_failing_webhook_endpoints(double precision, integer) TO parley_app;
