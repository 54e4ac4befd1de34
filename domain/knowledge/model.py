"""Knowledge: sources a chatbot learns from, the documents they yield, and the chunks retrieval returns."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from domain.errors import InvalidInput

SOURCE_KINDS = ("text", "faq", "file", "url", "crawl")
STATUSES = ("queued", "processing", "ready", "failed")
EMBEDDERS = ("hashing", "local", "openai", "voyage")

# Uploaded file size per plan, in bytes.
MIN_RESYNC_INTERVAL = 3600
MAX_TEXT_CHARS = 2_000_000
MAX_FAQ_PAIRS = 5_000


@dataclass
class CrawlLimits:
    max_pages: int = 50
    max_depth: int = 3


@dataclass
class Source:
    id: UUID
    tenant_id: UUID
    chatbot_id: UUID
    kind: str
    name: str
    status: str = "queued"
    failure_reason: str | None = None
    config: dict[str, Any] = field(default_factory=dict)
    payload: bytes | None = None
    language: str | None = None
    document_count: int = 0
    chunk_count: int = 0
    content_hash: str | None = None
    resync_interval_seconds: int | None = None
    last_synced_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def validate(self) -> None:
        if self.kind not in SOURCE_KINDS:
            raise InvalidInput(f"kind must be one of {', '.join(SOURCE_KINDS)}", field="kind")
        if not self.name.strip():
            raise InvalidInput("name must not be blank", field="name")
        if self.resync_interval_seconds is not None:
            if self.kind not in ("url", "crawl"):
                raise InvalidInput("only url and crawl sources can re-sync on a schedule", field="resync_interval_seconds")
            if self.resync_interval_seconds < MIN_RESYNC_INTERVAL:
                raise InvalidInput(
                    f"resync_interval_seconds must be at least {MIN_RESYNC_INTERVAL}", field="resync_interval_seconds"
                )

    @property
    def next_sync_at(self) -> datetime | None:
        if self.resync_interval_seconds is None:
            return None
        base = self.last_synced_at or self.created_at
        return base + timedelta(seconds=self.resync_interval_seconds) if base else None

    @property
    def busy(self) -> bool:
        return self.status in ("queued", "processing")


@dataclass(frozen=True)
class ExtractedDocument:
    """What extraction yields: one document, its text as light Markdown (`#` headings kept)."""

    key: str
    title: str
    text: str
    url: str | None = None
    language: str | None = None

    @property
    def content_hash(self) -> str:
        h = hashlib.sha256()
        for part in (self.title, self.url or "", self.language or "", self.text):
            h.update(part.encode())
            h.update(b"\0")
        return h.hexdigest()


@dataclass
class Document:
    id: UUID
    tenant_id: UUID
    chatbot_id: UUID
    source_id: UUID
    key: str
    title: str
    url: str | None
    language: str
    content_hash: str
    chunk_count: int = 0


@dataclass(frozen=True)
class ChunkDraft:
    ordinal: int
    text: str
    heading_path: tuple[str, ...] = ()

    def embedding_text(self, title: str) -> str:
        """What the embedder sees: the chunk with its title and headings, which carry its topic."""
        context = " > ".join(p for p in (title, *self.heading_path) if p)
        return f"{context}\n{self.text}" if context else self.text


@dataclass
class Chunk:
    id: UUID
    tenant_id: UUID
    chatbot_id: UUID
    source_id: UUID
    document_id: UUID
    ordinal: int
    text: str
    heading_path: list[str]
    title: str
    url: str | None
    language: str
    embedding_model: str
    embedding: list[float]


@dataclass(frozen=True)
class Candidate:
    """One chunk as a single retriever ranked it."""

    chunk_id: UUID
    score: float


@dataclass
class Passage:
    chunk_id: UUID
    source_id: UUID
    document_id: UUID
    text: str
    title: str
    url: str | None
    heading_path: list[str]
    language: str
    score: float = 0.0
    dense_rank: int | None = None
    text_rank: int | None = None
    dense_score: float | None = None
    text_score: float | None = None


@dataclass
class EmbedderChoice:
    """Which embedder a chatbot uses. `api_key` is write-only and encrypted at rest."""

    embedder: str = "hashing"
    model: str = ""
    base_url: str | None = None
    api_key: str | None = None

    def validate(self) -> None:
        if self.embedder not in EMBEDDERS:
            raise InvalidInput(f"embedder must be one of {', '.join(EMBEDDERS)}", field="embedder")
        if self.embedder in ("openai", "voyage"):
            if not self.base_url or not self.base_url.startswith(("http://", "https://")):
                raise InvalidInput("base_url (http or https) is required for API embedders", field="base_url")
            if not self.model:
                raise InvalidInput("model is required for API embedders", field="model")


class IngestionFailed(Exception):
    """A source could not be (re)loaded; `reason` is shown to its owner as is."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
