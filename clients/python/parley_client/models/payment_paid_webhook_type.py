from enum import StrEnum

class PaymentPaidWebhookType(StrEnum):
    PAYMENT_PAID = "payment.paid"

    def __str__(self) -> str:
        return str(self.value)
