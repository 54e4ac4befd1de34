from enum import StrEnum

class AnalyticsTrendDirection(StrEnum):
    FALLING = "falling"
    NO_TREND = "no trend"
    RISING = "rising"
    TOO_FEW_POINTS = "too few points"

    def __str__(self) -> str:
        return str(self.value)
