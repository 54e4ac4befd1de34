-- Analytics (issue 24): per-conversation metrics folded from domain events (each event once: analytics_events),
-- daily rollups per chatbot in the workspace's time zone (sums of the conversations' contributions, moved by
-- deltas), breakdown rows by language and intent, widget counters, and per-workspace settings.
-- The visitor's first question is sealed by the application (tenant data key, bound to the row).

CREATE TABLE analytics_settings (
  tenant_id                uuid PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
  time_zone                text NOT NULL DEFAULT 'UTC',
  follow_up_hours          integer NOT NULL DEFAULT 24,
  human_conversation_cost  double precision,
  credit_cost              double precision,
  report_recipients        bytea,            -- sealed JSON list of e-mail addresses for the weekly report
  last_report_week         date,             -- Monday of the last week reported
  updated_at               timestamptz NOT NULL DEFAULT now()
);

-- Events already folded (the outbox delivers at least once). Purged after 14 days: the outbox forgets
-- dispatched rows after one, so nothing older comes back.
CREATE TABLE analytics_events (
  tenant_id     uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  event_id      uuid NOT NULL,
  processed_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, event_id)
);
CREATE INDEX analytics_events_age ON analytics_events (processed_at);

CREATE TABLE analytics_conversations (
  conversation_id           uuid PRIMARY KEY,
  tenant_id                 uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id                uuid NOT NULL,
  day                       date,               -- the day it counts on, in the workspace's time zone
  started_at                timestamptz,
  ended_at                  timestamptz,
  last_activity_at          timestamptz,
  first_visitor_at          timestamptz,
  last_visitor_at           timestamptz,
  first_ai_at               timestamptz,
  first_human_at            timestamptz,
  last_reply_at             timestamptz,
  handoff_at                timestamptz,
  visitor_messages          integer NOT NULL DEFAULT 0,
  ai_messages               integer NOT NULL DEFAULT 0,
  human_messages            integer NOT NULL DEFAULT 0,
  closed                    boolean NOT NULL DEFAULT false,
  helped                    boolean NOT NULL DEFAULT false,
  rating                    smallint,
  handed_off                boolean NOT NULL DEFAULT false,
  handoff_reason            text,
  language                  text,
  intents                   text[] NOT NULL DEFAULT '{}',
  operators                 text[] NOT NULL DEFAULT '{}',   -- ids of the members who wrote in it
  sentiment_sum             double precision NOT NULL DEFAULT 0,
  sentiment_n               integer NOT NULL DEFAULT 0,
  credits                   integer NOT NULL DEFAULT 0,
  declined                  integer NOT NULL DEFAULT 0,
  last_ai_declined          boolean NOT NULL DEFAULT false,
  lead                      boolean NOT NULL DEFAULT false,
  payment                   boolean NOT NULL DEFAULT false,
  booking                   boolean NOT NULL DEFAULT false,
  status                    text NOT NULL DEFAULT 'open'
                            CHECK (status IN ('open', 'resolved_ai', 'resolved_human', 'unresolved', 'abandoned')),
  decided_by                text,
  idle_decided              boolean NOT NULL DEFAULT false,
  first_question_ciphertext bytea,
  updated_at                timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX analytics_conversations_day ON analytics_conversations (tenant_id, day, chatbot_id);
CREATE INDEX analytics_conversations_quiet ON analytics_conversations (last_activity_at) WHERE status = 'open';

CREATE TABLE analytics_daily (
  tenant_id         uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id        uuid NOT NULL,
  day               date NOT NULL,
  started           bigint NOT NULL DEFAULT 0,
  conversations     bigint NOT NULL DEFAULT 0,
  "open"            bigint NOT NULL DEFAULT 0,
  resolved_ai       bigint NOT NULL DEFAULT 0,
  resolved_human    bigint NOT NULL DEFAULT 0,
  unresolved        bigint NOT NULL DEFAULT 0,
  abandoned         bigint NOT NULL DEFAULT 0,
  handoffs          bigint NOT NULL DEFAULT 0,
  rated             bigint NOT NULL DEFAULT 0,
  rating_sum        bigint NOT NULL DEFAULT 0,
  satisfied         bigint NOT NULL DEFAULT 0,
  ai_frt_ms_sum     bigint NOT NULL DEFAULT 0,
  ai_frt_n          bigint NOT NULL DEFAULT 0,
  human_frt_ms_sum  bigint NOT NULL DEFAULT 0,
  human_frt_n       bigint NOT NULL DEFAULT 0,
  duration_s_sum    bigint NOT NULL DEFAULT 0,
  duration_n        bigint NOT NULL DEFAULT 0,
  messages_visitor  bigint NOT NULL DEFAULT 0,
  messages_ai       bigint NOT NULL DEFAULT 0,
  messages_human    bigint NOT NULL DEFAULT 0,
  credits           bigint NOT NULL DEFAULT 0,
  declined          bigint NOT NULL DEFAULT 0,
  leads             bigint NOT NULL DEFAULT 0,
  payments          bigint NOT NULL DEFAULT 0,
  bookings          bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, day, chatbot_id)
);

