"""HTTP routes of the payments context."""

from api.v1.payments.controllers import PaymentController, StripeIntegrationController, StripeWebhookController

ROUTES = [StripeIntegrationController, StripeWebhookController, PaymentController]
