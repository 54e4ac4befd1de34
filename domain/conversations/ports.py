"""What the conversations context needs from the outside world."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol
from uuid import UUID

from domain.conversations.model import (
    ChatSession,
    SessionEvent,
    SessionFilter,
    SessionStatus,
    StoredAttachment,
    Visitor,
    VisitorIdentity,
)
from domain.ports import UnitOfWork


class VisitorRepository(Protocol):
    async def add(self, visitor: Visitor) -> None: ...
    async def get(self, visitor_id: UUID) -> Visitor | None: ...
    async def update(self, visitor: Visitor) -> None: ...


class ChatSessionRepository(Protocol):
    async def add(self, session: ChatSession) -> None: ...
    async def get(self, session_id: UUID) -> ChatSession | None: ...
    async def lock(self, session_id: UUID) -> ChatSession | None:
        """Read the session and hold its row lock until the unit of work ends (serialises seq)."""
    async def lock_for_posts(
        self, session_ids: list[UUID], client_ids: list[tuple[UUID, str]]
    ) -> dict[UUID, tuple[ChatSession, set[str]]]:
        """Lock the sessions (in id order) and say which of the (session, client_id) pairs each already stores, in one
        round trip. A duplicate committed while the lock was awaited may be missed:
        `append_many` then fails with `DuplicateClientId` and the caller retries."""
    async def latest_for_visitor(self, visitor_id: UUID) -> ChatSession | None: ...
    async def last_seqs(self, session_ids: list[UUID]) -> dict[UUID, int]: ...
    async def list(self, filters: SessionFilter, limit: int, before: UUID | None) -> list[ChatSession]: ...
    async def set_status(
        self, session_id: UUID, status: SessionStatus, assigned_user_id: UUID | None, ended_at: datetime | None
    ) -> None: ...
    async def rate(self, session_id: UUID, rating: int, comment: str | None, at: datetime, by_visitor: bool = True) -> None: ...
    async def set_read_mark(self, session_id: UUID, side: str, up_to_seq: int) -> None: ...
    async def set_context(self, session_id: UUID, context: dict[str, Any]) -> None: ...


class SessionEventRepository(Protocol):
    async def append_many(self, events: list[SessionEvent]) -> None:
        """Store events whose seqs the caller assigned (last_seq + 1, … while holding their sessions'
        row locks, so seqs are gap-free and in commit order) and move each session's last_seq to its
        newest, in one round trip. Raises `DuplicateClientId`."""
    async def by_client_id(self, session_id: UUID, client_id: str) -> SessionEvent | None: ...
    async def after(self, session_id: UUID, after_seq: int, limit: int, kinds: tuple[str, ...] | None = None) -> list[SessionEvent]: ...
    async def mark(self, session_id: UUID, column: str, senders: tuple[str, ...], up_to_seq: int, at: datetime) -> int: ...
    async def recent_for_visitor(self, visitor_id: UUID, limit: int) -> list[SessionEvent]: ...


class AttachmentRepository(Protocol):
    async def add(self, attachment: StoredAttachment, content: bytes) -> None: ...
    async def get(self, attachment_id: UUID) -> StoredAttachment | None: ...
    async def content(self, attachment: StoredAttachment) -> bytes: ...
    async def in_session(self, session_id: UUID, ids: list[UUID]) -> list[StoredAttachment]: ...


class EventPublisher(Protocol):
    """Fans session events out to every process (and socket) that follows the session."""

    async def session_events(self, tenant_id: UUID, events: list[SessionEvent]) -> None:
        """Events committed together (at least one), in seq order per session; delivery is best
        effort (readers fill gaps from the log)."""
    async def session_changed(self, tenant_id: UUID, session: ChatSession) -> None: ...


class VisitorTokens(Protocol):
    def issue(self, identity: VisitorIdentity) -> str: ...
    def verify(self, token: str) -> VisitorIdentity: ...
    def expires_at(self, token: str) -> float | None:
        """When a token verified before expires (wall clock), so a socket can close then."""


class SessionDetailsRepository(Protocol):
    """A visitor's answers to the pre-chat form, per conversation (sealed at rest)."""

    async def put(self, session_id: UUID, details: dict[str, str]) -> None: ...
    async def get(self, session_id: UUID) -> dict[str, str] | None: ...


class ConversationsUnitOfWork(UnitOfWork, Protocol):
    visitors: VisitorRepository
    chat_sessions: ChatSessionRepository
    chat_messages: SessionEventRepository
    session_details: SessionDetailsRepository
    attachments: AttachmentRepository
