from enum import StrEnum

class ExportAnalyticsBreakdownFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"

    def __str__(self) -> str:
        return str(self.value)
