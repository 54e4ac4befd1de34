-- Analytics reports (issue 24): PDF and CSV reports rendered by a job and stored sealed with the tenant's data key
-- (nothing is served until both are written: status pending -> ready | failed); members' weekly and monthly
-- report subscriptions (one report per member and period: analytics_report_deliveries); credit warnings at 80 %
-- and 100 % of the month's AI credits, once per period.

CREATE TABLE analytics_reports (
  id              uuid PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  requested_by    uuid,                        -- the member told when it is ready or failed (NULL: an API key)
  kind            text NOT NULL DEFAULT 'on_demand' CHECK (kind IN ('on_demand', 'weekly', 'monthly')),
  period_start    date NOT NULL,
  period_end      date NOT NULL,
  chatbot_id      uuid,
  time_zone       text NOT NULL,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'ready', 'failed')),
  attempts        integer NOT NULL DEFAULT 0,
  error           text,
  pdf_ciphertext  bytea,                       -- sealed: AAD tenant | analytics_reports | pdf | id
  csv_ciphertext  bytea,
  pdf_bytes       integer,
  csv_bytes       integer,
  emailed_at      timestamptz,                 -- a scheduled report's e-mail went out (or the failure notice)
  created_at      timestamptz NOT NULL DEFAULT now(),
  finished_at     timestamptz,
  CHECK (status <> 'ready' OR (pdf_ciphertext IS NOT NULL AND csv_ciphertext IS NOT NULL))
);
ALTER TABLE analytics_reports ALTER COLUMN pdf_ciphertext SET STORAGE EXTERNAL;  -- ciphertext does not compress
ALTER TABLE analytics_reports ALTER COLUMN csv_ciphertext SET STORAGE EXTERNAL;
CREATE INDEX analytics_reports_tenant ON analytics_reports (tenant_id, id DESC);

CREATE TABLE analytics_report_subscriptions (
  tenant_id   uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  user_id     uuid NOT NULL,
  weekly      boolean NOT NULL DEFAULT false,
  monthly     boolean NOT NULL DEFAULT false,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, user_id)
);

-- One scheduled report per member, cadence and period: the row is claimed with the report it creates.
CREATE TABLE analytics_report_deliveries (
  tenant_id     uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  user_id       uuid NOT NULL,
  cadence       text NOT NULL CHECK (cadence IN ('weekly', 'monthly')),
  period_start  date NOT NULL,
  report_id     uuid NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, user_id, cadence, period_start)
);

CREATE TABLE analytics_credit_warnings (
  tenant_id   uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  period      date NOT NULL,                   -- first day of the credit month (UTC)
  threshold   integer NOT NULL CHECK (threshold IN (80, 100)),
  used        bigint NOT NULL,
  allowance   bigint NOT NULL,
  warned_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, period, threshold)
);

ALTER TABLE analytics_reports ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_report_subscriptions ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_report_deliveries ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_credit_warnings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON analytics_reports
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON analytics_report_subscriptions
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON analytics_report_deliveries
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON analytics_credit_warnings
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON analytics_reports, analytics_report_subscriptions, analytics_report_deliveries,
  analytics_credit_warnings TO parley_app;

-- For the worker's cron: workspaces where some member subscribed to weekly or monthly reports (ids only).
CREATE FUNCTION parley_analytics_subscribed_tenants() RETURNS TABLE (tenant_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  SELECT DISTINCT s.tenant_id FROM analytics_report_subscriptions s WHERE s.weekly OR s.monthly
  $$;
REVOKE ALL ON FUNCTION parley_analytics_subscribed_tenants() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_analytics_subscribed_tenants() TO parley_app;

-- For the worker's cron: reports still pending some minutes after they were asked for (their job was lost with
-- Redis, or every worker died mid-render past arq's retries): queued again (ids only).
CREATE FUNCTION parley_analytics_stale_reports(p_minutes integer, p_limit integer) RETURNS TABLE (tenant_id uuid, report_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  SELECT r.tenant_id, r.id FROM analytics_reports r
   WHERE r.status = 'pending' AND r.created_at < now() - make_interval(mins => p_minutes)
   ORDER BY r.created_at LIMIT p_limit
  $$;
REVOKE ALL ON FUNCTION parley_analytics_stale_reports(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_analytics_stale_reports(integer, integer) TO parley_app;
