from enum import StrEnum

class ListHandoffsStatusType2Type1(StrEnum):
    ASSIGNED = "assigned"
    QUEUED = "queued"
    RESOLVED = "resolved"

    def __str__(self) -> str:
        return str(self.value)
