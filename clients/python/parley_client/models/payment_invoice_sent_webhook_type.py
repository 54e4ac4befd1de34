from enum import StrEnum

class PaymentInvoiceSentWebhookType(StrEnum):
    PAYMENT_INVOICE_SENT = "payment.invoice.sent"

    def __str__(self) -> str:
        return str(self.value)
