"""What the knowledge context needs from the outside world."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol
from uuid import UUID

from domain.knowledge.model import (
    Candidate,
    Chunk,
    CrawlLimits,
    Document,
    EmbedderChoice,
    ExtractedDocument,
    Passage,
    Source,
)
from domain.ports import UnitOfWork


class Embedder(Protocol):
    """Turns text into vectors. `name` identifies the model and its settings: chunks embedded under
    one name are only ever compared with queries embedded under the same name."""

    name: str
    dims: int
    # The cosine similarity unrelated texts rarely exceed under this model (0 for most; 0.75 for E5).
    # Searches report dense scores above it, rescaled: (cosine - floor) / (1 - floor), so one relevance threshold
    # (the assistant's, the offline responder's) means the same whichever model a chatbot uses.
    similarity_floor: float
    # True when a question in one language finds passages written in another (a multilingual model).
    cross_lingual: bool

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...
    async def embed_query(self, text: str) -> list[float]: ...


class EmbedderFactory(Protocol):
    def for_choice(self, choice: EmbedderChoice) -> Embedder:
        """Raises InvalidInput when the choice cannot be served here (e.g. an extra not installed)."""


class Extractor(Protocol):
    """File bytes → documents. Raises IngestionFailed with a reason a person can act on."""

    async def extract_file(self, filename: str, content_type: str | None, data: bytes) -> list[ExtractedDocument]: ...


class WebLoader(Protocol):
    """Fetches pages. Raises IngestionFailed for unreachable, forbidden or unsafe addresses."""

    async def load_page(self, url: str) -> list[ExtractedDocument]: ...
    async def crawl(self, url: str, limits: CrawlLimits) -> list[ExtractedDocument]: ...
    async def check_address(self, url: str) -> None:
        """Raises IngestionFailed when the server must not connect to `url` (SSRF guard)."""


class SourceRepository(Protocol):
    async def fingerprint(self, chatbot_id: UUID) -> str: ...
    async def add(self, source: Source) -> None: ...
    async def get(self, source_id: UUID, *, for_update: bool = False) -> Source | None: ...
    async def list(self, chatbot_id: UUID, limit: int, before: UUID | None) -> list[Source]: ...
    async def update(self, source: Source) -> None: ...
    async def delete(self, source_id: UUID) -> bool: ...


class DocumentRepository(Protocol):
    async def list_for_source(self, source_id: UUID) -> list[Document]: ...
    async def upsert(self, document: Document) -> None: ...
    async def delete(self, document_ids: Sequence[UUID]) -> None: ...


class ChunkRepository(Protocol):
    async def replace_for_document(self, document_id: UUID, chunks: Sequence[Chunk]) -> None: ...
    async def count(self, chatbot_id: UUID, embedding_model: str, source_ids: Sequence[UUID] | None) -> int: ...
    async def dense(
        self, chatbot_id: UUID, vector: Sequence[float], embedding_model: str, dims: int, limit: int,
        source_ids: Sequence[UUID] | None,
    ) -> list[Candidate]: ...
    async def full_text(
        self, chatbot_id: UUID, query: str, limit: int, source_ids: Sequence[UUID] | None
    ) -> list[Candidate]: ...
    async def passages(self, chunk_ids: Sequence[UUID]) -> list[Passage]: ...
    async def stale(self, chatbot_id: UUID, embedding_model: str, limit: int) -> list[Chunk]: ...
    async def set_embeddings(self, updates: Sequence[tuple[UUID, list[float]]], embedding_model: str) -> None: ...


class KnowledgeSettingsRepository(Protocol):
    async def get(self, chatbot_id: UUID) -> EmbedderChoice | None: ...
    async def put(self, chatbot_id: UUID, choice: EmbedderChoice) -> None: ...


class DueSources(Protocol):
    async def due_knowledge_sources(self, limit: int) -> list[tuple[UUID, UUID]]:
        """(tenant_id, source_id) of sources whose scheduled re-sync is due, across tenants."""


class KnowledgeUnitOfWork(UnitOfWork, Protocol):
    knowledge_settings: KnowledgeSettingsRepository
    knowledge_sources: SourceRepository
    knowledge_documents: DocumentRepository
    knowledge_chunks: ChunkRepository
