-- Cheaper message writes (bench/bench_ws.py measures them; group commit writes ~20 messages per batch).
--
-- Messages are only ever read by session (`(session_id, seq)` and `(session_id, client_id)` are unique
-- keys), so `chat_messages_tenant (tenant_id, session_id, seq)` duplicated a key on every insert. Worse,
-- its leading column matches the RLS filter, which tempted the planner into reading a whole session's
-- messages to find a batch's client_ids (2.5 ms instead of 0.3 ms per batch at 150 messages a session).
--
-- The tenant foreign key cost a lookup of the tenant row per inserted message and needed that index
-- for its cascade. A tenant's messages still go with it: tenants → chat_sessions → chat_messages
-- cascade through session_id. RLS on tenant_id is unchanged.
ALTER TABLE chat_messages DROP CONSTRAINT chat_messages_tenant_id_fkey;
DROP INDEX chat_messages_tenant;
