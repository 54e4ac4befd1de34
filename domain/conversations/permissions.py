"""What the conversations context lets members and API keys do."""

from domain.access import declare

CONVERSATIONS_READ = declare("conversations:read", operator=True, api_key=True)
CONVERSATIONS_WRITE = declare("conversations:write", operator=True, api_key=True)
