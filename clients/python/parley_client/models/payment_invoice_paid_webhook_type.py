from enum import StrEnum

class PaymentInvoicePaidWebhookType(StrEnum):
    PAYMENT_INVOICE_PAID = "payment.invoice.paid"

    def __str__(self) -> str:
        return str(self.value)
