"""Knowledge use cases: manage sources, ingest them (in a worker), and search them."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast
from uuid import UUID

from domain.chatbots.services import ChatbotService
from domain.errors import Conflict, InvalidInput, NotFound
from domain.ids import new_id
from domain.knowledge.chunking import ChunkingPolicy, chunk_markdown
from domain.knowledge.events import KnowledgeSourceFailed, KnowledgeSourceSynced
from domain.knowledge.fusion import reciprocal_rank_fusion
from domain.knowledge.language import guess_language
from domain.knowledge.model import (
    MAX_FAQ_PAIRS,
    MAX_TEXT_CHARS,
    Chunk,
    CrawlLimits,
    Document,
    EmbedderChoice,
    ExtractedDocument,
    IngestionFailed,
    Passage,
    Source,
)
from domain.knowledge.permissions import KNOWLEDGE_READ, KNOWLEDGE_WRITE
from domain.knowledge.ports import DueSources, Embedder, EmbedderFactory, Extractor, KnowledgeUnitOfWork, WebLoader
from domain.pagination import page_of
from domain.ports import JobQueue, UnitOfWork, UnitOfWorkFactory
from domain.tenancy.model import Page, Principal
from domain.tenancy.plans import KNOWLEDGE_FILE_BYTES

log = logging.getLogger(__name__)

SEARCH_MODES = ("hybrid", "dense", "text")
SUPPORTED_FILES = {
    ".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
    ".pdf": "pdf", ".docx": "docx", ".csv": "csv",
}
EMBED_BATCH = 64


@dataclass(frozen=True)
class RetrievalPolicy:
    candidates_per_retriever: int = 40  # each retriever's list that fusion sees
    rrf_k: int = 60
    dense_weight: float = 1.0
    text_weight: float = 1.0


@dataclass
class NewSource:
    kind: str
    name: str
    text: str | None = None
    faq: list[tuple[str, str]] | None = None
    url: str | None = None
    filename: str | None = None
    content_type: str | None = None
    data: bytes | None = None
    language: str | None = None
    max_pages: int | None = None
    max_depth: int | None = None
    resync_interval_seconds: int | None = None


@dataclass
class KnowledgeService:
    uow: UnitOfWorkFactory[KnowledgeUnitOfWork]
    embedders: EmbedderFactory
    extractor: Extractor
    web: WebLoader
    jobs: JobQueue
    chunking: ChunkingPolicy = field(default_factory=ChunkingPolicy)
    retrieval: RetrievalPolicy = field(default_factory=RetrievalPolicy)

    async def ensure_chatbot(self, principal: Principal, chatbot_id: UUID) -> None:
        """NotFound unless the chatbot belongs to the caller's workspace."""
        async with self.uow(principal.tenant_id) as uow:
            await _chatbot_exists(uow, chatbot_id)

    # --- sources ---------------------------------------------------------------------------------

    async def add_source(self, principal: Principal, chatbot_id: UUID, new: NewSource) -> Source:
        principal.require(KNOWLEDGE_WRITE)
        new.name = scrub(new.name or "")
        new.text = scrub(new.text) if new.text is not None else None
        new.faq = [(scrub(q), scrub(a)) for q, a in new.faq] if new.faq else new.faq
        new.url = scrub(new.url) if new.url else new.url
        new.filename = scrub(new.filename) if new.filename else new.filename
        new.language = scrub(new.language) if new.language else None
        source = Source(
            id=new_id(),
            tenant_id=principal.tenant_id,
            chatbot_id=chatbot_id,
            kind=new.kind,
            name=(new.name or new.url or new.filename or new.kind).strip()[:200],
            language=new.language,
            resync_interval_seconds=new.resync_interval_seconds,
        )
        source.validate()
        self._fill_content(source, new, principal.plan)
        async with self.uow(principal.tenant_id) as uow:
            await _chatbot_exists(uow, chatbot_id)
            await uow.knowledge_sources.add(source)
        await self._enqueue_ingest(source)
        return source

    def _fill_content(self, source: Source, new: NewSource, plan: str) -> None:
        if source.kind == "text":
            if not new.text or not new.text.strip():
                raise InvalidInput("text must not be blank", field="text")
            if len(new.text) > MAX_TEXT_CHARS:
                raise InvalidInput(f"text must be at most {MAX_TEXT_CHARS} characters", field="text")
            source.payload = new.text.encode()
        elif source.kind == "faq":
            pairs = [(q.strip(), a.strip()) for q, a in (new.faq or [])]
            if not pairs:
                raise InvalidInput("at least one question and answer is required", field="faq")
            if len(pairs) > MAX_FAQ_PAIRS:
                raise InvalidInput(f"at most {MAX_FAQ_PAIRS} entries per source", field="faq")
            for i, (q, a) in enumerate(pairs):
                if not q or not a:
                    raise InvalidInput("questions and answers must not be blank", field=f"faq[{i}]")
            source.config = {"faq": [{"question": q, "answer": a} for q, a in pairs]}
        elif source.kind in ("url", "crawl"):
            if not new.url or not new.url.startswith(("http://", "https://")):
                raise InvalidInput("url must be an http(s) URL", field="url")
            source.config = {"url": new.url}
            if source.kind == "crawl":
                limits = CrawlLimits(
                    max_pages=new.max_pages if new.max_pages is not None else CrawlLimits.max_pages,
                    max_depth=new.max_depth if new.max_depth is not None else CrawlLimits.max_depth,
                )
                if not 1 <= limits.max_pages <= 1000:
                    raise InvalidInput("max_pages must be between 1 and 1000", field="max_pages")
                if not 0 <= limits.max_depth <= 10:
                    raise InvalidInput("max_depth must be between 0 and 10", field="max_depth")
                source.config.update(max_pages=limits.max_pages, max_depth=limits.max_depth)
        elif source.kind == "file":
            filename = (new.filename or "").strip()
            ext = ("." + filename.rsplit(".", 1)[-1].lower()) if "." in filename else ""
            if ext not in SUPPORTED_FILES:
                raise InvalidInput(
                    f"unsupported file type {ext or '(none)'}; use one of {', '.join(sorted(SUPPORTED_FILES))}",
                    field="file",
                )
            data = new.data or b""
            if not data:
                raise InvalidInput("the file is empty", field="file")
            limit = KNOWLEDGE_FILE_BYTES.get(plan, KNOWLEDGE_FILE_BYTES["free"])
            if len(data) > limit:
                raise InvalidInput(
                    f"the file is {len(data):,} bytes; the {plan} plan allows files up to {limit:,} bytes", field="file"
                )
            source.payload = data
            source.config = {"filename": filename, "content_type": new.content_type, "size": len(data)}

    async def list_sources(self, principal: Principal, chatbot_id: UUID, limit: int, before: UUID | None) -> Page:
        principal.require(KNOWLEDGE_READ)
        async with self.uow(principal.tenant_id) as uow:
            await _chatbot_exists(uow, chatbot_id)
            return await page_of(lambda n, b: uow.knowledge_sources.list(chatbot_id, n, b), limit, before)

    async def get_source(self, principal: Principal, chatbot_id: UUID, source_id: UUID) -> Source:
        principal.require(KNOWLEDGE_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await _source_of(uow, chatbot_id, source_id)

    async def update_source(
        self, principal: Principal, chatbot_id: UUID, source_id: UUID, changes: dict[str, Any]
    ) -> Source:
        principal.require(KNOWLEDGE_WRITE)
        async with self.uow(principal.tenant_id) as uow:
            source = await _source_of(uow, chatbot_id, source_id, for_update=True)
            for key in ("name", "resync_interval_seconds"):
                if key in changes:
                    setattr(source, key, scrub(changes[key]) if isinstance(changes[key], str) else changes[key])
            source.validate()
            source.updated_at = _now()
            await uow.knowledge_sources.update(source)
        return source

    async def delete_source(self, principal: Principal, chatbot_id: UUID, source_id: UUID) -> None:
        """Removes the source with its documents and chunks (by cascade, in one transaction)."""
        principal.require(KNOWLEDGE_WRITE)
        async with self.uow(principal.tenant_id) as uow:
            await _source_of(uow, chatbot_id, source_id, for_update=True)
            await uow.knowledge_sources.delete(source_id)

    async def resync_source(self, principal: Principal, chatbot_id: UUID, source_id: UUID) -> Source:
        principal.require(KNOWLEDGE_WRITE)
        async with self.uow(principal.tenant_id) as uow:
            source = await _source_of(uow, chatbot_id, source_id, for_update=True)
            if source.busy:
                raise Conflict(f"the source is already {source.status}; wait for it to finish")
            source.status, source.updated_at = "queued", _now()
            await uow.knowledge_sources.update(source)
        await self._enqueue_ingest(source)
        return source

    async def _enqueue_ingest(self, source: Source) -> None:
        # One job per attempt: the row lock and the `busy` check already keep a source to one job in
        # flight, while arq keeps a finished job's id for an hour and silently drops a repeat of it.
        await self.jobs.enqueue(
            "ingest_source", job_id=f"ingest:{source.id}:{new_id()}",
            tenant_id=str(source.tenant_id), source_id=str(source.id),
        )

    async def enqueue_due_resyncs(self, directory: DueSources, limit: int = 100) -> int:
        """Cron: queue every source whose re-sync interval has passed."""
        queued = 0
        for tenant_id, source_id in await directory.due_knowledge_sources(limit):
            async with self.uow(tenant_id) as uow:
                source = await uow.knowledge_sources.get(source_id, for_update=True)
                if source is None or source.busy:
                    continue
                source.status, source.updated_at = "queued", _now()
                await uow.knowledge_sources.update(source)
            await self._enqueue_ingest(source)
            queued += 1
        return queued

    # --- ingestion (runs in the worker) ----------------------------------------------------------

    async def ingest(self, tenant_id: UUID, source_id: UUID) -> Source | None:
        """Load, extract, chunk and embed a source; only documents whose content changed are
        re-embedded. A failure marks the source failed with its reason and keeps what was indexed."""
        async with self.uow(tenant_id) as uow:
            source = await uow.knowledge_sources.get(source_id, for_update=True)
            if source is None:
                return None  # deleted while queued
            source.status, source.failure_reason, source.updated_at = "processing", None, _now()
            await uow.knowledge_sources.update(source)
            choice = await uow.knowledge_settings.get(source.chatbot_id) or EmbedderChoice()
            existing = {d.key: d for d in await uow.knowledge_documents.list_for_source(source_id)}
        try:
            embedder = self.embedders.for_choice(choice)
            extracted = await self._load(source)
            if not extracted:
                raise IngestionFailed("no text could be found in this source")
            extracted = [
                ExtractedDocument(scrub(d.key), scrub(d.title), scrub(d.text), d.url and scrub(d.url), d.language)
                for d in extracted
            ]
            keys = [d.key for d in extracted]
            if len(set(keys)) != len(keys):
                extracted = list({d.key: d for d in extracted}.values())
            prepared = await self._prepare(source, extracted, existing, embedder)
        except IngestionFailed as exc:
            return await self._fail(source, exc.reason)
        except InvalidInput as exc:
            return await self._fail(source, exc.detail)
        except Exception:  # noqa: BLE001 - a broken adapter must not leave the source processing forever
            log.exception("ingestion failed", extra={"source_id": str(source_id)})
            return await self._fail(source, "an internal error stopped processing; try re-syncing later")

        async with self.uow(tenant_id) as uow:
            current = await uow.knowledge_sources.get(source_id, for_update=True)
            if current is None:
                return None  # deleted while processing: nothing to store
            seen = {d.key for d in extracted}
            gone = [d.id for key, d in existing.items() if key not in seen]
            if gone:
                await uow.knowledge_documents.delete(gone)
            for document, chunks in prepared:
                await uow.knowledge_documents.upsert(document)
                await uow.knowledge_chunks.replace_for_document(document.id, chunks)
            fresh = {doc.key: len(chunks) for doc, chunks in prepared}
            total_chunks = sum(fresh[d.key] if d.key in fresh else existing[d.key].chunk_count for d in extracted)
            current.status, current.failure_reason = "ready", None
            current.document_count = len(extracted)
            current.chunk_count = total_chunks
            current.content_hash = _hash_all(d.content_hash for d in extracted)
            current.last_synced_at = current.updated_at = _now()
            await uow.knowledge_sources.update(current)
            uow.record(KnowledgeSourceSynced(
                tenant_id=tenant_id, source_id=current.id, chatbot_id=current.chatbot_id, kind=current.kind,
                document_count=current.document_count, chunk_count=current.chunk_count,
            ))
        return current

    async def _load(self, source: Source) -> list[ExtractedDocument]:
        if source.kind == "text":
            text = (source.payload or b"").decode()
            return [ExtractedDocument(key="text", title=source.name, text=text, language=source.language)]
        if source.kind == "faq":
            return [
                ExtractedDocument(
                    key="faq:" + hashlib.sha256(p["question"].encode()).hexdigest()[:24],
                    title=p["question"],
                    text=p["answer"],
                    language=source.language,
                )
                for p in source.config.get("faq", [])
            ]
        if source.kind == "file":
            docs = await self.extractor.extract_file(
                source.config.get("filename", "upload"), source.config.get("content_type"), source.payload or b""
            )
            return [
                ExtractedDocument(d.key, d.title or source.name, d.text, d.url, d.language or source.language)
                for d in docs
            ]
        if source.kind == "url":
            docs = await self.web.load_page(source.config["url"])
        else:
            limits = CrawlLimits(source.config.get("max_pages", 50), source.config.get("max_depth", 3))
            docs = await self.web.crawl(source.config["url"], limits)
        return [ExtractedDocument(d.key, d.title, d.text, d.url, d.language or source.language) for d in docs]

    async def _prepare(
        self,
        source: Source,
        extracted: list[ExtractedDocument],
        existing: dict[str, Document],
        embedder: Embedder,
    ) -> list[tuple[Document, list[Chunk]]]:
        """(document, new chunks) for new or changed documents; unchanged ones are left alone."""
        out: list[tuple[Document, list[Chunk]]] = []
        to_embed: list[tuple[Chunk, str]] = []
        for doc in extracted:
            digest = doc.content_hash
            old = existing.get(doc.key)
            if old is not None and old.content_hash == digest:
                continue
            language = doc.language or guess_language(doc.text) or "simple"
            document = Document(
                id=old.id if old else new_id(),
                tenant_id=source.tenant_id,
                chatbot_id=source.chatbot_id,
                source_id=source.id,
                key=doc.key,
                title=doc.title,
                url=doc.url,
                language=language,
                content_hash=digest,
            )
            drafts = chunk_markdown(doc.text, self.chunking)
            if source.kind == "faq" and drafts:  # a Q&A pair is one passage: the question is its heading
                drafts = [drafts[0].__class__(0, "\n".join(d.text for d in drafts), ())]
            chunks = []
            for draft in drafts:
                chunk = Chunk(
                    id=new_id(),
                    tenant_id=source.tenant_id,
                    chatbot_id=source.chatbot_id,
                    source_id=source.id,
                    document_id=document.id,
                    ordinal=draft.ordinal,
                    text=draft.text,
                    heading_path=list(draft.heading_path),
                    title=doc.title,
                    url=doc.url,
                    language=language,
                    embedding_model=embedder.name,
                    embedding=[],
                )
                chunks.append(chunk)
                to_embed.append((chunk, draft.embedding_text(doc.title)))
            document.chunk_count = len(chunks)
            out.append((document, chunks))
        for start in range(0, len(to_embed), EMBED_BATCH):
            batch = to_embed[start : start + EMBED_BATCH]
            vectors = await embedder.embed_documents([text for _, text in batch])
            if len(vectors) != len(batch):
                raise IngestionFailed("the embedding service returned the wrong number of vectors")
            for (chunk, _), vector in zip(batch, vectors):
                chunk.embedding = vector
        return out

    async def _fail(self, source: Source, reason: str) -> Source | None:
        async with self.uow(source.tenant_id) as uow:
            current = await uow.knowledge_sources.get(source.id, for_update=True)
            if current is None:
                return None
            current.status, current.failure_reason = "failed", reason[:1000]
            current.updated_at = _now()
            await uow.knowledge_sources.update(current)
            uow.record(KnowledgeSourceFailed(
                tenant_id=current.tenant_id, source_id=current.id, chatbot_id=current.chatbot_id, kind=current.kind,
                reason=current.failure_reason,
            ))
        return current

    # --- embedder choice -------------------------------------------------------------------------

    async def get_embedder(self, principal: Principal, chatbot_id: UUID) -> EmbedderChoice:
        principal.require(KNOWLEDGE_READ)
        async with self.uow(principal.tenant_id) as uow:
            await _chatbot_exists(uow, chatbot_id)
            return await uow.knowledge_settings.get(chatbot_id) or EmbedderChoice()

    async def set_embedder(self, principal: Principal, chatbot_id: UUID, choice: EmbedderChoice) -> EmbedderChoice:
        """Switch the chatbot's embedder; its chunks are re-embedded in the background."""
        principal.require(KNOWLEDGE_WRITE)
        choice.validate()
        if choice.base_url:
            try:  # the server will call this URL: the same SSRF guard as for crawled pages
                await self.web.check_address(choice.base_url)
            except IngestionFailed as exc:
                raise InvalidInput(exc.reason, field="base_url") from None
        self.embedders.for_choice(choice)  # refuses choices this installation cannot serve
        async with self.uow(principal.tenant_id) as uow:
            await _chatbot_exists(uow, chatbot_id)
            await uow.knowledge_settings.put(chatbot_id, choice)
            uow.enqueue(  # one job per change, as for ingestion (a job of an older choice stops)
                "reembed_chatbot", job_id=f"reembed:{chatbot_id}:{new_id()}", tenant_id=str(principal.tenant_id),
                chatbot_id=str(chatbot_id),
            )
        return choice

    async def reembed(self, tenant_id: UUID, chatbot_id: UUID, batch: int = 256) -> int:
        """Worker: bring every chunk of the chatbot to its current embedder, batch by batch. Stops when
        the choice changes meanwhile: the change queued its own job, which must not be undone."""
        async with self.uow(tenant_id) as uow:
            choice = await uow.knowledge_settings.get(chatbot_id) or EmbedderChoice()
        try:
            embedder = self.embedders.for_choice(choice)
        except InvalidInput as exc:  # removed from this installation since it was chosen: nothing to do here
            log.warning("re-embedding skipped", extra={"chatbot_id": str(chatbot_id), "error": exc.detail})
            return 0
        done = 0
        while True:
            async with self.uow(tenant_id) as uow:
                if (await uow.knowledge_settings.get(chatbot_id) or EmbedderChoice()) != choice:
                    return done
                stale = await uow.knowledge_chunks.stale(chatbot_id, embedder.name, batch)
            if not stale:
                return done
            vectors = await embedder.embed_documents(
                [c.text if not (c.title or c.heading_path) else
                 f"{' > '.join(p for p in (c.title, *c.heading_path) if p)}\n{c.text}" for c in stale]
            )
            async with self.uow(tenant_id) as uow:
                await uow.knowledge_chunks.set_embeddings(
                    [(c.id, v) for c, v in zip(stale, vectors)], embedder.name
                )
            done += len(stale)

    # --- retrieval -------------------------------------------------------------------------------

    async def search(
        self,
        principal: Principal,
        chatbot_id: UUID,
        query: str,
        k: int = 5,
        source_ids: Sequence[UUID] | None = None,
        mode: str = "hybrid",
    ) -> list[Passage]:
        principal.require(KNOWLEDGE_READ)
        return await self.retrieve(principal.tenant_id, chatbot_id, query, k, source_ids, mode)

    async def retrieve(
        self,
        tenant_id: UUID,
        chatbot_id: UUID,
        query: str,
        k: int = 5,
        source_ids: Sequence[UUID] | None = None,
        mode: str = "hybrid",
        language: str | None = None,
    ) -> list[Passage]:
        """For the assistant and integrators: the k best passages for `query`, fused from dense and
        full-text rankings with reciprocal-rank fusion. `language` is the question's, when the caller knows
        it: under a cross-lingual embedder, hybrid search then fuses only full-text matches in that language
        (words shared across languages are names, numbers and chance; the dense side finds the translations)."""
        if mode not in SEARCH_MODES:
            raise InvalidInput(f"mode must be one of {', '.join(SEARCH_MODES)}", field="mode")
        query = scrub(query)
        if not query.strip():
            raise InvalidInput("query must not be blank", field="query")
        if not 1 <= k <= 50:
            raise InvalidInput("k must be between 1 and 50", field="k")
        sources = list(dict.fromkeys(source_ids)) if source_ids else None
        async with self.uow(tenant_id) as uow:
            await _chatbot_exists(uow, chatbot_id)
            choice = await uow.knowledge_settings.get(chatbot_id) or EmbedderChoice()
        n = max(k, self.retrieval.candidates_per_retriever) if mode == "hybrid" else k
        vector = None
        embedder: Embedder | None = None
        if mode in ("hybrid", "dense"):
            try:
                embedder = self.embedders.for_choice(choice)
            except InvalidInput as exc:
                if mode == "dense":
                    raise
                # The chatbot's embedder is gone from this installation (an extra removed since it was chosen):
                # hybrid search still answers, from the full-text ranking alone.
                log.warning("embedder unavailable; full-text only", extra={"chatbot_id": str(chatbot_id), "error": exc.detail})
        floor = embedder.similarity_floor if embedder is not None else 0.0

        def calibrated(cosine: float) -> float:  # 0: as similar as unrelated texts are under this model
            return (cosine - floor) / (1.0 - floor)

        if embedder is not None:
            try:
                vector = await embedder.embed_query(query)
            except IngestionFailed as exc:
                raise InvalidInput(f"the chatbot's embedder failed: {exc.reason}", field="embedder") from None
        async with self.uow(tenant_id) as uow:
            dense = (
                await uow.knowledge_chunks.dense(chatbot_id, vector, embedder.name, len(vector), n, sources)
                if vector is not None and embedder is not None
                else []
            )
            text = await uow.knowledge_chunks.full_text(chatbot_id, query, n, sources) if mode != "dense" else []
            if mode == "hybrid" and text and language and embedder is not None and embedder.cross_lingual:
                languages = {p.chunk_id: p.language for p in await uow.knowledge_chunks.passages([c.chunk_id for c in text])}
                text = [c for c in text
                        if (languages.get(c.chunk_id) or "simple").split("-")[0] in (language.split("-")[0], "simple")]
            if mode == "dense":
                ranked = [(c.chunk_id, calibrated(c.score)) for c in dense]
            elif mode == "text":
                ranked = [(c.chunk_id, c.score) for c in text]
            else:
                ranked = reciprocal_rank_fusion(
                    [[c.chunk_id for c in dense], [c.chunk_id for c in text]],
                    k=self.retrieval.rrf_k,
                    weights=[self.retrieval.dense_weight, self.retrieval.text_weight],
                )
            ranked = ranked[:k]
            passages = {p.chunk_id: p for p in await uow.knowledge_chunks.passages([cid for cid, _ in ranked])}
        dense_pos = {c.chunk_id: (i + 1, calibrated(c.score)) for i, c in enumerate(dense)}
        text_pos = {c.chunk_id: (i + 1, c.score) for i, c in enumerate(text)}
        out = []
        for chunk_id, score in ranked:
            passage = passages.get(chunk_id)
            if passage is None:
                continue
            passage.score = round(score, 6)
            if chunk_id in dense_pos:
                passage.dense_rank, passage.dense_score = dense_pos[chunk_id][0], round(dense_pos[chunk_id][1], 6)
            if chunk_id in text_pos:
                passage.text_rank, passage.text_score = text_pos[chunk_id][0], round(text_pos[chunk_id][1], 6)
            out.append(passage)
        return out


def scrub(text: str) -> str:
    """Text PostgreSQL can store: no NUL characters, no lone surrogates."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _hash_all(hashes: Iterable[str]) -> str:
    h = hashlib.sha256()
    for digest in sorted(hashes):
        h.update(digest.encode())
    return h.hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)



async def knowledge_version(uow: UnitOfWork, chatbot_id: UUID) -> str:
    """For another context's use case, in its unit of work: changes whenever the chatbot's knowledge or its
    embedder changes (the assistant's FAQ cache is keyed by it)."""
    own = cast(KnowledgeUnitOfWork, uow)  # runs in other contexts' transactions too: reaches its own repositories only
    embedder = await own.knowledge_settings.get(chatbot_id)
    name = f"{embedder.embedder}:{embedder.model}" if embedder else "default"
    return f"{await own.knowledge_sources.fingerprint(chatbot_id)}|{name}"


async def _chatbot_exists(uow: UnitOfWork, chatbot_id: UUID) -> None:
    if await ChatbotService.find(uow, chatbot_id) is None:
        raise NotFound("chatbot not found")


async def _source_of(uow: KnowledgeUnitOfWork, chatbot_id: UUID, source_id: UUID, *, for_update: bool = False) -> Source:
    source = await uow.knowledge_sources.get(source_id, for_update=for_update)
    if source is None or source.chatbot_id != chatbot_id:
        raise NotFound("knowledge source not found")
    return source
