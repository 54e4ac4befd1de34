from enum import StrEnum

class BookingRescheduledWebhookType(StrEnum):
    BOOKING_RESCHEDULED = "booking.rescheduled"

    def __str__(self) -> str:
        return str(self.value)
