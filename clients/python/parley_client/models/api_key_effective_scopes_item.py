from enum import StrEnum

class ApiKeyEffectiveScopesItem(StrEnum):
    ANALYTICSREAD = "analytics:read"
    ANALYTICSWRITE = "analytics:write"
    BOOKINGSWRITE = "bookings:write"
    CHATBOTSREAD = "chatbots:read"
    CHATBOTSWRITE = "chatbots:write"
    CONVERSATIONSREAD = "conversations:read"
    CONVERSATIONSWRITE = "conversations:write"
    HANDOFFMANAGE = "handoff:manage"
    HANDOFFREAD = "handoff:read"
    HANDOFFWORK = "handoff:work"
    KNOWLEDGEREAD = "knowledge:read"
    KNOWLEDGEWRITE = "knowledge:write"
    PAYMENTSREAD = "payments:read"
    PAYMENTSREFUND = "payments:refund"
    PAYMENTSREQUEST = "payments:request"
    PAYMENTSWRITE = "payments:write"
    SCHEDULINGREAD = "scheduling:read"
    SCHEDULINGWRITE = "scheduling:write"
    WEBHOOKSREAD = "webhooks:read"
    WEBHOOKSWRITE = "webhooks:write"

    def __str__(self) -> str:
        return str(self.value)
