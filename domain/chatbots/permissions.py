"""What the chatbots context lets members and API keys do."""

from domain.access import declare

CHATBOTS_READ = declare("chatbots:read", operator=True, api_key=True)
CHATBOTS_WRITE = declare("chatbots:write", api_key=True)
