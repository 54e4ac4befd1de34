from enum import StrEnum

class HandoffBreachedWebhookType(StrEnum):
    HANDOFF_BREACHED = "handoff.breached"

    def __str__(self) -> str:
        return str(self.value)
