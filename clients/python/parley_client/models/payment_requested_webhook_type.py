from enum import StrEnum

class PaymentRequestedWebhookType(StrEnum):
    PAYMENT_REQUESTED = "payment.requested"

    def __str__(self) -> str:
        return str(self.value)
