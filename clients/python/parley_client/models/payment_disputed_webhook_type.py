from enum import StrEnum

class PaymentDisputedWebhookType(StrEnum):
    PAYMENT_DISPUTED = "payment.disputed"

    def __str__(self) -> str:
        return str(self.value)
