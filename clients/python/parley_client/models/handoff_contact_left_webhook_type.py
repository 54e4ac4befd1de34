from enum import StrEnum

class HandoffContactLeftWebhookType(StrEnum):
    HANDOFF_CONTACT_LEFT = "handoff.contact_left"

    def __str__(self) -> str:
        return str(self.value)
