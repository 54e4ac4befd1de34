"""Conversations for members and integrators (list, transcript, close, rate, export) and the
visitor's public entry: start or resume a conversation, plus a long-polling fallback for visitors
whose network blocks WebSockets."""

from __future__ import annotations

import asyncio
from contextlib import suppress
from dataclasses import asdict
from datetime import datetime
from typing import Annotated, Literal
from urllib.parse import quote
from uuid import UUID

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter
from litestar.response import ServerSentEvent, ServerSentEventMessage
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED, HTTP_202_ACCEPTED, HTTP_204_NO_CONTENT

from api.problems import AUTHED, problems
from api.v1.common import (
    BEARER,
    PUBLIC,
    PUBLIC_CREDENTIALS,
    CursorParam,
    LimitParam,
    Page,
    aware,
    decode_cursor,
    encode_cursor,
    principal_of,
    requires,
)
from api.v1.conversations import schemas as s
from api.v1.widget_embed.origin import page_origin
from domain.conversations.attachments import ALLOWED_TYPES, IMAGE_TYPES, download_name
from domain.conversations.model import (
    Attachment,
    ChatSession,
    Sender,
    SessionEvent,
    SessionFilter,
    SessionStatus,
    StoredAttachment,
    Visitor,
)
from domain.conversations.permissions import CONVERSATIONS_READ, CONVERSATIONS_WRITE
from domain.conversations.services import Actor
from infrastructure.container import Container
from infrastructure.realtime.engine import RealtimeEngine
from infrastructure.realtime.events import event_frame
from infrastructure.settings import MAX_ATTACHMENT_BYTES


def to_event(e: SessionEvent) -> s.Event:
    return s.Event(
        id=e.id,
        seq=e.seq,
        kind=e.kind.value,
        sender=e.sender.value,
        created_at=e.created_at,  # type: ignore[arg-type]
        content=e.content,
        attachments=[s.Attachment(**asdict(a)) for a in e.attachments],
        client_id=e.client_id,
        sender_user_id=e.sender_user_id,
        delivered_at=e.delivered_at,
        read_at=e.read_at,
        data=e.data,
    )


def to_session(c: ChatSession) -> s.Session:
    return s.Session(
        id=c.id,
        chatbot_id=c.chatbot_id,
        visitor_id=c.visitor_id,
        status=c.status.value,  # type: ignore[arg-type]
        assigned_user_id=c.assigned_user_id,
        language=c.language,
        started_at=c.started_at,  # type: ignore[arg-type]
        ended_at=c.ended_at,
        last_seq=c.last_seq,
        last_event_at=c.last_event_at,
        message_count=c.message_count,
        csat_rating=c.csat_rating,
        csat_comment=c.csat_comment,
        rated_at=c.rated_at,
        review_rating=c.review_rating,
        review_comment=c.review_comment,
        reviewed_at=c.reviewed_at,
    )


def to_visitor(v: Visitor) -> s.Visitor:
    return s.Visitor(
        id=v.id, name=v.name, email=v.email, metadata=v.metadata, created_at=v.created_at, last_seen_at=v.last_seen_at  # type: ignore[arg-type]
    )


def to_attachments(refs: list[s.AttachmentRef]) -> list[Attachment]:
    return [
        Attachment(url=a.url, name=a.name, content_type=a.content_type, size=a.size, id=str(a.id) if a.id else None)
        for a in refs
    ]


def to_uploaded(a: StoredAttachment) -> s.UploadedAttachment:
    return s.UploadedAttachment(
        id=a.id, name=a.name, content_type=a.content_type, size=a.size, url=s.attachment_path(a.session_id, a.id), created_at=a.created_at  # type: ignore[arg-type]
    )


