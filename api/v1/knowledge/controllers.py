"""Knowledge sources and search for a chatbot. Ingestion is queued to the worker, never run here."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from litestar import Controller, Request, delete, get, patch, post, put
from litestar.connection import ASGIConnection
from litestar.enums import RequestEncodingType
from litestar.params import Body

from api.problems import AUTHED, problems
from api.v1.common import (
    BEARER,
    CursorParam,
    LimitParam,
    Page,
    decode_cursor,
    encode_cursor,
    principal_of,
    requires,
    struct_changes,
)
from api.v1.knowledge import schemas as s
from domain.errors import InvalidInput
from domain.knowledge.model import EmbedderChoice, Passage, Source
from domain.knowledge.permissions import KNOWLEDGE_READ, KNOWLEDGE_WRITE
from domain.knowledge.services import NewSource
from domain.tenancy.plans import KNOWLEDGE_FILE_BYTES
from infrastructure.container import Container

MAX_UPLOAD_BYTES = max(KNOWLEDGE_FILE_BYTES.values()) + 1_000_000


def source_wire(src: Source) -> s.Source:
    config = src.config or {}
    return s.Source(
        id=src.id,
        chatbot_id=src.chatbot_id,
        kind=src.kind,  # type: ignore[arg-type]
        name=src.name,
        status=src.status,  # type: ignore[arg-type]
        failure_reason=src.failure_reason,
        url=config.get("url"),
        filename=config.get("filename"),
        language=src.language,
        document_count=src.document_count,
        chunk_count=src.chunk_count,
        content_hash=src.content_hash,
        resync_interval_seconds=src.resync_interval_seconds,
        last_synced_at=src.last_synced_at,
        next_sync_at=src.next_sync_at,
        created_at=src.created_at,  # type: ignore[arg-type]
        updated_at=src.updated_at,  # type: ignore[arg-type]
        max_pages=config.get("max_pages"),
        max_depth=config.get("max_depth"),
    )


def passage_wire(p: Passage) -> s.Passage:
    return s.Passage(
        chunk_id=p.chunk_id,
        text=p.text,
        score=p.score,
        language=p.language,
        citation=s.Citation(
            source_id=p.source_id, document_id=p.document_id, title=p.title, url=p.url, heading_path=p.heading_path
        ),
        dense_rank=p.dense_rank,
        text_rank=p.text_rank,
        dense_score=p.dense_score,
        text_score=p.text_score,
    )


def _new_source(body: s.SourceCreate) -> NewSource:
    if isinstance(body, s.TextSourceCreate):
        return NewSource(kind="text", name=body.name, text=body.text, language=body.language)
    if isinstance(body, s.FaqSourceCreate):
        return NewSource(kind="faq", name=body.name, faq=[(p.question, p.answer) for p in body.faq], language=body.language)
    if isinstance(body, s.UrlSourceCreate):
        return NewSource(
            kind="url", name=body.name or body.url, url=body.url, language=body.language,
            resync_interval_seconds=body.resync_interval_seconds,
        )
    return NewSource(
        kind="crawl", name=body.name or body.url, url=body.url, language=body.language, max_pages=body.max_pages,
        max_depth=body.max_depth, resync_interval_seconds=body.resync_interval_seconds,
    )


async def chatbot_in_workspace(connection: ASGIConnection, _) -> None:
    """Runs before the body is read: another workspace's chatbot is a 404 whatever the body says."""
    container: Container = connection.app.state.container
    await container.knowledge.ensure_chatbot(principal_of(connection), connection.path_params["chatbot_id"])


