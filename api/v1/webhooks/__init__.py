"""HTTP routes of the webhooks context."""

from api.v1.webhooks.controllers import WebhookController

ROUTES = [WebhookController]
