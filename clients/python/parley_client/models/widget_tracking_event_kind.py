from enum import StrEnum

class WidgetTrackingEventKind(StrEnum):
    FIRST_MESSAGE = "first_message"
    LOAD = "load"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
