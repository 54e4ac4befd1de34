from enum import StrEnum

class BookingCreatedWebhookType(StrEnum):
    BOOKING_CREATED = "booking.created"

    def __str__(self) -> str:
        return str(self.value)
