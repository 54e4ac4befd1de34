from enum import StrEnum

class CreditsThresholdReachedWebhookType(StrEnum):
    CREDITS_THRESHOLD_REACHED = "credits.threshold_reached"

    def __str__(self) -> str:
        return str(self.value)
