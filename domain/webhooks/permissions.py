"""What the webhooks context lets members and API keys do."""

from domain.access import declare

WEBHOOKS_READ = declare("webhooks:read", api_key=True)
WEBHOOKS_WRITE = declare("webhooks:write", api_key=True)
