from enum import StrEnum

class ApiKeyEffectiveScopesItem(StrEnum):
    BOOKINGSWRITE = "bookings:write"
    CHATBOTSREAD = "chatbots:read"
    CHATBOTSWRITE = "chatbots:write"
    CONVERSATIONSREAD = "conversations:read"
    CONVERSATIONSWRITE = "conversations:write"
    KNOWLEDGEREAD = "knowledge:read"
    KNOWLEDGEWRITE = "knowledge:write"
    SCHEDULINGREAD = "scheduling:read"
    SCHEDULINGWRITE = "scheduling:write"
    WEBHOOKSREAD = "webhooks:read"
    WEBHOOKSWRITE = "webhooks:write"

    def __str__(self) -> str:
        return str(self.value)
