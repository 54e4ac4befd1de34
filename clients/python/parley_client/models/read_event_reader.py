from enum import StrEnum

class ReadEventReader(StrEnum):
    OPERATOR = "operator"
    VISITOR = "visitor"

    def __str__(self) -> str:
        return str(self.value)
