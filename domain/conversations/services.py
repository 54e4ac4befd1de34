"""Conversation use cases: visitor entry, posting messages, receipts, status, history, CSAT, export.

Writes happen in one tenant unit of work; fan-out happens after the commit, so a published event is
always durable. Publishing is best effort: a reader that misses it fills the gap from the log by seq.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any, cast
from uuid import UUID

from domain.access import Permission
from domain.chatbots.model import PreChatField, pre_chat_answers
from domain.chatbots.services import ChatbotService
from domain.conversations.events import (
    ConversationAssigned,
    ConversationClosed,
    ConversationQueued,
    ConversationStarted,
    FeedbackReceived,
    HandoffRequested,
    MessageCreated,
)
from domain.conversations.model import (
    Attachment,
    ChatSession,
    DuplicateClientId,
    EventKind,
    PostResult,
    Sender,
    SessionEvent,
    SessionFilter,
    SessionStatus,
    Visitor,
    VisitorEntry,
    VisitorIdentity,
    transcript_text,
    validate_message,
    validate_rating,
)
from domain.conversations.permissions import CONVERSATIONS_READ, CONVERSATIONS_WRITE
from domain.conversations.ports import ConversationsUnitOfWork, EventPublisher, VisitorTokens
from domain.errors import AuthenticationFailed, Conflict, DomainError, InvalidInput, NotFound, PermissionDenied
from domain.events import DomainEvent
from domain.ids import new_id
from domain.pagination import page_of
from domain.ports import UnitOfWork, UnitOfWorkFactory
from domain.tenancy.model import Page, Principal
from domain.tenancy.ports import Directory

log = logging.getLogger(__name__)

HISTORY_LIMIT = 200
REPLAY_BATCH = 500


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Actor:
    """Who writes into a session: the visitor (by token) or a member/integrator (by principal)."""

    sender: Sender
    user_id: UUID | None = None
    visitor_id: UUID | None = None

    @property
    def side(self) -> str:
        return "visitor" if self.sender is Sender.customer else "operator"

    @property
    def by(self) -> str:
        """Who a status change is attributed to: the assistant and the system are not an operator."""
        return self.sender.value if self.sender in (Sender.ai, Sender.system) else self.side


@dataclass(eq=False)
class _Post:
    session_id: UUID
    actor: Actor
    content: str
    attachments: list[Attachment]
    client_id: str | None
    data: dict[str, Any]
    done: asyncio.Future[PostResult]


def _message_created(event: SessionEvent, session: ChatSession) -> MessageCreated:
    return MessageCreated(
        tenant_id=event.tenant_id, conversation_id=event.session_id, chatbot_id=session.chatbot_id, message_id=event.id,
        seq=event.seq, sender=event.sender.value, content=event.content or "", attachment_count=len(event.attachments),
        sender_user_id=event.sender_user_id,
    )


def _status_events(session: ChatSession, actor: Actor) -> list[DomainEvent]:
    """What a status change tells subscribers: queued is a request for a human (a handoff)."""
    tenant_id, conversation_id, chatbot_id = session.tenant_id, session.id, session.chatbot_id
    if session.status is SessionStatus.queued:
        return [
            ConversationQueued(tenant_id=tenant_id, conversation_id=conversation_id, chatbot_id=chatbot_id, by=actor.by),
            HandoffRequested(tenant_id=tenant_id, conversation_id=conversation_id, chatbot_id=chatbot_id, by=actor.by),
        ]
    if session.status is SessionStatus.assigned:
        return [ConversationAssigned(tenant_id=tenant_id, conversation_id=conversation_id, chatbot_id=chatbot_id,
                                     assigned_user_id=session.assigned_user_id)]
    if session.status is SessionStatus.closed:
        return [ConversationClosed(tenant_id=tenant_id, conversation_id=conversation_id, chatbot_id=chatbot_id, by=actor.by)]
    return []


async def every_event(uow: UnitOfWork, session_id: UUID) -> list[SessionEvent]:
    """A conversation's whole log, read in pages (exports and e-mailed transcripts)."""
    own = cast(ConversationsUnitOfWork, uow)  # runs in other contexts' transactions too: reaches its own repositories only
    events: list[SessionEvent] = []
    while True:
        batch = await own.chat_messages.after(session_id, events[-1].seq if events else 0, REPLAY_BATCH)
        events.extend(batch)
        if len(batch) < REPLAY_BATCH:
            return events


