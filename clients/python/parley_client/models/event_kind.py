from enum import StrEnum

class EventKind(StrEnum):
    MESSAGE = "message"
    READ = "read"
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)
