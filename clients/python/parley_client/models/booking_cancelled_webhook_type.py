from enum import StrEnum

class BookingCancelledWebhookType(StrEnum):
    BOOKING_CANCELLED = "booking.cancelled"

    def __str__(self) -> str:
        return str(self.value)
