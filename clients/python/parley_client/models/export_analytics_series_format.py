from enum import StrEnum

class ExportAnalyticsSeriesFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"

    def __str__(self) -> str:
        return str(self.value)
