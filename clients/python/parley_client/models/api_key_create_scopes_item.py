from enum import StrEnum

class ApiKeyCreateScopesItem(StrEnum):
    ANALYTICSREAD = "analytics:read"
    ANALYTICSWRITE = "analytics:write"
    CHATBOTSREAD = "chatbots:read"
    CHATBOTSWRITE = "chatbots:write"
    CONVERSATIONSREAD = "conversations:read"
    CONVERSATIONSWRITE = "conversations:write"
    KNOWLEDGEREAD = "knowledge:read"
    KNOWLEDGEWRITE = "knowledge:write"
    WEBHOOKSREAD = "webhooks:read"
    WEBHOOKSWRITE = "webhooks:write"

    def __str__(self) -> str:
        return str(self.value)
