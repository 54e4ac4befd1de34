from enum import StrEnum

class PaymentStatus(StrEnum):
    DISPUTED = "disputed"
    EXPIRED = "expired"
    FAILED = "failed"
    PAID = "paid"
    PENDING = "pending"
    REFUNDED = "refunded"

    def __str__(self) -> str:
        return str(self.value)
