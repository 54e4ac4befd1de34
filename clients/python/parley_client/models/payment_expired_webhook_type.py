from enum import StrEnum

class PaymentExpiredWebhookType(StrEnum):
    PAYMENT_EXPIRED = "payment.expired"

    def __str__(self) -> str:
        return str(self.value)
