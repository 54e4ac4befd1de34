from enum import StrEnum

class SearchRequestMode(StrEnum):
    DENSE = "dense"
    HYBRID = "hybrid"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
