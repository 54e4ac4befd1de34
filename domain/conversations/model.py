"""Conversations: visitors, chat sessions and their event log (messages, status changes, read receipts).

Every durable session event takes the next per-session `seq`; a client that has seen seq N asks for
`after_seq = N` and gets exactly what it missed, in order. Typing and presence are ephemeral.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.errors import Conflict, InvalidInput

MAX_CONTENT_CHARS = 8000
MAX_ATTACHMENTS = 10
MAX_CLIENT_ID_CHARS = 64


class SessionStatus(str, enum.Enum):
    open = "open"
    queued = "queued"
    assigned = "assigned"
    closed = "closed"


# open → queued → assigned → closed; an assigned chat may go back to the queue or to another person (a
# transfer), a queued or assigned one back to the AI (open: a handoff handed back); any may close.
TRANSITIONS: dict[SessionStatus, frozenset[SessionStatus]] = {
    SessionStatus.open: frozenset({SessionStatus.queued, SessionStatus.assigned, SessionStatus.closed}),
    SessionStatus.queued: frozenset({SessionStatus.assigned, SessionStatus.open, SessionStatus.closed}),
    SessionStatus.assigned: frozenset({SessionStatus.queued, SessionStatus.assigned, SessionStatus.open, SessionStatus.closed}),
    SessionStatus.closed: frozenset(),
}


class Sender(str, enum.Enum):
    ai = "ai"
    human = "human"
    customer = "customer"
    system = "system"


class EventKind(str, enum.Enum):
    message = "message"
    status = "status"
    read = "read"


class SessionClosed(Conflict):
    pass


@dataclass
class Attachment:
    """A file on a message: a link (url only), or a file uploaded to the conversation (id; the
    server fills in the rest, and url is the API path that serves it)."""

    url: str = ""
    name: str = ""
    content_type: str = ""
    size: int | None = None
    id: str | None = None  # a chat_attachments row (a string: messages keep attachments as JSON)


@dataclass
class StoredAttachment:
    """A file uploaded to a conversation (its bytes are kept apart, sealed; see attachments.py)."""

    id: UUID
    tenant_id: UUID
    session_id: UUID
    name: str
    content_type: str
    size: int
    uploaded_by: str  # visitor | operator
    uploader_user_id: UUID | None = None
    created_at: datetime | None = None


@dataclass
class Visitor:
    id: UUID
    tenant_id: UUID
    chatbot_id: UUID
    name: str | None = None
    email: str | None = None
    ip: str | None = None
    user_agent: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    created_at: datetime | None = None
    last_seen_at: datetime | None = None


@dataclass
class ChatSession:
    id: UUID
    tenant_id: UUID
    chatbot_id: UUID
    visitor_id: UUID
    status: SessionStatus = SessionStatus.open
    language: str | None = None
    assigned_user_id: UUID | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    last_seq: int = 0
    last_event_at: datetime | None = None
    message_count: int = 0
    visitor_read_seq: int = 0
    operator_read_seq: int = 0
    csat_rating: int | None = None
    csat_comment: str | None = None
    rated_at: datetime | None = None
    review_rating: int | None = None  # the team's own rating (a member or API key), apart from the visitor's CSAT
    review_comment: str | None = None
    reviewed_at: datetime | None = None
    context: dict[str, Any] = field(default_factory=dict)

    def check_transition(self, to: SessionStatus) -> None:
        if to not in TRANSITIONS[self.status]:
            raise Conflict(f"a {self.status.value} conversation cannot become {to.value}")

    def check_open_for_messages(self) -> None:
        if self.status is SessionStatus.closed:
            raise SessionClosed("this conversation is closed; start a new one")


@dataclass
class SessionEvent:
    """One row of a session's log: a message, a status change or a read receipt."""

    id: UUID
    tenant_id: UUID
    session_id: UUID
    seq: int
    kind: EventKind
    sender: Sender
    content: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    client_id: str | None = None
    sender_user_id: UUID | None = None
    created_at: datetime | None = None
    delivered_at: datetime | None = None
    read_at: datetime | None = None


