from enum import StrEnum

class ExportAnalyticsPagesFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"

    def __str__(self) -> str:
        return str(self.value)
