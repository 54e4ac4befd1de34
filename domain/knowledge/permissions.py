"""What the knowledge context lets members and API keys do."""

from domain.access import declare

KNOWLEDGE_READ = declare("knowledge:read", operator=True, api_key=True)
KNOWLEDGE_WRITE = declare("knowledge:write", api_key=True)