@dataclass(frozen=True)
class PostResult:
    event: SessionEvent
    duplicate: bool  # the client_id was already stored: this is the original, acknowledged again


class DuplicateClientId(Exception):
    """A client_id was committed by another transaction after this one checked for it."""


@dataclass(frozen=True)
class SessionFilter:
    status: SessionStatus | None = None
    chatbot_id: UUID | None = None
    visitor_id: UUID | None = None
    started_after: datetime | None = None
    started_before: datetime | None = None
    visitor_email_index: bytes | None = None
    rated: bool | None = None


@dataclass(frozen=True)
class VisitorIdentity:
    """What a signed visitor token says: which visitor of which chatbot of which tenant."""

    tenant_id: UUID
    chatbot_id: UUID
    public_id: str
    visitor_id: UUID


@dataclass
class VisitorEntry:
    visitor: Visitor
    session: ChatSession
    token: str
    history: list[SessionEvent]
    returning: bool


def validate_message(content: str, attachments: list[Attachment], client_id: str | None) -> None:
    if not content.strip() and not attachments:
        raise InvalidInput("a message needs content or an attachment", field="content")
    if len(content) > MAX_CONTENT_CHARS:
        raise InvalidInput(f"content must be at most {MAX_CONTENT_CHARS} characters", field="content")
    if len(attachments) > MAX_ATTACHMENTS:
        raise InvalidInput(f"at most {MAX_ATTACHMENTS} attachments", field="attachments")
    for a in attachments:
        if a.id is None and not (a.url.startswith("https://") or a.url.startswith("http://")):
            raise InvalidInput("attachment url must be an http(s) URL", field="attachments")
    if client_id is not None and not 1 <= len(client_id) <= MAX_CLIENT_ID_CHARS:
        raise InvalidInput(f"client_id must be 1 to {MAX_CLIENT_ID_CHARS} characters", field="client_id")
    if client_id is not None and "\x00" in client_id:  # unstorable: it would fail the whole group-committed batch
        raise InvalidInput("client_id must not contain NUL (\\u0000) characters", field="client_id")


def validate_rating(rating: int, comment: str | None) -> None:
    if not 1 <= rating <= 5:
        raise InvalidInput("rating must be between 1 and 5", field="rating")
    if comment is not None and len(comment) > 2000:
        raise InvalidInput("comment must be at most 2000 characters", field="comment")


def transcript_text(session: ChatSession, events: list[SessionEvent]) -> str:
    """A human-readable transcript: one line per message and status change."""
    lines = [
        f"Conversation {session.id}",
        f"Started: {session.started_at.isoformat() if session.started_at else '-'}",
        f"Status: {session.status.value}",
    ]
    if session.ended_at:
        lines.append(f"Ended: {session.ended_at.isoformat()}")
    if session.csat_rating:
        lines.append(f"Rating: {session.csat_rating}/5" + (f" - {session.csat_comment}" if session.csat_comment else ""))
    if session.review_rating:
        lines.append(f"Team rating: {session.review_rating}/5" + (f" - {session.review_comment}" if session.review_comment else ""))
    lines.append("")
    labels = {Sender.ai: "Assistant", Sender.human: "Agent", Sender.customer: "Visitor", Sender.system: "System"}
    for e in events:
        at = e.created_at.strftime("%Y-%m-%d %H:%M:%S") if e.created_at else ""
        if e.kind is EventKind.message:
            body = e.content or ""
            for a in e.attachments:
                body += f" [attachment: {a.name or a.url} {a.url}]"
            lines.append(f"[{at}] {labels[e.sender]}: {body}")
        elif e.kind is EventKind.status:
            lines.append(f"[{at}] -- conversation {e.data.get('status')} --")
    return "\n".join(lines) + "\n"
