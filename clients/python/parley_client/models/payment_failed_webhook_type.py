from enum import StrEnum

class PaymentFailedWebhookType(StrEnum):
    PAYMENT_FAILED = "payment.failed"

    def __str__(self) -> str:
        return str(self.value)
