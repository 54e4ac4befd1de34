from enum import StrEnum

class BreachKind(StrEnum):
    FIRST_RESPONSE = "first_response"
    QUEUED = "queued"

    def __str__(self) -> str:
        return str(self.value)
