from enum import StrEnum

class FeedbackReceivedWebhookType(StrEnum):
    FEEDBACK_RECEIVED = "feedback.received"

    def __str__(self) -> str:
        return str(self.value)
