from enum import StrEnum

class AssistantSettingsDeclinePolicy(StrEnum):
    DECLINE = "decline"
    GENERAL = "general"

    def __str__(self) -> str:
        return str(self.value)
