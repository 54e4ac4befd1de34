"""HTTP routes of the knowledge context."""

from api.v1.knowledge.controllers import KnowledgeController

ROUTES = [KnowledgeController]
