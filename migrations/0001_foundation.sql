-- Foundation: tenants, users, sessions, API keys, invitations, chatbots.
-- Every tenant-owned table has tenant_id and a row-level-security policy on app.tenant_id.
-- The application connects as parley_app (NOBYPASSRLS); this file runs as the owner.

CREATE EXTENSION IF NOT EXISTS vector;

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'parley_app') THEN
    CREATE ROLE parley_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
-- The owner may connect and then act as parley_app when no separate login is configured.
GRANT parley_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO parley_app;

CREATE FUNCTION parley_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;

CREATE TABLE tenants (
  id          uuid PRIMARY KEY,
  name        text NOT NULL,
  plan        text NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'pro', 'enterprise')),
  credits     bigint NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tenant_keys (
  tenant_id      uuid PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
  wrapped_key    bytea NOT NULL,
  master_key_id  text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  rotated_at     timestamptz
);

CREATE TABLE users (
  id                   uuid PRIMARY KEY,
  tenant_id            uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  email_ciphertext     bytea NOT NULL,
  email_index          bytea NOT NULL UNIQUE,
  name_ciphertext      bytea NOT NULL,
  password_hash        text NOT NULL,
  role                 text NOT NULL CHECK (role IN ('owner', 'admin', 'operator')),
  created_at           timestamptz NOT NULL DEFAULT now(),
  password_changed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_tenant ON users (tenant_id, id);

CREATE TABLE refresh_tokens (
  id          uuid PRIMARY KEY,
  tenant_id   uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  family_id   uuid NOT NULL,
  token_hash  bytea NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  rotated_at  timestamptz,
  revoked_at  timestamptz
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (tenant_id, family_id);
CREATE INDEX refresh_tokens_user ON refresh_tokens (tenant_id, user_id);

CREATE TABLE api_keys (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  name          text NOT NULL,
  prefix        text NOT NULL UNIQUE,
  secret_hash   bytea NOT NULL,
  scopes        text[] NOT NULL,
  created_by    uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz,
  revoked_at    timestamptz,
  last_used_at  timestamptz
);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id, id);

CREATE TABLE invitations (
  id                uuid PRIMARY KEY,
  tenant_id         uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  email_ciphertext  bytea NOT NULL,
  role              text NOT NULL CHECK (role IN ('owner', 'admin', 'operator')),
  token_hash        bytea NOT NULL UNIQUE,
  invited_by        uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  expires_at        timestamptz NOT NULL,
  accepted_at       timestamptz,
  revoked_at        timestamptz
);
CREATE INDEX invitations_tenant ON invitations (tenant_id, id);

CREATE TABLE chatbots (
  id                         uuid PRIMARY KEY,
  tenant_id                  uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  public_id                  text NOT NULL UNIQUE,
  name                       text NOT NULL,
  persona                    text NOT NULL DEFAULT '',
  instructions               text NOT NULL DEFAULT '',
  company_profile            jsonb NOT NULL DEFAULT '{}',
  welcome_message            text NOT NULL DEFAULT '',
  languages                  text[] NOT NULL DEFAULT '{en}',
  appearance                 jsonb NOT NULL DEFAULT '{}',
  allowed_origins            text[] NOT NULL DEFAULT '{}',
  ai_settings                jsonb NOT NULL DEFAULT '{}',
  provider_api_key_ciphertext bytea,
  status                     text NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'paused')),
  created_at                 timestamptz NOT NULL DEFAULT now(),
  updated_at                 timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chatbots_tenant ON chatbots (tenant_id, id DESC);

-- Row-level security on every tenant-owned table.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants
  USING (id = parley_current_tenant()) WITH CHECK (id = parley_current_tenant());

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['tenant_keys', 'users', 'refresh_tokens', 'api_keys', 'invitations', 'chatbots'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (tenant_id = parley_current_tenant()) '
      'WITH CHECK (tenant_id = parley_current_tenant())', t);
  END LOOP;
END $$;

-- Entry points that must find a tenant before one is known. Each returns only the tenant id
-- (and row id); the caller then opens a unit of work for that tenant, under RLS.
CREATE FUNCTION parley_find_login(p_email_index bytea) RETURNS TABLE (tenant_id uuid, user_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT u.tenant_id, u.id FROM users u WHERE u.email_index = p_email_index $$;

CREATE FUNCTION parley_find_refresh_token(p_token_hash bytea) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT r.tenant_id FROM refresh_tokens r WHERE r.token_hash = p_token_hash $$;

CREATE FUNCTION parley_find_api_key(p_prefix text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT k.tenant_id FROM api_keys k WHERE k.prefix = p_prefix $$;

CREATE FUNCTION parley_find_invitation(p_token_hash bytea) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT i.tenant_id FROM invitations i WHERE i.token_hash = p_token_hash $$;

CREATE FUNCTION parley_find_public_chatbot(p_public_id text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT c.tenant_id FROM chatbots c WHERE c.public_id = p_public_id $$;

REVOKE ALL ON FUNCTION parley_find_login(bytea), parley_find_refresh_token(bytea),
  parley_find_api_key(text), parley_find_invitation(bytea), parley_find_public_chatbot(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_current_tenant(), parley_find_login(bytea), parley_find_refresh_token(bytea),
  parley_find_api_key(text), parley_find_invitation(bytea), parley_find_public_chatbot(text) TO parley_app;

GRANT SELECT, INSERT, UPDATE, DELETE ON tenants, tenant_keys, users, refresh_tokens, api_keys, invitations, chatbots
  TO parley_app;

-- Housekeeping across tenants, for the worker's cron job.
CREATE FUNCTION parley_purge_expired_credentials() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
DECLARE removed integer; more integer;
BEGIN
  DELETE FROM refresh_tokens WHERE expires_at < now() - interval '7 days'
     OR revoked_at < now() - interval '7 days';
  GET DIAGNOSTICS removed = ROW_COUNT;
  DELETE FROM invitations WHERE expires_at < now() - interval '7 days' AND accepted_at IS NULL;
  GET DIAGNOSTICS more = ROW_COUNT;
  RETURN removed + more;
END $$;
REVOKE ALL ON FUNCTION parley_purge_expired_credentials() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_purge_expired_credentials() TO parley_app;
