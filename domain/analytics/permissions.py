"""What the analytics context lets members and API keys do: owners and admins read figures (and keys may be
granted it, for third-party dashboards); operators do not."""

from domain.access import declare

ANALYTICS_READ = declare("analytics:read", api_key=True)
ANALYTICS_WRITE = declare("analytics:write", api_key=True)  # settings (time zone, follow-up hours) and backfill
