from enum import StrEnum

class KnowledgeSourceSyncedWebhookType(StrEnum):
    KNOWLEDGE_SOURCE_SYNCED = "knowledge.source.synced"

    def __str__(self) -> str:
        return str(self.value)