def _name_visitor(visitor: Visitor, form: list[PreChatField], answers: dict[str, str]) -> bool:
    """The form's name and e-mail answers become the visitor's, where the page did not identify them."""
    changed = False
    for f in form:
        value = answers.get(f.key)
        if value and f.kind == "name" and not visitor.name:
            visitor.name, changed = value[:120], True
        elif value and f.kind == "email" and not visitor.email:
            visitor.email, changed = value, True
    return changed


VisitorMessageListener = Callable[[UUID, SessionEvent], Awaitable[None]]
EventInterest = Callable[[UUID, str], Awaitable[bool]]


@dataclass
class ConversationService:
    uow: UnitOfWorkFactory[ConversationsUnitOfWork]
    directory: Directory
    tokens: VisitorTokens
    publisher: EventPublisher
    email_index: Callable[[str], bytes]
    write_concurrency: int = 2  # transactions in flight per workspace (per process); see ARCHITECTURE.md
    max_batch: int = 64  # messages per transaction at most
    _queued: dict[UUID, list[_Post]] = field(default_factory=dict, init=False, repr=False)
    _writers: dict[UUID, int] = field(default_factory=dict, init=False, repr=False)
    _tasks: set[asyncio.Task[None]] = field(default_factory=set, init=False, repr=False)
    _visitor_message_listeners: list[VisitorMessageListener] = field(default_factory=list, init=False, repr=False)
    _event_interests: list[EventInterest] = field(default_factory=list, init=False, repr=False)

    def on_visitor_message(self, listener: VisitorMessageListener) -> None:
        """Subscribe `listener(tenant_id, event)` to every new visitor message, called in this process once it is
        durable and published: the assistant's reply trigger, faster than the outbox (which still carries
        message.created for everyone else)."""
        self._visitor_message_listeners.append(listener)

    def on_event_interest(self, interest: EventInterest) -> None:
        """Register `interest(tenant_id, event name)`: whether anything outside listens to that event type in a
        workspace. Chat messages are recorded as events only then, so workspaces without webhooks keep the
        plain group-commit path."""
        self._event_interests.append(interest)

    async def _interested(self, tenant_id: UUID, name: str) -> bool:
        for interest in self._event_interests:
            if await interest(tenant_id, name):
                return True
        return False

    # --- visitors ---------------------------------------------------------------------------------

    async def enter(
        self,
        public_id: str,
        origin: str | None,
        token: str | None,
        *,
        name: str | None = None,
        email: str | None = None,
        metadata: dict[str, Any] | None = None,
        language: str | None = None,
        ip: str | None = None,
        user_agent: str | None = None,
        details: dict[str, str] | None = None,
    ) -> VisitorEntry:
        """The widget's front door: check the origin, recognise a returning visitor by token (only a
        token of this very chatbot), reuse their open conversation or start one."""
        tenant_id = await self.directory.tenant_of_public_chatbot(public_id)
        if tenant_id is None:
            raise NotFound("chatbot not found")
        identity = self.identify_visitor(token, public_id) if token else None
        if identity is not None and identity.tenant_id != tenant_id:
            raise PermissionDenied("this visitor token belongs to another chatbot")
        now = _utcnow()
        created_session = False
        async with self.uow(tenant_id) as uow:
            chatbot = await ChatbotService.public(uow, origin, public_id=public_id)
            if chatbot.status != "active":
                raise PermissionDenied("this chatbot is paused")
            visitor = await uow.visitors.get(identity.visitor_id) if identity else None
            if identity is not None and (visitor is None or visitor.chatbot_id != chatbot.id):
                raise AuthenticationFailed("visitor token is not valid (visitor unknown)")
            returning = visitor is not None
            if visitor is None:
                visitor = Visitor(id=new_id(), tenant_id=tenant_id, chatbot_id=chatbot.id, metadata=metadata or {})
            if name is not None:
                visitor.name = name.strip() or None
            if email is not None:
                visitor.email = email.strip() or None
            if metadata:
                visitor.metadata = {**visitor.metadata, **metadata}
            visitor.ip, visitor.user_agent, visitor.last_seen_at = ip, user_agent, now
            if returning:
                await uow.visitors.update(visitor)
            else:
                await uow.visitors.add(visitor)
            session = await uow.chat_sessions.latest_for_visitor(visitor.id) if returning else None
            if session is None or session.status is SessionStatus.closed:
                if language is not None and language not in chatbot.languages:
                    language = chatbot.languages[0]
                session = ChatSession(
                    id=new_id(),
                    tenant_id=tenant_id,
                    chatbot_id=chatbot.id,
                    visitor_id=visitor.id,
                    language=language or chatbot.languages[0],
                )
                await uow.chat_sessions.add(session)
                created_session = True
                uow.record(ConversationStarted(
                    tenant_id=tenant_id, conversation_id=session.id, chatbot_id=chatbot.id, visitor_id=visitor.id,
                    language=session.language,
                ))
                if chatbot.pre_chat_form:  # a new conversation starts with the form's answers
                    answers = pre_chat_answers(chatbot.pre_chat_form, details or {})
                    if answers:
                        await uow.session_details.put(session.id, answers)
                        if _name_visitor(visitor, chatbot.pre_chat_form, answers):
                            await uow.visitors.update(visitor)
            history = await uow.chat_messages.recent_for_visitor(visitor.id, HISTORY_LIMIT) if returning else []
        identity = VisitorIdentity(tenant_id=tenant_id, chatbot_id=chatbot.id, public_id=public_id, visitor_id=visitor.id)
        if created_session:
            await self._publish_session(tenant_id, session)
        return VisitorEntry(
            visitor=visitor, session=session, token=self.tokens.issue(identity), history=history, returning=returning
        )

    def identify_visitor(self, token: str, public_id: str | None = None) -> VisitorIdentity:
        identity = self.tokens.verify(token)
        if public_id is not None and identity.public_id != public_id:
            raise PermissionDenied("this visitor token belongs to another chatbot")
        return identity

    async def visitor_session(self, identity: VisitorIdentity, session_id: UUID) -> ChatSession:
        async with self.uow(identity.tenant_id) as uow:
            session = await uow.chat_sessions.get(session_id)
        if session is None or session.visitor_id != identity.visitor_id:
            raise NotFound("conversation not found")
        return session

    async def open_visitor_socket(self, identity: VisitorIdentity, session_id: UUID | None, origin: str | None) -> ChatSession:
        """A visitor's socket: the origin must be allowed, the conversation must be theirs
        (default: their latest one)."""
        async with self.uow(identity.tenant_id) as uow:
            await ChatbotService.public(uow, origin, chatbot_id=identity.chatbot_id)
            visitor = await uow.visitors.get(identity.visitor_id)
            if visitor is None:
                raise AuthenticationFailed("visitor token is not valid (visitor unknown)")
            if session_id is not None:
                session = await uow.chat_sessions.get(session_id)
            else:
                session = await uow.chat_sessions.latest_for_visitor(visitor.id)
        if session is None or session.visitor_id != identity.visitor_id:
            raise NotFound("conversation not found")
        return session

    async def set_visitor_contact(self, tenant_id: UUID, visitor_id: UUID, email: str, name: str | None) -> None:
        """The visitor's e-mail (and name, if none yet) given in a conversation, e.g. while nobody could take it."""
        async with self.uow(tenant_id) as uow:
            visitor = await uow.visitors.get(visitor_id)
            if visitor is None:
                raise NotFound("visitor not found")
            visitor.email = email.strip() or visitor.email
            if name and not visitor.name:
                visitor.name = name.strip()[:120]
            await uow.visitors.update(visitor)

    # --- the event log ----------------------------------------------------------------------------

    async def post_message(
        self,
        tenant_id: UUID,
        session_id: UUID,
        actor: Actor,
        content: str,
        attachments: list[Attachment] | None = None,
        client_id: str | None = None,
        data: dict[str, Any] | None = None,
    ) -> PostResult:
        """Durably append a message; a client_id seen before returns the stored original.

        Group commit: messages of one workspace that arrive while its writes are in flight share the
        next transaction (one commit, one fsync, for many), so throughput follows load instead of
        the commit latency. A lone message is written at once, alone."""
        attachments = attachments or []
        validate_message(content, attachments, client_id)
        post = _Post(session_id, actor, content, attachments, client_id, data or {}, asyncio.get_running_loop().create_future())
        self._queued.setdefault(tenant_id, []).append(post)
        if self._writers.get(tenant_id, 0) < self.write_concurrency:
            self._writers[tenant_id] = self._writers.get(tenant_id, 0) + 1
            task = asyncio.create_task(self._write_batches(tenant_id))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        result = await post.done
        if not result.duplicate:
            event = result.event
            if actor.sender is Sender.customer:
                for listener in self._visitor_message_listeners:
                    try:
                        await listener(tenant_id, event)
                    except Exception as exc:  # the message is stored; a failed listener must not fail the send
                        log.warning("visitor-message listener failed for session %s: %r", session_id, exc)
        return result

    async def _write_batches(self, tenant_id: UUID) -> None:
        try:
            while self._queued.get(tenant_id):
                queued = self._queued[tenant_id]
                batch, self._queued[tenant_id] = queued[: self.max_batch], queued[self.max_batch :]
                await self._write_batch(tenant_id, batch)
        finally:
            self._writers[tenant_id] -= 1
            if not self._writers[tenant_id]:
                del self._writers[tenant_id]
                if not self._queued.get(tenant_id):
                    self._queued.pop(tenant_id, None)

    async def _write_batch(self, tenant_id: UUID, batch: list[_Post]) -> None:
        """The whole batch in four round trips whatever its size: open, lock its sessions (in id
        order, so concurrent batches cannot deadlock) with their already-stored client_ids, one
        multi-row insert, commit."""
        # Asked before the batch's transaction: a cache miss reads the endpoints on a connection of its own.
        listened = await self._interested(tenant_id, MessageCreated.name)
        for attempt in (1, 2):
            try:
                async with self.uow(tenant_id) as uow:
                    outcomes = await self._write_posts(uow, tenant_id, batch, listened)
                break
            except DuplicateClientId:  # a retry of one of these was committed meanwhile: look again
                if attempt == 2:
                    outcomes = [RuntimeError("message could not be stored; retry with the same client_id")] * len(batch)
            except BaseException as exc:  # rolled back: nothing of the batch is stored, nothing acked
                for post in batch:
                    if not post.done.done():
                        post.done.set_exception(exc if isinstance(exc, Exception) else RuntimeError("write cancelled"))
                if not isinstance(exc, Exception):
                    raise
                return
        # One publish for all the batch's new events: other processes receive them in one payload.
        await self._publish(tenant_id, [o.event for o in outcomes if isinstance(o, PostResult) and not o.duplicate])
        for post, outcome in zip(batch, outcomes):
            if post.done.done():
                continue
            if isinstance(outcome, Exception):
                post.done.set_exception(outcome)
            else:
                post.done.set_result(outcome)

    async def _write_posts(self, uow: ConversationsUnitOfWork, tenant_id: UUID, batch: list[_Post], listened: bool = False) -> list[PostResult | Exception]:
        locked = await uow.chat_sessions.lock_for_posts(
            list({post.session_id for post in batch}), [(post.session_id, post.client_id) for post in batch if post.client_id]
        )
        outcomes: list[PostResult | Exception] = []
        fresh: list[SessionEvent] = []
        in_batch: dict[tuple[UUID, str], SessionEvent] = {}
        for post in batch:  # arrival order: each session's seqs follow it
            session, stored = locked.get(post.session_id, (None, set()))
            try:
                self._check_actor(session, post.actor)
            except DomainError as exc:  # refused before writing anything: the others go on
                outcomes.append(exc)
                continue
            key = (post.session_id, post.client_id or "")
            if post.client_id and key in in_batch:
                outcomes.append(PostResult(event=in_batch[key], duplicate=True))
                continue
            if post.client_id and post.client_id in stored:
                existing = await uow.chat_messages.by_client_id(post.session_id, post.client_id)
                outcomes.append(PostResult(event=existing, duplicate=True))  # type: ignore[arg-type]
                continue
            try:
                session.check_open_for_messages()  # type: ignore[union-attr]
            except DomainError as exc:
                outcomes.append(exc)
                continue
            session.last_seq += 1  # type: ignore[union-attr]
            event = SessionEvent(
                id=new_id(),
                tenant_id=tenant_id,
                session_id=post.session_id,
                seq=session.last_seq,  # type: ignore[union-attr]
                kind=EventKind.message,
                sender=post.actor.sender,
                content=post.content,
                attachments=post.attachments,
                client_id=post.client_id,
                sender_user_id=post.actor.user_id,
                data=post.data,
            )
            fresh.append(event)
            if post.client_id:
                in_batch[key] = event
            outcomes.append(PostResult(event=event, duplicate=False))
        if fresh:
            await uow.chat_messages.append_many(fresh)
            if listened:  # only for workspaces whose webhooks listen: the batch's events share the outbox's one insert
                for event in fresh:
                    uow.record(_message_created(event, locked[event.session_id][0]))
        return outcomes

    async def last_seqs(self, tenant_id: UUID, session_ids: list[UUID]) -> dict[UUID, int]:
        """The newest seq of each session: lets live readers notice events whose fan-out was lost."""
        async with self.uow(tenant_id) as uow:
            return await uow.chat_sessions.last_seqs(session_ids)

    async def events_after(self, tenant_id: UUID, session_id: UUID, after_seq: int, limit: int = REPLAY_BATCH) -> list[SessionEvent]:
        async with self.uow(tenant_id) as uow:
            return await uow.chat_messages.after(session_id, max(0, after_seq), limit)

    async def receipt(self, tenant_id: UUID, session_id: UUID, actor: Actor, up_to_seq: int, read: bool) -> SessionEvent | None:
        """Mark the other side's messages up to `up_to_seq` delivered (or read). A read receipt that
        moves the reader's mark forward becomes a durable `read` event."""
        if up_to_seq < 1:
            raise InvalidInput("up_to_seq must be at least 1", field="up_to_seq")
        others = ("ai", "human", "system") if actor.side == "visitor" else ("customer",)
        now = _utcnow()
        async with self.uow(tenant_id) as uow:
            session = await uow.chat_sessions.lock(session_id)
            self._check_actor(session, actor)
            up_to_seq = min(up_to_seq, session.last_seq)  # type: ignore[union-attr]
            await uow.chat_messages.mark(session_id, "delivered_at", others, up_to_seq, now)
            if not read:
                return None
            await uow.chat_messages.mark(session_id, "read_at", others, up_to_seq, now)
            mark = session.visitor_read_seq if actor.side == "visitor" else session.operator_read_seq  # type: ignore[union-attr]
            if up_to_seq <= mark:
                return None
            await uow.chat_sessions.set_read_mark(session_id, actor.side, up_to_seq)
            event = SessionEvent(
                id=new_id(), tenant_id=tenant_id, session_id=session_id, seq=session.last_seq + 1, kind=EventKind.read,  # type: ignore[union-attr]
                sender=Sender.customer if actor.side == "visitor" else Sender.human,
                data={"reader": actor.side, "up_to_seq": up_to_seq}, sender_user_id=actor.user_id,
            )
            await uow.chat_messages.append_many([event])
        await self._publish(tenant_id, [event])
        return event

    async def change_status(
        self, tenant_id: UUID, session_id: UUID, actor: Actor, to: SessionStatus, assignee: UUID | None = None
    ) -> tuple[ChatSession, SessionEvent | None]:
        """Move a conversation along open → queued → assigned → closed. Closing twice is a no-op.
        `assignee`: whom an assignment is for (default: the actor; the handoff routing assigns others)."""
        if actor.side == "visitor" and to is not SessionStatus.closed:
            raise PermissionDenied("a visitor can only close the conversation")
        async with self.uow(tenant_id) as uow:
            session = await uow.chat_sessions.lock(session_id)
            self._check_actor(session, actor)
            assert session is not None
            if session.status is to and to is SessionStatus.closed:
                return session, None
            if to is SessionStatus.assigned and session.status is SessionStatus.assigned and assignee is None:
                raise Conflict("this conversation is already assigned")  # a transfer names its assignee
            session.check_transition(to)
            now = _utcnow()
            if to is SessionStatus.assigned:
                assigned = assignee or actor.user_id
            else:
                assigned = None if to in (SessionStatus.queued, SessionStatus.open) else session.assigned_user_id
            ended = now if to is SessionStatus.closed else None
            await uow.chat_sessions.set_status(session_id, to, assigned, ended)
            session.status, session.assigned_user_id, session.ended_at = to, assigned, ended
            event = SessionEvent(
                id=new_id(), tenant_id=tenant_id, session_id=session_id, seq=session.last_seq + 1, kind=EventKind.status,
                sender=Sender.system, data={"status": to.value, "by": actor.by}, sender_user_id=actor.user_id,
            )
            await uow.chat_messages.append_many([event])
            session.last_seq = event.seq
            for fact in _status_events(session, actor):
                uow.record(fact)
            uow.after_commit(partial(self._publish_status, tenant_id, event, session))  # before the events' subscribers
        return session, event

    async def _publish_status(self, tenant_id: UUID, event: SessionEvent, session: ChatSession) -> None:
        await self._publish(tenant_id, [event])
        await self._publish_session(tenant_id, session)

    async def rate(self, tenant_id: UUID, session_id: UUID, actor: Actor, rating: int, comment: str | None) -> ChatSession:
        validate_rating(rating, comment)
        async with self.uow(tenant_id) as uow:
            session = await uow.chat_sessions.lock(session_id)
            self._check_actor(session, actor)
            assert session is not None
            now = _utcnow()
            # The visitor's rating is the CSAT; the team's own rating is kept apart (it must not overwrite it).
            by_visitor = actor.side == "visitor"
            await uow.chat_sessions.rate(session_id, rating, comment, now, by_visitor)
            if by_visitor:
                session.csat_rating, session.csat_comment, session.rated_at = rating, comment, now
                uow.record(FeedbackReceived(
                    tenant_id=tenant_id, conversation_id=session_id, chatbot_id=session.chatbot_id, rating=rating,
                    comment=comment,
                ))
            else:
                session.review_rating, session.review_comment, session.reviewed_at = rating, comment, now
        return session

    # --- for the assistant, in its unit of work (one read before its model call, one write after) ------

    @staticmethod
    async def recent_messages(uow: UnitOfWork, session_id: UUID, messages: int) -> tuple[ChatSession, list[SessionEvent]]:
        """The session and its last `messages` messages (other events left out), oldest first."""
        own = cast(ConversationsUnitOfWork, uow)  # runs in other contexts' transactions too: reaches its own repositories only
        session = await own.chat_sessions.get(session_id)
        if session is None:
            raise NotFound("conversation not found")
        events = await own.chat_messages.after(session_id, max(0, session.last_seq - messages), messages, ("message",))
        return session, events

    @staticmethod
    async def visitor_messages(uow: UnitOfWork, visitor_id: UUID, limit: int) -> list[SessionEvent]:
        """The visitor's last `limit` messages across their sessions, oldest first."""
        own = cast(ConversationsUnitOfWork, uow)  # runs in other contexts' transactions too: reaches its own repositories only
        return await own.chat_messages.recent_for_visitor(visitor_id, limit)

    @staticmethod
    async def find_visitor(uow: UnitOfWork, visitor_id: UUID) -> Visitor | None:
        """A visitor (name, e-mail, the page's attributes), for another context's use case in its unit of work."""
        own = cast(ConversationsUnitOfWork, uow)  # runs in other contexts' transactions too: reaches its own repositories only
        return await own.visitors.get(visitor_id)

    @staticmethod
    async def set_context(uow: UnitOfWork, session_id: UUID, context: dict[str, Any]) -> None:
        """The assistant's memory for a session (replaced as a whole)."""
        own = cast(ConversationsUnitOfWork, uow)  # runs in other contexts' transactions too: reaches its own repositories only
        if await own.chat_sessions.get(session_id) is None:
            raise NotFound("conversation not found")
        await own.chat_sessions.set_context(session_id, context)

    @staticmethod
    def _check_actor(session: ChatSession | None, actor: Actor) -> None:
        if session is None or (actor.visitor_id is not None and session.visitor_id != actor.visitor_id):
            raise NotFound("conversation not found")

    async def _publish(self, tenant_id: UUID, events: list[SessionEvent]) -> None:
        if not events:
            return
        try:
            await self.publisher.session_events(tenant_id, events)
        except Exception as exc:  # durable already; readers fill gaps from the log
            log.warning("publish failed for %d events of workspace %s: %r", len(events), tenant_id, exc)

    async def _publish_session(self, tenant_id: UUID, session: ChatSession) -> None:
        try:
            await self.publisher.session_changed(tenant_id, session)
        except Exception as exc:
            log.warning("publish failed for session %s: %r", session.id, exc)

    # --- members and integrators --------------------------------------------------------------------

    @staticmethod
    def member_actor(principal: Principal, permission: Permission = CONVERSATIONS_WRITE) -> Actor:
        principal.require(permission)
        return Actor(sender=Sender.human, user_id=principal.user_id)

    async def list_sessions(self, principal: Principal, filters: SessionFilter, limit: int, before: UUID | None, visitor_email: str | None = None) -> Page:
        principal.require(CONVERSATIONS_READ)
        if visitor_email:
            from dataclasses import replace

            filters = replace(filters, visitor_email_index=self.email_index(visitor_email))
        async with self.uow(principal.tenant_id) as uow:
            return await page_of(lambda n, b: uow.chat_sessions.list(filters, n, b), limit, before)

    async def get_session(self, principal: Principal, session_id: UUID) -> ChatSession:
        principal.require(CONVERSATIONS_READ)
        async with self.uow(principal.tenant_id) as uow:
            session = await uow.chat_sessions.get(session_id)
        if session is None:
            raise NotFound("conversation not found")
        return session

    async def visitor_details(self, principal: Principal, session_id: UUID) -> dict[str, str]:
        """What the visitor answered in the pre-chat form ({} when there was no form)."""
        principal.require(CONVERSATIONS_READ)
        async with self.uow(principal.tenant_id) as uow:
            if await uow.chat_sessions.get(session_id) is None:
                raise NotFound("conversation not found")
            return await uow.session_details.get(session_id) or {}

    async def transcript(self, principal: Principal, session_id: UUID, after_seq: int, limit: int) -> tuple[ChatSession, list[SessionEvent]]:
        principal.require(CONVERSATIONS_READ)
        async with self.uow(principal.tenant_id) as uow:
            session = await uow.chat_sessions.get(session_id)
            if session is None:
                raise NotFound("conversation not found")
            return session, await uow.chat_messages.after(session_id, max(0, after_seq), limit)

    async def export(self, principal: Principal, session_id: UUID) -> tuple[ChatSession, Visitor | None, list[SessionEvent], str]:
        """The whole conversation: session, visitor, every event, and a plain-text rendering."""
        principal.require(CONVERSATIONS_READ)
        async with self.uow(principal.tenant_id) as uow:
            session = await uow.chat_sessions.get(session_id)
            if session is None:
                raise NotFound("conversation not found")
            visitor = await uow.visitors.get(session.visitor_id)
            events = await every_event(uow, session_id)
        return session, visitor, events, transcript_text(session, events)

    async def close(self, principal: Principal, session_id: UUID) -> ChatSession:
        actor = self.member_actor(principal)
        session, _ = await self.change_status(principal.tenant_id, session_id, actor, SessionStatus.closed)
        return session

