"""WebSocket frames of /v1/ws/visitor and /v1/ws/operator (see docs/websocket-protocol.md): the conversations
context's published language, defined once here for the sockets, the realtime engine and the assistant's
streamed replies.

Every frame is a JSON object with a `type`. Client frames are a msgspec tagged union, so a frame is
parsed and validated in one step; docs/schemas/ws/*.json are generated from these structs
(`python -m api.v1.conversations.frames docs/schemas/ws`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal, Union
from uuid import UUID

import msgspec

ClientId = Annotated[str, msgspec.Meta(min_length=1, max_length=64, description="Unique per session; a retry reuses it")]
Content = Annotated[str, msgspec.Meta(max_length=8000)]
Seq = Annotated[int, msgspec.Meta(ge=0)]
Token = Annotated[str, msgspec.Meta(min_length=1, max_length=4096)]
Nonce = Annotated[str, msgspec.Meta(max_length=64)]


class _Client(msgspec.Struct, tag_field="type", forbid_unknown_fields=True, omit_defaults=True):
    pass


class AttachmentIn(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    """`id` of a file uploaded to the session (POST …/attachments; the server fills in the rest), or a link."""

    id: UUID | None = None
    url: Annotated[str, msgspec.Meta(pattern=r"^https?://\S+$", max_length=2048)] = ""
    name: Annotated[str, msgspec.Meta(max_length=255)] = ""
    content_type: Annotated[str, msgspec.Meta(max_length=127)] = ""
    size: Annotated[int, msgspec.Meta(ge=0)] | None = None


# --- client → server ---------------------------------------------------------------------------


class Auth(_Client, tag="auth"):
    """Operator: authenticate (first frame) or refresh an expiring access token."""

    token: Token


class Resume(_Client, tag="resume"):
    """Receive every durable event of the session with seq > after_seq, then live events."""

    after_seq: Seq = 0
    session_id: UUID | None = None  # visitors: defaults to their session


class Subscribe(_Client, tag="subscribe"):
    """Operator: follow a session (same as resume)."""

    session_id: UUID
    after_seq: Seq = 0


class Unsubscribe(_Client, tag="unsubscribe"):
    session_id: UUID


class SendMessage(_Client, tag="message"):
    client_id: ClientId
    content: Content = ""
    attachments: Annotated[list[AttachmentIn], msgspec.Meta(max_length=10)] = []
    session_id: UUID | None = None  # operators: required


class Typing(_Client, tag="typing"):
    state: Literal["start", "stop"]
    session_id: UUID | None = None


class SetPresence(_Client, tag="presence"):
    """Operator: online, away or offline."""

    status: Literal["online", "away", "offline"]


class Receipt(_Client, tag="receipt"):
    """The other side's messages up to `up_to_seq` were delivered (or read)."""

    status: Literal["delivered", "read"]
    up_to_seq: Annotated[int, msgspec.Meta(ge=1)]
    session_id: UUID | None = None


class SetStatus(_Client, tag="status"):
    """Operators: queued, assigned (to themselves) or closed. Visitors: closed."""

    status: Literal["queued", "assigned", "closed"]
    session_id: UUID | None = None


class Ping(_Client, tag="ping"):
    nonce: Nonce | None = None


class Pong(_Client, tag="pong"):
    nonce: Nonce | None = None


ClientFrame = Union[Auth, Resume, Subscribe, Unsubscribe, SendMessage, Typing, SetPresence, Receipt, SetStatus, Ping, Pong]
CLIENT_TYPES = sorted(t.__struct_config__.tag for t in ClientFrame.__args__)  # type: ignore[attr-defined]

client_decoder = msgspec.json.Decoder(ClientFrame)


class _Type(msgspec.Struct, forbid_unknown_fields=False):
    type: str


type_decoder = msgspec.json.Decoder(_Type)


# --- server → client ---------------------------------------------------------------------------


class _Server(msgspec.Struct, tag_field="type", omit_defaults=False):
    pass


class Ready(_Server, tag="ready"):
    connection_id: str
    role: Literal["visitor", "operator"]
    heartbeat_seconds: float
    session_id: UUID | None = None
    visitor_id: UUID | None = None
    user_id: UUID | None = None
    status: str | None = None
    last_seq: int | None = None


class Ack(_Server, tag="ack"):
    """The message is durably stored (sent after the database commit)."""

    client_id: str
    session_id: UUID
    seq: int
    message_id: UUID
    created_at: datetime
    duplicate: bool  # the client_id was stored before: this acknowledges the original


