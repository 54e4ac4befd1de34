from enum import StrEnum

class HandoffTransferredWebhookType(StrEnum):
    HANDOFF_TRANSFERRED = "handoff.transferred"

    def __str__(self) -> str:
        return str(self.value)
