from enum import StrEnum

class HandoffRequestedWebhookType(StrEnum):
    HANDOFF_REQUESTED = "handoff.requested"

    def __str__(self) -> str:
        return str(self.value)
