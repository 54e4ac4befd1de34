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
-- system of record by the worker's sweep, whatever Redis lost. Messages are scanned by primary key over a
-- window of UUIDv7 ids (time-ordered: no extra index on the write path). A message is due when its session
-- is open, no `ai:<message id>` reply exists, and its turn was never claimed or was claimed by a process
-- whose lease ran out with attempts left; `attempts` tells one try from the next (the job's id).
CREATE FUNCTION parley_unanswered_visitor_messages(p_after uuid, p_before uuid, p_max_attempts integer, p_limit integer)
  RETURNS TABLE (tenant_id uuid, session_id uuid, message_id uuid, attempts integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  SELECT m.tenant_id, m.session_id, m.id, coalesce(t.attempts, 0)::integer FROM chat_messages m
    JOIN chat_sessions s ON s.id = m.session_id
    LEFT JOIN assistant_turns t ON t.message_id = m.id
   WHERE m.id > p_after AND m.id < p_before AND m.sender = 'customer' AND m.kind = 'message' AND s.status = 'open'
     AND (t.message_id IS NULL OR (t.status = 'running' AND t.lease_until < now() AND t.attempts < p_max_attempts))
     AND NOT EXISTS (SELECT 1 FROM chat_messages r WHERE r.session_id = m.session_id AND r.client_id = 'ai:' || m.id)
   ORDER BY m.id
   LIMIT p_limit
  $$;
REVOKE ALL ON FUNCTION parley_unanswered_visitor_messages(uuid, uuid, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_unanswered_visitor_messages(uuid, uuid, integer, integer) TO parley_app;
