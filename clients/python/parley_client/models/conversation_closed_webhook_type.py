from enum import StrEnum

class ConversationClosedWebhookType(StrEnum):
    CONVERSATION_CLOSED = "conversation.closed"

    def __str__(self) -> str:
        return str(self.value)
