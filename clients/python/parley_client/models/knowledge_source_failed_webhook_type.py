from enum import StrEnum

class KnowledgeSourceFailedWebhookType(StrEnum):
    KNOWLEDGE_SOURCE_FAILED = "knowledge.source.failed"

    def __str__(self) -> str:
        return str(self.value)
