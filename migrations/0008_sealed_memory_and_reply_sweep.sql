-- 1. Personal data at rest: the assistant's memory of a session (visitor text, name, email, phone, order
-- number) and a message's data (the operator's name and picture, a handoff reason) are sealed by the
-- application like message bodies: AES-256-GCM under the tenant's data key, bound to their row
-- (AAD tenant | table | column | id). NULL when there is nothing to keep.
-- Rows written before this migration are sealed by its upgrade step (infrastructure/db/upgrades.py, run by
-- `parley migrate` in this same transaction with the master key), which then drops the plaintext columns
-- chat_sessions.context and chat_messages.data.
ALTER TABLE chat_sessions ADD COLUMN context_ciphertext bytea;
ALTER TABLE chat_messages ADD COLUMN data_ciphertext bytea;

-- 2. Visitor messages the AI never answered because the process replying (or about to) died, found in the
-- system of record by the worker's sweep, whatever Redis lost. A message is due when its session is open, no
-- `ai:<message id>` reply exists, and its turn was never claimed or was claimed by a process whose lease ran
-- out with attempts left; `attempts` tells one try from the next (the job's id).
-- Messages are read by primary key over a window of UUIDv7 ids (time-ordered: no index added to the write
-- path), then each is probed by unique index; the LATERAL … LIMIT 1 keeps those probes whatever the planner
-- believes (see 0007): without statistics, plain joins read every message of the window once per session
-- (6.7 s for 30k visitor messages in the window, against 0.14 s so).
CREATE FUNCTION parley_unanswered_visitor_messages(p_after uuid, p_before uuid, p_max_attempts integer, p_limit integer)
  RETURNS TABLE (tenant_id uuid, session_id uuid, message_id uuid, attempts integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  WITH recent AS MATERIALIZED (
    SELECT m.id, m.tenant_id, m.session_id FROM chat_messages m
     WHERE m.id > p_after AND m.id < p_before AND m.sender = 'customer' AND m.kind = 'message')
  SELECT r.tenant_id, r.session_id, r.id, coalesce(t.attempts, 0)::integer
    FROM recent r
    LEFT JOIN LATERAL (SELECT status, attempts, lease_until FROM assistant_turns WHERE message_id = r.id LIMIT 1) t ON true
    CROSS JOIN LATERAL (SELECT status FROM chat_sessions WHERE id = r.session_id LIMIT 1) s
    LEFT JOIN LATERAL (SELECT 1 AS found FROM chat_messages
                        WHERE session_id = r.session_id AND client_id = 'ai:' || r.id LIMIT 1) reply ON true
   WHERE (t.status IS NULL OR (t.status = 'running' AND t.lease_until < now() AND t.attempts < p_max_attempts))
     AND s.status = 'open' AND reply.found IS NULL
   ORDER BY r.id
   LIMIT p_limit
  $$;
REVOKE ALL ON FUNCTION parley_unanswered_visitor_messages(uuid, uuid, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_unanswered_visitor_messages(uuid, uuid, integer, integer) TO parley_app;