class AttachmentOut(msgspec.Struct):
    url: str  # a link, or for an uploaded file the API path serving it (members); visitors fetch by id
    name: str
    content_type: str
    size: int | None
    id: str | None = None  # an uploaded file


class MessageEvent(_Server, tag="message"):
    session_id: UUID
    seq: int
    id: UUID
    created_at: datetime
    sender: Literal["ai", "human", "customer", "system"]
    content: str
    attachments: list[AttachmentOut]
    client_id: str | None
    sender_user_id: UUID | None
    # ai: reply_id, citations, model, tokens…; human: sender_name (the operator's first name), sender_avatar_url
    data: dict[str, Any] | None = None


class StatusEvent(_Server, tag="status"):
    session_id: UUID
    seq: int
    id: UUID
    created_at: datetime
    status: Literal["open", "queued", "assigned", "closed"]
    by: Literal["visitor", "operator", "ai", "system"]  # ai: the assistant handed the conversation to a human


class ReadEvent(_Server, tag="read"):
    session_id: UUID
    seq: int
    id: UUID
    created_at: datetime
    reader: Literal["visitor", "operator"]
    up_to_seq: int


class CaughtUp(_Server, tag="caught_up"):
    """Every stored event up to last_seq was sent; live events follow."""

    session_id: UUID
    last_seq: int


class Unsubscribed(_Server, tag="unsubscribed"):
    session_id: UUID


class TypingEvent(_Server, tag="typing"):
    session_id: UUID
    role: Literal["visitor", "operator"]
    state: Literal["start", "stop"]
    user_id: UUID | None = None


class PresenceEvent(_Server, tag="presence"):
    role: Literal["visitor", "operator"]
    status: Literal["online", "away", "offline"]
    session_id: UUID | None = None
    user_id: UUID | None = None
    visitor_id: UUID | None = None


class DeliveredEvent(_Server, tag="delivered"):
    session_id: UUID
    by: Literal["visitor", "operator"]
    up_to_seq: int


class SessionSummary(msgspec.Struct):
    id: UUID
    chatbot_id: UUID
    visitor_id: UUID
    status: Literal["open", "queued", "assigned", "closed"]
    assigned_user_id: UUID | None
    language: str | None
    started_at: str | None
    ended_at: str | None
    last_seq: int


class SessionEvent(_Server, tag="session"):
    """Operators: a conversation started or changed status in the workspace."""

    session: SessionSummary


class AiTyping(_Server, tag="ai_typing"):
    """The assistant started a reply; `ai_delta` frames with the same `reply_id` follow."""

    session_id: UUID
    reply_id: UUID


class AiDelta(_Server, tag="ai_delta"):
    """A streamed piece of the assistant's reply; `index` orders the pieces of one reply."""

    session_id: UUID
    reply_id: UUID
    index: int
    delta: str


class AiDone(_Server, tag="ai_done"):
    """The reply is over; when `ok`, the stored `message` (with this `reply_id` in its data) came first."""

    session_id: UUID
    reply_id: UUID
    ok: bool


class QueueStatus(_Server, tag="queue"):
    """Visitors: the conversation waits for a person. `position` 1 is next; `expected_wait_seconds` is an
    estimate; `away` when nobody can take the chat now (outside business hours, nobody online), with the
    away message. Sent again whenever the queue changes."""

    session_id: UUID
    position: int
    expected_wait_seconds: int
    away: bool
    message: str | None = None


class ServerPing(_Server, tag="ping"):
    """Heartbeat: answer with any frame (a pong is customary)."""


class ServerPong(_Server, tag="pong"):
    nonce: str | None = None


ErrorCode = Literal[
    "invalid_json",
    "invalid_utf8",
    "frame_too_large",
    "unknown_type",
    "invalid_frame",
    "rate_limited",
    "unauthenticated",
    "forbidden",
    "not_found",
    "not_subscribed",
    "conflict",
    "session_closed",
    "token_expired",
    "internal",
]


class Error(_Server, tag="error"):
    code: ErrorCode
    message: str
    client_id: str | None = None
    ref_type: str | None = None
    retry_after_ms: int | None = None


ServerFrame = Union[
    Ready, Ack, MessageEvent, StatusEvent, ReadEvent, CaughtUp, Unsubscribed, TypingEvent, PresenceEvent,
    DeliveredEvent, SessionEvent, AiTyping, AiDelta, AiDone, QueueStatus, ServerPing, ServerPong, Error,
]

encode = msgspec.json.encode

