from enum import StrEnum

class HandoffResolvedWebhookType(StrEnum):
    HANDOFF_RESOLVED = "handoff.resolved"

    def __str__(self) -> str:
        return str(self.value)
