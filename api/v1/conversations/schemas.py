from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

import msgspec
from litestar.datastructures import UploadFile

from api.v1.common import Email
from domain.conversations.frames import MessageEvent, ReadEvent, StatusEvent


class SessionStatus(str, enum.Enum):
    """A conversation's status. An enum, so the spec names it once for fields and filters."""

    open = "open"
    queued = "queued"
    assigned = "assigned"
    closed = "closed"


Sender = Literal["ai", "human", "customer", "system"]
EventKind = Literal["message", "status", "read"]
VisitorToken = Annotated[str, msgspec.Meta(min_length=1, max_length=4096)]
Language = Annotated[str, msgspec.Meta(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$", examples=["en"])]


class _In(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    pass


class AttachmentRef(_In):
    """A file on a message: `id` of a file uploaded to this conversation (the server fills in the
    rest), or a link (`url`, with optional name, type and size)."""

    id: UUID | None = None
    url: Annotated[str, msgspec.Meta(pattern=r"^https?://\S+$", max_length=2048)] = ""
    name: Annotated[str, msgspec.Meta(max_length=255)] = ""
    content_type: Annotated[str, msgspec.Meta(max_length=127)] = ""
    size: Annotated[int, msgspec.Meta(ge=0)] | None = None


class Attachment(msgspec.Struct):
    url: str  # a link, or for an uploaded file (id set) the API path that serves it, relative to the API
    name: str = ""
    content_type: str = ""
    size: int | None = None
    id: UUID | None = None


def attachment_path(session_id: UUID, attachment_id: UUID) -> str:
    return f"/v1/conversations/{session_id}/attachments/{attachment_id}"


class UploadedAttachment(msgspec.Struct):
    """An uploaded file: put `{"id": …}` in a message's attachments to send it."""

    id: UUID
    name: str
    content_type: str
    size: int
    url: str  # for members and API keys (Bearer); visitors download by id under /v1/widget
    created_at: datetime


@dataclass
class AttachmentUpload:
    file: UploadFile  # multipart/form-data part named `file`, with its file name and content type


class AttachmentPolicy(msgspec.Struct):
    """What may be uploaded to this conversation."""

    max_bytes: int
    content_types: list[str]


class Event(msgspec.Struct):
    """One entry of a conversation's log: a message, a status change or a read receipt."""

    id: UUID
    seq: int
    kind: EventKind
    sender: Sender
    created_at: datetime
    content: str | None = None
    attachments: list[Attachment] = []
    client_id: str | None = None
    sender_user_id: UUID | None = None
    delivered_at: datetime | None = None
    read_at: datetime | None = None
    data: dict[str, Any] = {}


class Session(msgspec.Struct):
    id: UUID
    chatbot_id: UUID
    visitor_id: UUID
    status: SessionStatus
    assigned_user_id: UUID | None
    language: str | None
    started_at: datetime
    ended_at: datetime | None
    last_seq: int
    last_event_at: datetime | None
    message_count: int
    csat_rating: int | None
    csat_comment: str | None
    rated_at: datetime | None
    review_rating: int | None  # the team's rating (POST …/rating with credentials), apart from the visitor's CSAT
    review_comment: str | None
    reviewed_at: datetime | None


class Visitor(msgspec.Struct):
    id: UUID
    name: str | None
    email: str | None
    metadata: dict[str, Any]
    created_at: datetime
    last_seen_at: datetime | None


class Transcript(msgspec.Struct):
    session: Session
    events: list[Event]
    next_after_seq: int | None  # pass as after_seq for the next page; null when complete


class TranscriptExport(msgspec.Struct):
    session: Session
    visitor: Visitor | None
    events: list[Event]
    text: str


class Rating(_In):
    rating: Annotated[int, msgspec.Meta(ge=1, le=5)]
    comment: Annotated[str, msgspec.Meta(max_length=2000)] | None = None


# --- widget (public) ----------------------------------------------------------------------------


class WidgetSessionCreate(_In):
    visitor_token: VisitorToken | None = None  # from a previous visit: brings the history back
    name: Annotated[str, msgspec.Meta(max_length=120)] | None = None
    email: Email | None = None
    language: Language | None = None
    metadata: Annotated[dict[str, Any], msgspec.Meta(max_length=50)] | None = None
    # answers to the chatbot's pre-chat form by field key (checked when a new conversation starts)
    details: Annotated[dict[str, Annotated[str, msgspec.Meta(max_length=500)]], msgspec.Meta(max_length=10)] | None = None


class TranscriptRequest(_In):
    email: Email  # where to send the transcript


class VisitorDetails(msgspec.Struct):
    values: dict[str, str]  # field key → the visitor's answer


class WidgetSessionView(msgspec.Struct):
    id: UUID
    status: SessionStatus
    language: str | None
    started_at: datetime
    last_seq: int


class WidgetSession(msgspec.Struct):
    visitor_token: str  # keep it; send it on the next visit and to the WebSocket
    visitor_id: UUID
    returning: bool
    session: WidgetSessionView
    history: list[Event]  # a returning visitor's latest messages across conversations, oldest first
    websocket_path: str
    attachments: AttachmentPolicy


class WidgetMessage(_In):
    client_id: Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
    content: Annotated[str, msgspec.Meta(max_length=8000)] = ""
    attachments: Annotated[list[AttachmentRef], msgspec.Meta(max_length=10)] = []


class MessageAck(msgspec.Struct):
    client_id: str
    session_id: UUID
    seq: int
    message_id: UUID
    created_at: datetime
    duplicate: bool


class EventBatch(msgspec.Struct):
    """Long-polling: the frames the WebSocket would have sent, oldest first."""

    events: list[MessageEvent | StatusEvent | ReadEvent]  # typed like the WebSocket's (and the SSE stream's) frames
    last_seq: int  # pass as after_seq next time
    status: SessionStatus
