"""What the payments context lets members and API keys do."""

from domain.access import declare

PAYMENTS_READ = declare("payments:read", operator=True, api_key=True)
# connect / disconnect Stripe and choose what the assistant may charge for
PAYMENTS_WRITE = declare("payments:write", api_key=True)
# send a payment request into a conversation (operators do, from the console)
PAYMENTS_REQUEST = declare("payments:request", operator=True, api_key=True)
PAYMENTS_REFUND = declare("payments:refund", api_key=True)