class KnowledgeController(Controller):
    path = "/v1/chatbots/{chatbot_id:uuid}/knowledge"
    tags = ["knowledge"]
    security = BEARER
    guards = [chatbot_in_workspace]

    @post(
        "/sources",
        status_code=202,
        responses=problems(*AUTHED, 404, 422),
        opt=requires(KNOWLEDGE_WRITE),
        summary="Add a text, FAQ, URL or crawl source (processed in the background)",
    )
    async def create_source(
        self, request: Request, container: Container, chatbot_id: UUID, data: s.SourceCreate
    ) -> s.Source:
        source = await container.knowledge.add_source(principal_of(request), chatbot_id, _new_source(data))
        return source_wire(source)

    @post(
        "/sources/upload",
        status_code=202,
        responses=problems(*AUTHED, 404, 413, 422),
        opt=requires(KNOWLEDGE_WRITE),
        request_max_body_size=MAX_UPLOAD_BYTES,
        summary="Upload a file source: Markdown, HTML, PDF, DOCX, CSV of question,answer, or plain text",
    )
    async def upload_source(
        self,
        request: Request,
        container: Container,
        chatbot_id: UUID,
        data: Annotated[s.FileUpload, Body(media_type=RequestEncodingType.MULTI_PART)],
    ) -> s.Source:
        upload = data.file
        if not hasattr(upload, "read"):
            raise InvalidInput("send the file as the multipart field 'file'", field="file")
        content = await upload.read()
        name = (data.name or upload.filename or "upload").strip()[:200]
        language = (data.language or "").strip() or None
        if language is not None and not (2 <= len(language) <= 12):
            raise InvalidInput("language must be a tag like 'en' or 'pt-BR'", field="language")
        new = NewSource(
            kind="file", name=name, filename=upload.filename or "", content_type=upload.content_type, data=content,
            language=language,
        )
        return source_wire(await container.knowledge.add_source(principal_of(request), chatbot_id, new))

    @get("/sources", responses=problems(*AUTHED, 404), opt=requires(KNOWLEDGE_READ))
    async def list_sources(
        self, request: Request, container: Container, chatbot_id: UUID, limit: LimitParam = 20, cursor: CursorParam = None
    ) -> Page[s.Source]:
        page = await container.knowledge.list_sources(principal_of(request), chatbot_id, limit, decode_cursor(cursor))
        return Page(items=[source_wire(x) for x in page.items], next_cursor=encode_cursor(page.next_cursor))

    @get("/sources/{source_id:uuid}", responses=problems(*AUTHED, 404), opt=requires(KNOWLEDGE_READ))
    async def get_source(self, request: Request, container: Container, chatbot_id: UUID, source_id: UUID) -> s.Source:
        return source_wire(await container.knowledge.get_source(principal_of(request), chatbot_id, source_id))

    @patch("/sources/{source_id:uuid}", responses=problems(*AUTHED, 404, 422), opt=requires(KNOWLEDGE_WRITE))
    async def update_source(
        self, request: Request, container: Container, chatbot_id: UUID, source_id: UUID, data: s.SourceUpdate
    ) -> s.Source:
        changes = struct_changes(data)
        source = await container.knowledge.update_source(principal_of(request), chatbot_id, source_id, changes)
        return source_wire(source)

    @delete(
        "/sources/{source_id:uuid}",
        responses=problems(*AUTHED, 404),
        opt=requires(KNOWLEDGE_WRITE),
        summary="Delete a source with its documents and chunks",
    )
    async def delete_source(self, request: Request, container: Container, chatbot_id: UUID, source_id: UUID) -> None:
        await container.knowledge.delete_source(principal_of(request), chatbot_id, source_id)

    @post(
        "/sources/{source_id:uuid}/resync",
        status_code=202,
        responses=problems(*AUTHED, 404, 409),
        opt=requires(KNOWLEDGE_WRITE),
        summary="Re-fetch the source; only changed documents are re-embedded",
    )
    async def resync_source(self, request: Request, container: Container, chatbot_id: UUID, source_id: UUID) -> s.Source:
        return source_wire(await container.knowledge.resync_source(principal_of(request), chatbot_id, source_id))

    @post(
        "/search",
        status_code=200,
        responses=problems(*AUTHED, 404, 422),
        opt=requires(KNOWLEDGE_READ),
        summary="Hybrid (dense + full-text, reciprocal-rank fusion) search over the chatbot's knowledge",
    )
    async def search(self, request: Request, container: Container, chatbot_id: UUID, data: s.SearchRequest) -> s.SearchResult:
        passages = await container.knowledge.search(
            principal_of(request), chatbot_id, data.query, data.k, data.source_ids, data.mode
        )
        return s.SearchResult(query=data.query, mode=data.mode, results=[passage_wire(p) for p in passages])

    @get("/embedder", responses=problems(*AUTHED, 404), opt=requires(KNOWLEDGE_READ))
    async def get_embedder(self, request: Request, container: Container, chatbot_id: UUID) -> s.EmbedderSettings:
        choice = await container.knowledge.get_embedder(principal_of(request), chatbot_id)
        return _embedder_wire(choice)

    @put(
        "/embedder",
        responses=problems(*AUTHED, 404, 422),
        opt=requires(KNOWLEDGE_WRITE),
        summary="Choose the chatbot's embedder; its chunks are re-embedded in the background",
    )
    async def set_embedder(
        self, request: Request, container: Container, chatbot_id: UUID, data: s.EmbedderSettingsUpdate
    ) -> s.EmbedderSettings:
        choice = EmbedderChoice(embedder=data.embedder, model=data.model, base_url=data.base_url, api_key=data.api_key)
        return _embedder_wire(await container.knowledge.set_embedder(principal_of(request), chatbot_id, choice))


def _embedder_wire(choice: EmbedderChoice) -> s.EmbedderSettings:
    return s.EmbedderSettings(
        embedder=choice.embedder,  # type: ignore[arg-type]
        model=choice.model,
        base_url=choice.base_url,
        has_api_key=bool(choice.api_key),
    )
