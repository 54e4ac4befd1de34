from enum import StrEnum

class ConversationAssignedWebhookType(StrEnum):
    CONVERSATION_ASSIGNED = "conversation.assigned"

    def __str__(self) -> str:
        return str(self.value)
