from enum import StrEnum

class EscalationRuleAction(StrEnum):
    HAND_BACK = "hand_back"
    NOTIFY_LEAD = "notify_lead"
    REASSIGN = "reassign"

    def __str__(self) -> str:
        return str(self.value)
