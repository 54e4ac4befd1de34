from enum import StrEnum

class AnalyticsReportKind(StrEnum):
    MONTHLY = "monthly"
    ON_DEMAND = "on_demand"
    WEEKLY = "weekly"

    def __str__(self) -> str:
        return str(self.value)
