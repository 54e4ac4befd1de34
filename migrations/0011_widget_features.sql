-- What every support widget offers: a pre-chat form, business hours with an away message and
-- proactive messages (chatbot settings), and the answers a visitor gave to the pre-chat form.
-- The answers are personal data: one row per conversation, AES-GCM sealed by the application with
-- the tenant's data key (AAD tenant | chat_session_details | details | session id), RLS like 0003.

ALTER TABLE chatbots
  ADD COLUMN pre_chat_form      jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN business_hours     jsonb,
  ADD COLUMN proactive_messages jsonb NOT NULL DEFAULT '[]';

-- The launcher text is the owner's own words only; empty lets the widget say "Open chat" in the
-- visitor's language. "Chat with us" was the server's default, never an owner's choice.
UPDATE chatbots SET appearance = jsonb_set(appearance, '{launcher_text}', '""')
 WHERE appearance->>'launcher_text' = 'Chat with us';

CREATE TABLE chat_session_details (
  session_id          uuid PRIMARY KEY REFERENCES chat_sessions(id) ON DELETE CASCADE,
  tenant_id           uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  details_ciphertext  bytea NOT NULL,    -- JSON object {field key: answer}
  created_at          timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE chat_session_details ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON chat_session_details
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON chat_session_details TO parley_app;
