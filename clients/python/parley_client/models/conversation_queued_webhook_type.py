from enum import StrEnum

class ConversationQueuedWebhookType(StrEnum):
    CONVERSATION_QUEUED = "conversation.queued"

    def __str__(self) -> str:
        return str(self.value)