def file_response(a: StoredAttachment, content: bytes, headers: dict[str, str] | None = None) -> Response[bytes]:
    """A stored file, served so no browser runs it: its allow-listed type (never sniffed), images
    inline and everything else as a download, and a CSP that forbids any script or style."""
    media_type = a.content_type if a.content_type in ALLOWED_TYPES else "application/octet-stream"  # Litestar adds text's charset
    name = download_name(a.name, a.content_type)
    fallback = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in name)
    disposition = "inline" if a.content_type in IMAGE_TYPES else "attachment"
    return Response(
        content,
        media_type=media_type,
        headers={
            "Content-Disposition": f"{disposition}; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "Cache-Control": "private, no-store",
            **(headers or {}),
        },
    )


# A multipart body holds the file plus its part headers and boundaries.
UPLOAD_BODY_BYTES = MAX_ATTACHMENT_BYTES + 64 * 1024
UploadBody = Annotated[s.AttachmentUpload, Body(media_type=RequestEncodingType.MULTI_PART)]
AttachmentId = Annotated[UUID, Parameter(description="An uploaded file's id")]

AfterSeq = Annotated[int, Parameter(ge=0, le=2**53, default=0, description="Only events with a greater seq")]


class ConversationController(Controller):
    path = "/v1/conversations"
    tags = ["conversations"]
    security = BEARER

    @get("/", responses=problems(*AUTHED), opt=requires(CONVERSATIONS_READ))
    async def list_conversations(
        self,
        request: Request,
        container: Container,
        limit: LimitParam = 20,
        cursor: CursorParam = None,
        status: Annotated[s.SessionStatus | None, Parameter(default=None, description="Only in this status")] = None,
        chatbot_id: Annotated[UUID | None, Parameter(default=None)] = None,
        visitor_id: Annotated[UUID | None, Parameter(default=None)] = None,
        visitor_email: Annotated[str | None, Parameter(default=None, max_length=254, description="Exact email")] = None,
        started_after: Annotated[datetime | None, Parameter(default=None, description="Started at or after (ISO 8601)")] = None,
        started_before: Annotated[datetime | None, Parameter(default=None, description="Started before (ISO 8601)")] = None,
        rated: Annotated[bool | None, Parameter(default=None, description="Only rated (true) or unrated (false)")] = None,
    ) -> Page[s.Session]:
        """Newest first. Filters combine with AND."""
        filters = SessionFilter(
            status=SessionStatus(status) if status else None,
            chatbot_id=chatbot_id,
            visitor_id=visitor_id,
            started_after=aware("started_after", started_after),
            started_before=aware("started_before", started_before),
            rated=rated,
        )
        page = await container.conversations.list_sessions(
            principal_of(request), filters, limit, decode_cursor(cursor), visitor_email
        )
        return Page(items=[to_session(c) for c in page.items], next_cursor=encode_cursor(page.next_cursor))

    @get("/{session_id:uuid}", responses=problems(*AUTHED, 404), opt=requires(CONVERSATIONS_READ))
    async def get_conversation(self, request: Request, container: Container, session_id: UUID) -> s.Session:
        return to_session(await container.conversations.get_session(principal_of(request), session_id))

    @get("/{session_id:uuid}/visitor-details", responses=problems(*AUTHED, 404), opt=requires(CONVERSATIONS_READ))
    async def get_visitor_details(self, request: Request, container: Container, session_id: UUID) -> s.VisitorDetails:
        """The visitor's answers to the chatbot's pre-chat form, by field key (stored sealed)."""
        return s.VisitorDetails(values=await container.conversations.visitor_details(principal_of(request), session_id))

    @get("/{session_id:uuid}/messages", responses=problems(*AUTHED, 404), opt=requires(CONVERSATIONS_READ))
    async def get_transcript(
        self,
        request: Request,
        container: Container,
        session_id: UUID,
        after_seq: AfterSeq = 0,
        limit: Annotated[int, Parameter(ge=1, le=500, default=100)] = 100,
    ) -> s.Transcript:
        """The conversation's log in seq order: messages, status changes and read receipts."""
        session, events = await container.conversations.transcript(principal_of(request), session_id, after_seq, limit)
        more = len(events) == limit and events[-1].seq < session.last_seq
        return s.Transcript(
            session=to_session(session), events=[to_event(e) for e in events], next_after_seq=events[-1].seq if more else None
        )

    @post(
        "/{session_id:uuid}/close",
        status_code=HTTP_200_OK,
        responses=problems(*AUTHED, 404),
        opt=requires(CONVERSATIONS_WRITE),
    )
    async def close_conversation(self, request: Request, container: Container, session_id: UUID) -> s.Session:
        """Closing an already closed conversation changes nothing."""
        return to_session(await container.conversations.close(principal_of(request), session_id))

    @post(
        "/{session_id:uuid}/rating",
        status_code=HTTP_200_OK,
        responses=problems(*AUTHED, 404, 422),
        opt=requires(CONVERSATIONS_WRITE),
    )
    async def rate_conversation(self, request: Request, container: Container, session_id: UUID, data: s.Rating) -> s.Session:
        """The team's rating of the conversation (1-5, optional comment): `review_rating`. It is kept apart
        from the visitor's own CSAT (`csat_rating`, given in the widget), which it never overwrites."""
        principal = principal_of(request)
        service = container.conversations
        session = await service.rate(principal.tenant_id, session_id, service.member_actor(principal), data.rating, data.comment)
        return to_session(session)

    @post(
        "/{session_id:uuid}/attachments",
        status_code=HTTP_201_CREATED,
        responses=problems(*AUTHED, 404, 409, 413, 415, 422),
        opt=requires(CONVERSATIONS_WRITE),
        request_max_body_size=UPLOAD_BODY_BYTES,
    )
    async def upload_attachment(self, request: Request, container: Container, session_id: UUID, data: UploadBody) -> s.UploadedAttachment:
        """Upload a file (multipart field `file`) to attach to a message: `{"id": …}` in the message's
        attachments. Images (PNG, JPEG, GIF, WebP), PDF, text, CSV, Word, Excel, PowerPoint; the
        content must be what its type says; the plan limits the size."""
        f = data.file
        stored = await container.attachments.upload_for_member(
            principal_of(request), session_id, f.filename or "", f.content_type or "", await f.read()
        )
        return to_uploaded(stored)

    @get(
        "/{session_id:uuid}/attachments/{attachment_id:uuid}",
        responses=problems(*AUTHED, 404),
        opt=requires(CONVERSATIONS_READ),
        media_type="application/octet-stream",
    )
    async def download_attachment(
        self, request: Request, container: Container, session_id: UUID, attachment_id: AttachmentId
    ) -> Response[bytes]:
        """The file's bytes, with its content type; images inline, other files as a download."""
        stored, content = await container.attachments.download_for_member(principal_of(request), session_id, attachment_id)
        return file_response(stored, content)

    @get(
        "/{session_id:uuid}/export",
        responses=problems(*AUTHED, 404),
        opt=requires(CONVERSATIONS_READ),
        media_type="application/json",
    )
    async def export_conversation(
        self,
        request: Request,
        container: Container,
        session_id: UUID,
        format: Annotated[Literal["json", "text"], Parameter(default="json", description="json or text")] = "json",
    ) -> Response[s.TranscriptExport]:
        """The whole conversation with its visitor, as JSON or as a plain-text transcript."""
        session, visitor, events, text = await container.conversations.export(principal_of(request), session_id)
        disposition = f'attachment; filename="conversation-{session.id}.{"txt" if format == "text" else "json"}"'
        if format == "text":
            return Response(text, media_type="text/plain", headers={"Content-Disposition": disposition})
        body = s.TranscriptExport(
            session=to_session(session),
            visitor=to_visitor(visitor) if visitor else None,
            events=[to_event(e) for e in events],
            text=text,
        )
        return Response(body, headers={"Content-Disposition": disposition})

    @get(
        "/{session_id:uuid}/export.txt",
        responses=problems(*AUTHED, 404),
        opt=requires(CONVERSATIONS_READ),
        media_type="text/plain",  # Litestar adds the charset
    )
    async def export_conversation_text(self, request: Request, container: Container, session_id: UUID) -> Response[str]:
        """The conversation as a plain-text transcript (what `export?format=text` returns, declared as text)."""
        session, _, _, text = await container.conversations.export(principal_of(request), session_id)
        disposition = f'attachment; filename="conversation-{session.id}.txt"'
        return Response(text, media_type="text/plain", headers={"Content-Disposition": disposition})


