from enum import StrEnum

class PaymentRefundedWebhookType(StrEnum):
    PAYMENT_REFUNDED = "payment.refunded"

    def __str__(self) -> str:
        return str(self.value)
