"""HTTP routes of the payments context."""

from api.v1.payments.controllers import (
    InvoiceController,
    PaymentController,
    StripeIntegrationController,
    StripeWebhookController,
)

ROUTES = [StripeIntegrationController, StripeWebhookController, PaymentController, InvoiceController]
