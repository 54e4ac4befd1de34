from enum import StrEnum

class ApiKeyEffectiveScopesItem(StrEnum):
    CHATBOTSREAD = "chatbots:read"
    CHATBOTSWRITE = "chatbots:write"
    CONVERSATIONSREAD = "conversations:read"
    CONVERSATIONSWRITE = "conversations:write"
    HANDOFFREAD = "handoff:read"
    HANDOFFWORK = "handoff:work"
    KNOWLEDGEREAD = "knowledge:read"
    KNOWLEDGEWRITE = "knowledge:write"
    WEBHOOKSREAD = "webhooks:read"
    WEBHOOKSWRITE = "webhooks:write"

    def __str__(self) -> str:
        return str(self.value)
