"""HTTP routes of the assistant context."""

from api.v1.assistant.controllers import AssistantController

ROUTES = [AssistantController]
