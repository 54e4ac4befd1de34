-- Scheduling: calendars a workspace connects (CalDAV; the password sealed by the application with the
-- tenant's data key, bound to its row), availability schedules per chatbot and resource, bookings, and the
-- notifications (confirmation, reminders) sent for them, each at most once.
--
-- No double booking: each schedule has a lane number; a booking's span is the int8range
-- [lane * 2^32 + start minute, lane * 2^32 + end minute) in minutes since the epoch, and an exclusion
-- constraint forbids two confirmed bookings whose spans overlap. (A gist exclusion on (schedule, tstzrange)
-- would need the btree_gist extension, which the embedded PostgreSQL lacks; one range per lane needs only
-- the built-in range operator class.) Same RLS pattern as 0003.

CREATE TABLE calendar_connections (
  id                   uuid PRIMARY KEY,
  tenant_id            uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  kind                 text NOT NULL CHECK (kind IN ('caldav')),
  name                 text NOT NULL DEFAULT '',
  url                  text NOT NULL,
  username             text NOT NULL,
  password_ciphertext  bytea NOT NULL,
  ctag                 text,                          -- the collection's tag when last synced
  created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX calendar_connections_tenant ON calendar_connections (tenant_id, id);

CREATE TABLE schedules (
  id                        uuid PRIMARY KEY,
  tenant_id                 uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  chatbot_id                uuid NOT NULL REFERENCES chatbots(id) ON DELETE CASCADE,
  name                      text NOT NULL,
  resource                  text NOT NULL,           -- 'chatbot', 'operator:<id>', 'team:<id>' (opaque here)
  rules                     jsonb NOT NULL,
  calendar_ids              uuid[] NOT NULL DEFAULT '{}',
  reminder_offsets_minutes  integer[] NOT NULL DEFAULT '{1440,60}',
  enabled                   boolean NOT NULL DEFAULT true,
  lane                      bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  created_at                timestamptz NOT NULL DEFAULT now(),
  updated_at                timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, chatbot_id, resource)
);
CREATE INDEX schedules_tenant ON schedules (tenant_id, id);

CREATE TABLE bookings (
  id                  uuid PRIMARY KEY,
  tenant_id           uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  schedule_id         uuid NOT NULL REFERENCES schedules(id) ON DELETE CASCADE,
  chatbot_id          uuid NOT NULL,
  session_id          uuid,                           -- the conversation it was booked in, if any
  starts_at           timestamptz NOT NULL,
  ends_at             timestamptz NOT NULL,
  span                int8range NOT NULL,             -- see above
  name_ciphertext     bytea NOT NULL,
  email_ciphertext    bytea NOT NULL,
  notes_ciphertext    bytea NOT NULL,
  time_zone           text NOT NULL,                  -- the visitor's
  status              text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'cancelled')),
  calendar_id         uuid REFERENCES calendar_connections(id) ON DELETE SET NULL,
  calendar_event_uid  text,
  meeting_url         text NOT NULL DEFAULT '',
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at),
  CONSTRAINT bookings_no_overlap EXCLUDE USING gist (span WITH &&) WHERE (status = 'confirmed')
);
CREATE INDEX bookings_schedule ON bookings (tenant_id, schedule_id, starts_at);
CREATE INDEX bookings_list ON bookings (tenant_id, schedule_id, id);

CREATE TABLE booking_notifications (
  tenant_id       uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  booking_id      uuid NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
  kind            text NOT NULL,                      -- 'confirmation', 'reminder', 'cancellation', ...
  offset_minutes  integer NOT NULL,                   -- before the meeting (0 for the others)
  starts_at       timestamptz NOT NULL,               -- the meeting time it was for (a moved meeting is new)
  claimed_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (booking_id, kind, offset_minutes, starts_at)
);

ALTER TABLE calendar_connections ENABLE ROW LEVEL SECURITY;
ALTER TABLE schedules ENABLE ROW LEVEL SECURITY;
ALTER TABLE bookings ENABLE ROW LEVEL SECURITY;
ALTER TABLE booking_notifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON calendar_connections
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON schedules
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON bookings
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON booking_notifications
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());

GRANT SELECT, INSERT, UPDATE, DELETE ON calendar_connections, schedules, bookings, booking_notifications TO parley_app;

-- The sync cron: workspaces with upcoming confirmed bookings on a calendar (cross-tenant entry point).
CREATE FUNCTION parley_scheduling_sync_tenants(p_limit integer) RETURNS TABLE (tenant_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  SELECT DISTINCT b.tenant_id FROM bookings b
   WHERE b.status = 'confirmed' AND b.calendar_event_uid IS NOT NULL AND b.ends_at > now()
   LIMIT p_limit
  $$;
REVOKE ALL ON FUNCTION parley_scheduling_sync_tenants(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_scheduling_sync_tenants(integer) TO parley_app;
