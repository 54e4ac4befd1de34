from enum import StrEnum

class SearchResultMode(StrEnum):
    DENSE = "dense"
    HYBRID = "hybrid"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
