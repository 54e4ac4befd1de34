from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Literal, Union
from uuid import UUID

import msgspec
from litestar.datastructures import UploadFile
from msgspec import UNSET, UnsetType

SourceKind = Literal["text", "faq", "file", "url", "crawl"]
SourceStatus = Literal["queued", "processing", "ready", "failed"]
SearchMode = Literal["hybrid", "dense", "text"]
EmbedderName = Literal["hashing", "local", "openai", "voyage"]

SourceName = Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
Language = Annotated[str, msgspec.Meta(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$", examples=["en", "pt-BR"])]
WebUrl = Annotated[str, msgspec.Meta(pattern=r"^https?://\S+$", max_length=2048, examples=["https://www.example.com/help"])]
ResyncInterval = Annotated[int, msgspec.Meta(ge=3600, le=90 * 24 * 3600, description="Seconds between scheduled re-syncs")]


class _In(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True, tag_field="kind"):
    pass


class FaqPair(msgspec.Struct, forbid_unknown_fields=True):
    question: Annotated[str, msgspec.Meta(min_length=1, max_length=2000)]
    answer: Annotated[str, msgspec.Meta(min_length=1, max_length=20000)]


class TextSourceCreate(_In, tag="text"):
    """Pasted text (Markdown headings are kept for citations)."""

    name: SourceName
    text: Annotated[str, msgspec.Meta(min_length=1, max_length=2_000_000)]
    language: Language | None = None


class FaqSourceCreate(_In, tag="faq"):
    """Question and answer pairs; each pair is one passage."""

    name: SourceName
    faq: Annotated[list[FaqPair], msgspec.Meta(min_length=1, max_length=5000)]
    language: Language | None = None


class UrlSourceCreate(_In, tag="url"):
    """One web page (or a PDF/DOCX/text file at a URL)."""

    url: WebUrl
    name: SourceName | None = None
    language: Language | None = None
    resync_interval_seconds: ResyncInterval | None = None


class CrawlSourceCreate(_In, tag="crawl"):
    """A website: sitemap.xml and same-site links from `url`, within the limits, honouring robots.txt."""

    url: WebUrl
    name: SourceName | None = None
    max_pages: Annotated[int, msgspec.Meta(ge=1, le=1000)] = 50
    max_depth: Annotated[int, msgspec.Meta(ge=0, le=10)] = 3
    language: Language | None = None
    resync_interval_seconds: ResyncInterval | None = None


SourceCreate = Union[TextSourceCreate, FaqSourceCreate, UrlSourceCreate, CrawlSourceCreate]


@dataclass
class FileUpload:
    file: UploadFile
    name: str | None = None
    language: str | None = None


class SourceUpdate(msgspec.Struct, forbid_unknown_fields=True):
    name: SourceName | UnsetType = UNSET
    resync_interval_seconds: ResyncInterval | None | UnsetType = UNSET


class Source(msgspec.Struct):
    id: UUID
    chatbot_id: UUID
    kind: SourceKind
    name: str
    status: SourceStatus
    failure_reason: str | None
    url: str | None
    filename: str | None
    language: str | None
    document_count: int
    chunk_count: int
    content_hash: str | None
    resync_interval_seconds: int | None
    last_synced_at: datetime | None
    next_sync_at: datetime | None
    created_at: datetime
    updated_at: datetime
    max_pages: int | None = None
    max_depth: int | None = None


class SearchRequest(msgspec.Struct, forbid_unknown_fields=True):
    query: Annotated[str, msgspec.Meta(min_length=1, max_length=2000)]
    k: Annotated[int, msgspec.Meta(ge=1, le=50)] = 5
    source_ids: Annotated[list[UUID], msgspec.Meta(max_length=100)] | None = None
    mode: SearchMode = "hybrid"


class Citation(msgspec.Struct):
    source_id: UUID
    document_id: UUID
    title: str
    url: str | None
    heading_path: list[str]


class Passage(msgspec.Struct):
    chunk_id: UUID
    text: str
    score: float
    language: str
    citation: Citation
    dense_rank: int | None
    text_rank: int | None
    dense_score: float | None
    text_score: float | None


class SearchResult(msgspec.Struct):
    query: str
    mode: SearchMode
    results: list[Passage]


class EmbedderSettings(msgspec.Struct):
    embedder: EmbedderName
    model: str
    base_url: str | None
    has_api_key: bool


class EmbedderSettingsUpdate(msgspec.Struct, forbid_unknown_fields=True):
    embedder: EmbedderName
    model: Annotated[str, msgspec.Meta(max_length=200)] = ""
    base_url: WebUrl | None = None
    api_key: Annotated[str, msgspec.Meta(min_length=1, max_length=512)] | None = None  # write-only; encrypted
