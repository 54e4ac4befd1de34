from enum import StrEnum

class ClassifyRequestMode(StrEnum):
    MODEL = "model"
    OFFLINE = "offline"

    def __str__(self) -> str:
        return str(self.value)
