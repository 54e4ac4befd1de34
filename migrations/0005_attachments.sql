-- Files attached to conversations (uploaded by the visitor through the widget or by a member), and
-- members' avatars. Same pattern as 0003: tenant_id + RLS on parley_current_tenant() + grants to
-- parley_app. The file's bytes and name are AES-GCM ciphertexts sealed by the application with the
-- tenant's data key, bound to the row (see infrastructure/crypto); a message refers to a file by id.

CREATE TABLE chat_attachments (
  id                  uuid PRIMARY KEY,
  tenant_id           uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  session_id          uuid NOT NULL REFERENCES chat_sessions(id) ON DELETE CASCADE,
  uploaded_by         text NOT NULL CHECK (uploaded_by IN ('visitor', 'operator')),
  uploader_user_id    uuid REFERENCES users(id) ON DELETE SET NULL,
  name_ciphertext     bytea NOT NULL,
  content_type        text NOT NULL,     -- from the allow-list, checked against the bytes
  size                integer NOT NULL CHECK (size > 0),
  content_ciphertext  bytea NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now()
);
-- Ciphertext does not compress: keep TOAST from trying on every insert.
ALTER TABLE chat_attachments ALTER COLUMN content_ciphertext SET STORAGE EXTERNAL;
CREATE INDEX chat_attachments_session ON chat_attachments (tenant_id, session_id, id);

ALTER TABLE chat_attachments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON chat_attachments
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON chat_attachments TO parley_app;

-- A member's picture, shown to visitors beside the member's messages (an https URL, sealed like the name).
ALTER TABLE users ADD COLUMN avatar_url_ciphertext bytea;
