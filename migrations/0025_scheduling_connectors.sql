-- Scheduling, second step: Google Calendar and Microsoft 365 (OAuth tokens sealed in password_ciphertext, the
-- provider's sync token or delta link in ctag), Calendly and Cal.com (the owner's scheduling link in url, the
-- webhook signing key sealed in password_ciphertext); bookings those providers made (source, their id: one
-- booking per id, ever), the visitor's language for the e-mails, no-shows marked by an operator, and what the
-- meeting figures count (one row per booked / rescheduled / cancelled / no-show, and conversations offered slots).

ALTER TABLE calendar_connections DROP CONSTRAINT calendar_connections_kind_check;
ALTER TABLE calendar_connections ADD CONSTRAINT calendar_connections_kind_check
  CHECK (kind IN ('caldav', 'google', 'microsoft', 'calendly', 'calcom'));

ALTER TABLE bookings ADD COLUMN source text NOT NULL DEFAULT 'parley'
  CHECK (source IN ('parley', 'calendly', 'calcom'));
ALTER TABLE bookings ADD COLUMN external_id text;        -- the provider's id of a booking it made
ALTER TABLE bookings ADD COLUMN language text NOT NULL DEFAULT 'en';
ALTER TABLE bookings ADD COLUMN no_show boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX bookings_external ON bookings (tenant_id, source, external_id) WHERE external_id IS NOT NULL;
-- A booking another scheduler made is a fact (it blocks our slots, it is not refused by ours).
ALTER TABLE bookings DROP CONSTRAINT bookings_no_overlap;
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap
  EXCLUDE USING gist (span WITH &&) WHERE (status = 'confirmed' AND source = 'parley');

CREATE TABLE booking_activity (
  tenant_id   uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  booking_id  uuid NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
  chatbot_id  uuid NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('booked', 'rescheduled', 'cancelled', 'no_show')),
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX booking_activity_day ON booking_activity (tenant_id, at);

CREATE TABLE booking_offers (                          -- a conversation the assistant offered slots in
  tenant_id   uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  session_id  uuid NOT NULL,
  chatbot_id  uuid NOT NULL,
  offered_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, session_id)
);
CREATE INDEX booking_offers_day ON booking_offers (tenant_id, offered_at);

ALTER TABLE booking_activity ENABLE ROW LEVEL SECURITY;
ALTER TABLE booking_offers ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON booking_activity
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
CREATE POLICY tenant_isolation ON booking_offers
  USING (tenant_id = parley_current_tenant()) WITH CHECK (tenant_id = parley_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON booking_activity, booking_offers TO parley_app;

-- Calendly's and Cal.com's webhooks name the connection in their path: its workspace (cross-tenant entry point).
CREATE FUNCTION parley_scheduling_connection_tenant(p_id uuid, p_kind text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT tenant_id FROM calendar_connections WHERE id = p_id AND kind = p_kind $$;
REVOKE ALL ON FUNCTION parley_scheduling_connection_tenant(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parley_scheduling_connection_tenant(uuid, text) TO parley_app;
