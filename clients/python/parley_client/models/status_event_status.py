from enum import StrEnum

class StatusEventStatus(StrEnum):
    ASSIGNED = "assigned"
    CLOSED = "closed"
    OPEN = "open"
    QUEUED = "queued"

    def __str__(self) -> str:
        return str(self.value)