# --- the visitor's side (public, no member credentials) ---------------------------------------------


def _cors(origin: str | None) -> dict[str, str]:
    headers = {"Vary": "Origin", "Cache-Control": "no-store"}
    if origin:
        headers["Access-Control-Allow-Origin"] = origin
    return headers


def _policy(p) -> s.AttachmentPolicy:
    return s.AttachmentPolicy(max_bytes=p.max_bytes, content_types=list(p.content_types))


VisitorTokenHeader = Annotated[str, Parameter(header="X-Visitor-Token", min_length=1, max_length=4096)]
PublicId = Annotated[str, Parameter(max_length=64)]


class WidgetConversationController(Controller):
    path = "/v1/widget"
    tags = ["widget"]

    @post(
        "/{public_id:str}/sessions",
        status_code=HTTP_201_CREATED,
        responses=problems(401, 403, 404),
        summary="Public: start or resume a visitor's conversation",
        **PUBLIC_CREDENTIALS,
    )
    async def start_widget_session(
        self, request: Request, container: Container, public_id: PublicId, data: s.WidgetSessionCreate
    ) -> Response[s.WidgetSession]:
        """The Origin must be one of the chatbot's allowed origins. A visitor token from an earlier
        visit (of this chatbot only) brings the visitor's conversation and history back."""
        origin = request.headers.get("origin")
        client = request.scope.get("client") or ("", 0)
        entry = await container.conversations.enter(
            public_id,
            page_origin(request),
            data.visitor_token,
            name=data.name,
            email=data.email,
            metadata=data.metadata,
            language=data.language,
            ip=client[0] or None,
            user_agent=(request.headers.get("user-agent") or "")[:512] or None,
            details=data.details,
        )
        c = entry.session
        body = s.WidgetSession(
            visitor_token=entry.token,
            visitor_id=entry.visitor.id,
            returning=entry.returning,
            session=s.WidgetSessionView(id=c.id, status=c.status.value, language=c.language, started_at=c.started_at, last_seq=c.last_seq),
            history=[to_event(e) for e in entry.history],
            websocket_path=f"/v1/ws/visitor?session_id={c.id}",
            attachments=_policy(await container.attachments.policy(entry.visitor.tenant_id)),
        )
        return Response(body, status_code=HTTP_201_CREATED, headers=_cors(origin))

    async def _visitor(self, request: Request, container: Container, public_id: str, token: str, session_id: UUID):
        service = container.conversations
        identity = service.identify_visitor(token, public_id)
        session = await service.open_visitor_socket(identity, session_id, page_origin(request))
        return identity, session

    @get(
        "/{public_id:str}/sessions/{session_id:uuid}/events",
        responses=problems(401, 403, 404),
        summary="Public: long-poll a conversation's events (fallback when WebSockets are blocked)",
        **PUBLIC,
    )
    async def poll_widget_events(
        self,
        request: Request,
        container: Container,
        realtime: RealtimeEngine,
        public_id: PublicId,
        session_id: UUID,
        x_visitor_token: VisitorTokenHeader,
        after_seq: AfterSeq = 0,
        wait: Annotated[int, Parameter(ge=0, le=30, default=25, description="Seconds to wait for a new event")] = 25,
    ) -> Response[s.EventBatch]:
        """Returns at once when events after `after_seq` exist, else waits up to `wait` seconds for one.
        The events are the same frames the WebSocket sends."""
        identity, session = await self._visitor(request, container, public_id, x_visitor_token, session_id)
        service = container.conversations
        events = await service.events_after(identity.tenant_id, session_id, after_seq, 200)
        if not events and wait > 0:
            async with realtime.router.waiting(identity.tenant_id, session_id) as waiter:
                events = await service.events_after(identity.tenant_id, session_id, after_seq, 200)
                if not events:
                    with suppress(TimeoutError):
                        await asyncio.wait_for(waiter.news.wait(), wait)
                    events = await service.events_after(identity.tenant_id, session_id, after_seq, 200)
        status = session.status.value
        for e in events:
            if e.kind.value == "status":
                status = e.data.get("status", status)
        body = s.EventBatch(events=[event_frame(e) for e in events], last_seq=events[-1].seq if events else after_seq, status=status)
        return Response(body, headers=_cors(request.headers.get("origin")))

    @get(
        "/{public_id:str}/sessions/{session_id:uuid}/stream",
        responses=problems(401, 403, 404),
        summary="Public: a conversation's events as Server-Sent Events (fallback when WebSockets are blocked)",
        **PUBLIC,  # the visitor token authenticates; a stray Authorization header is not read
    )
    async def stream_widget_events(
        self,
        request: Request,
        container: Container,
        realtime: RealtimeEngine,
        public_id: PublicId,
        session_id: UUID,
        token: Annotated[str, Parameter(min_length=1, max_length=4096, description="The visitor token (EventSource cannot send headers)")],
        after_seq: AfterSeq = 0,
        last_event_id: Annotated[str | None, Parameter(header="Last-Event-ID", default=None, max_length=20)] = None,
    ) -> ServerSentEvent:
        """Every event with seq > after_seq (or > Last-Event-ID on the browser's automatic reconnect),
        then live ones; each SSE `id` is the event's seq, `event` its type, `data` the WebSocket frame.
        A comment every 15 s keeps proxies from closing an idle stream."""
        identity, _ = await self._visitor(request, container, public_id, token, session_id)
        if last_event_id is not None and last_event_id.isdigit():
            after_seq = max(after_seq, int(last_event_id))
        service = container.conversations

        router = realtime.router

        async def stream():
            last = after_seq
            async with router.waiting(identity.tenant_id, session_id) as waiter:  # before reading the log
                while True:
                    waiter.news.clear()
                    events = await service.events_after(identity.tenant_id, session_id, last, 200)
                    for e in events:
                        yield ServerSentEventMessage(data=msgspec.json.encode(event_frame(e)).decode(), event=e.kind.value, id=e.seq)
                        last = e.seq
                    if events:
                        continue
                    try:
                        await asyncio.wait_for(waiter.news.wait(), 15)
                    except TimeoutError:
                        yield ServerSentEventMessage(comment="keep-alive")

        return ServerSentEvent(stream(), headers=_cors(request.headers.get("origin")))

    @post(
        "/{public_id:str}/sessions/{session_id:uuid}/messages",
        status_code=HTTP_200_OK,
        responses=problems(401, 403, 404, 409, 422),
        summary="Public: send a visitor message without a WebSocket (idempotent by client_id)",
        **PUBLIC,
    )
    async def post_widget_message(
        self,
        request: Request,
        container: Container,
        public_id: PublicId,
        session_id: UUID,
        x_visitor_token: VisitorTokenHeader,
        data: s.WidgetMessage,
    ) -> Response[s.MessageAck]:
        identity, _ = await self._visitor(request, container, public_id, x_visitor_token, session_id)
        attachments = await container.attachments.resolve(
            identity.tenant_id, session_id, to_attachments(data.attachments), s.attachment_path
        )
        result = await container.conversations.post_message(
            identity.tenant_id,
            session_id,
            Actor(sender=Sender.customer, visitor_id=identity.visitor_id),
            data.content,
            attachments,
            data.client_id,
        )
        e = result.event
        body = s.MessageAck(
            client_id=data.client_id, session_id=session_id, seq=e.seq, message_id=e.id, created_at=e.created_at, duplicate=result.duplicate
        )
        return Response(body, headers=_cors(request.headers.get("origin")))

    @post(
        "/{public_id:str}/sessions/{session_id:uuid}/attachments",
        status_code=HTTP_201_CREATED,
        responses=problems(401, 403, 404, 409, 413, 415, 422),
        summary="Public: the visitor uploads a file to attach to a message",
        request_max_body_size=UPLOAD_BODY_BYTES,
        **PUBLIC,
    )
    async def upload_widget_attachment(
        self,
        request: Request,
        container: Container,
        public_id: PublicId,
        session_id: UUID,
        x_visitor_token: VisitorTokenHeader,
        data: UploadBody,
    ) -> Response[s.UploadedAttachment]:
        """Multipart field `file`; then send a message with `{"id": …}` in its attachments. The
        session's `attachments` policy says which types and how many bytes are accepted."""
        origin = request.headers.get("origin")
        identity = container.conversations.identify_visitor(x_visitor_token, public_id)
        f = data.file
        stored = await container.attachments.upload_for_visitor(
            identity, session_id, page_origin(request), f.filename or "", f.content_type or "", await f.read()
        )
        return Response(to_uploaded(stored), status_code=HTTP_201_CREATED, headers=_cors(origin))

    @get(
        "/{public_id:str}/attachments/{attachment_id:uuid}",
        responses=problems(401, 403, 404),
        summary="Public: a file of the visitor's conversations",
        media_type="application/octet-stream",
        **PUBLIC,
    )
    async def download_widget_attachment(
        self, request: Request, container: Container, public_id: PublicId, attachment_id: AttachmentId, x_visitor_token: VisitorTokenHeader
    ) -> Response[bytes]:
        """Only the visitor whose conversation holds the file gets it (any other: 404)."""
        origin = request.headers.get("origin")
        identity = container.conversations.identify_visitor(x_visitor_token, public_id)
        stored, content = await container.attachments.download_for_visitor(identity, attachment_id, page_origin(request))
        return file_response(stored, content, _cors(origin))

    @post(
        "/{public_id:str}/sessions/{session_id:uuid}/rating",
        status_code=HTTP_204_NO_CONTENT,
        responses=problems(401, 403, 404, 422),
        summary="Public: the visitor rates the conversation (CSAT 1-5 and a comment)",
        **PUBLIC,
    )
    async def rate_widget_session(
        self,
        request: Request,
        container: Container,
        public_id: PublicId,
        session_id: UUID,
        x_visitor_token: VisitorTokenHeader,
        data: s.Rating,
    ) -> Response[None]:
        identity, _ = await self._visitor(request, container, public_id, x_visitor_token, session_id)
        await container.conversations.rate(
            identity.tenant_id, session_id, Actor(sender=Sender.customer, visitor_id=identity.visitor_id), data.rating, data.comment
        )
        return Response(None, status_code=HTTP_204_NO_CONTENT, headers=_cors(request.headers.get("origin")))

    @post(
        "/{public_id:str}/sessions/{session_id:uuid}/transcript",
        status_code=HTTP_202_ACCEPTED,
        responses=problems(401, 403, 404, 422, 503),
        summary="Public: e-mail the conversation's transcript to the visitor",
        **PUBLIC,
    )
    async def email_widget_transcript(
        self,
        request: Request,
        container: Container,
        public_id: PublicId,
        session_id: UUID,
        x_visitor_token: VisitorTokenHeader,
        data: s.TranscriptRequest,
    ) -> Response[None]:
        """Queued, then sent by a worker through the server's SMTP server; 503 when none is configured
        (the widget config's `transcript_by_email` says so beforehand)."""
        identity, _ = await self._visitor(request, container, public_id, x_visitor_token, session_id)
        await container.transcript_emails.request(identity, session_id, data.email)
        return Response(None, status_code=HTTP_202_ACCEPTED, headers=_cors(request.headers.get("origin")))
