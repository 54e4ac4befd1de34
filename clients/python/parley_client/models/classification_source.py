from enum import StrEnum

class ClassificationSource(StrEnum):
    MODEL = "model"
    OFFLINE = "offline"

    def __str__(self) -> str:
        return str(self.value)
