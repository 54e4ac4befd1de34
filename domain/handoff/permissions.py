"""What the handoff context lets members and API keys do: operators read the queue and work chats; owners and
admins also set the escalation rules, teams and team canned responses."""

from domain.access import declare

HANDOFF_READ = declare("handoff:read", operator=True, api_key=True)
HANDOFF_WORK = declare("handoff:work", operator=True, api_key=True)
HANDOFF_MANAGE = declare("handoff:manage", api_key=True)