CREATE TABLE analytics_daily_dimensions (
  tenant_id      uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id     uuid NOT NULL,
  day            date NOT NULL,
  dimension      text NOT NULL,                -- language | intent | operator
  value          text NOT NULL,
  conversations  bigint NOT NULL DEFAULT 0,
  resolved       bigint NOT NULL DEFAULT 0,
  resolved_ai    bigint NOT NULL DEFAULT 0,
  handoffs       bigint NOT NULL DEFAULT 0,
  rated          bigint NOT NULL DEFAULT 0,
  rating_sum     bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, dimension, day, chatbot_id, value)
);

CREATE TABLE analytics_widget_daily (
  tenant_id       uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id      uuid NOT NULL,
  day             date NOT NULL,
  loads           bigint NOT NULL DEFAULT 0,
  opens           bigint NOT NULL DEFAULT 0,
  first_messages  bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, day, chatbot_id)
);

CREATE TABLE analytics_widget_pages (
  tenant_id   uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id  uuid NOT NULL,
  day         date NOT NULL,
  page        text NOT NULL,                   -- scheme://host/path (no query, no fragment)
  loads       bigint NOT NULL DEFAULT 0,
  opens       bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, day, chatbot_id, page)
);

ALTER TABLE analytics_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_conversations ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_daily ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_daily_dimensions ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_widget_daily ENABLE ROW LEVEL SECURITY;
ALTER TABLE analytics_widget_pages ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON analytics_settings
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON analytics_events
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON analytics_conversations
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON analytics_daily
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON analytics_daily_dimensions
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON analytics_widget_daily
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON analytics_widget_pages
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON analytics_settings, analytics_events, analytics_conversations, analytics_daily,
  analytics_daily_dimensions, analytics_widget_daily, analytics_widget_pages TO parley_app;

-- For the worker's cron: undecided conversations quiet for their workspace's follow-up hours, across
-- tenants (ids only; each is then rebuilt under its tenant's RLS).
CREATE FUNCTION parley_analytics_quiet(p_limit integer) RETURNS TABLE (tenant_id uuid, conversation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  SELECT m.tenant_id, m.conversation_id FROM analytics_conversations m
    LEFT JOIN analytics_settings s ON s.tenant_id = m.tenant_id
   WHERE m.status = 'open'
     AND m.last_activity_at < now() - make_interval(hours => coalesce(s.follow_up_hours, 24))
   ORDER BY m.last_activity_at
   LIMIT p_limit
  $$;
REVOKE ALL ON FUNCTION parley_analytics_quiet(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_analytics_quiet(integer) TO parley_app;

CREATE FUNCTION parley_analytics_purge_events(p_days integer) RETURNS bigint
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  WITH gone AS (DELETE FROM analytics_events WHERE processed_at < now() - make_interval(days => p_days) RETURNING 1)
  SELECT count(*) FROM gone
  $$;
REVOKE ALL ON FUNCTION parley_analytics_purge_events(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_analytics_purge_events(integer) TO parley_app;

-- For the worker's cron: workspaces with weekly-report recipients not yet sent the week starting `p_week`.
CREATE FUNCTION parley_analytics_reports_due(p_week date) RETURNS TABLE (tenant_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  SELECT s.tenant_id FROM analytics_settings s
   WHERE s.report_recipients IS NOT NULL AND (s.last_report_week IS NULL OR s.last_report_week < p_week)
  $$;
REVOKE ALL ON FUNCTION parley_analytics_reports_due(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_analytics_reports_due(date) TO parley_app;
