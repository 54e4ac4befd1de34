from enum import StrEnum

class LeadCapturedWebhookType(StrEnum):
    LEAD_CAPTURED = "lead.captured"

    def __str__(self) -> str:
        return str(self.value)
