from enum import StrEnum

class CalendarUnavailableWebhookType(StrEnum):
    CALENDAR_UNAVAILABLE = "calendar.unavailable"

    def __str__(self) -> str:
        return str(self.value)
