from enum import StrEnum

class StatusEventBy(StrEnum):
    AI = "ai"
    OPERATOR = "operator"
    SYSTEM = "system"
    VISITOR = "visitor"

    def __str__(self) -> str:
        return str(self.value)
