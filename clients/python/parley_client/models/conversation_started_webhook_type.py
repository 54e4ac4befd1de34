from enum import StrEnum

class ConversationStartedWebhookType(StrEnum):
    CONVERSATION_STARTED = "conversation.started"

    def __str__(self) -> str:
        return str(self.value)
