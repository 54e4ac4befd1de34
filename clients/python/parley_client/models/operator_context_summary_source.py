from enum import StrEnum

class OperatorContextSummarySource(StrEnum):
    EXTRACTIVE = "extractive"
    MODEL = "model"

    def __str__(self) -> str:
        return str(self.value)
