"""Handoff use cases: escalation (rules on each visitor message, the assistant's handoff), the queue and its
routing, taking / transferring / handing back, the operator's context, canned responses and private notes.

The conversation's status belongs to the conversations context: a handoff row is written here first, then
that context's use case moves the conversation (queued: the AI falls silent; assigned; open again: the AI
answers the next message). Its status events come back to `on_*` below (through the outbox), so a status
changed elsewhere (an operator's socket, a visitor closing) keeps the handoffs right."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from domain.background import drain_tasks
from domain.chatbots.services import ChatbotService
from domain.conversations.events import (
    ConversationAssigned,
    ConversationClosed,
    ConversationStarted,
    HandoffRequested,
    MessageCreated,
)
from domain.conversations.model import EventKind, Sender, SessionEvent, SessionStatus
from domain.conversations.services import ConversationService
from domain.errors import Conflict, DomainError, InvalidInput, NotFound, PermissionDenied
from domain.handoff.events import HandoffResolved, HandoffTransferred
from domain.handoff.model import (
    CannedResponse,
    Escalation,
    Handoff,
    HandoffConfig,
    Line,
    Note,
    Operator,
    Team,
    asks_for_person,
    escalation,
    expected_wait,
    pick_operator,
    queue_order,
    render,
    summarize,
)
from domain.handoff.permissions import HANDOFF_MANAGE, HANDOFF_READ, HANDOFF_WORK
from domain.handoff.phrases import say
from domain.handoff.ports import Analyzer, Conversations, Drafts, HandoffUnitOfWork, Members, QueueDisplay, Transcripts
from domain.ids import new_id
from domain.ports import UnitOfWorkFactory
from domain.tenancy.model import Principal

log = logging.getLogger(__name__)

HISTORY = 40  # messages the rules look back on
CONFIG_TTL = 30.0  # seconds a process trusts its cached "does this workspace have handoff rules"


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class OperatorContext:
    """Everything an operator needs on taking a chat."""

    conversation: Any  # ChatSession
    visitor: Any  # Visitor | None
    transcript: list[SessionEvent]
    summary: str
    language: str | None
    intents: list[dict[str, Any]]
    sentiment_trend: list[dict[str, Any]]
    citations: list[dict[str, Any]]
    earlier_conversations: list[Any]
    handoff: Handoff | None
    transfers: list[dict[str, Any]]
    notes: list[Note]
    summary_source: str = "extractive"  # model: written by the chatbot's model


def _member(principal: Principal) -> UUID:
    if principal.user_id is None:
        raise PermissionDenied("this needs a member (an operator), not an API key")
    return principal.user_id


@dataclass
class HandoffService:
    uow: UnitOfWorkFactory[HandoffUnitOfWork]
    conversations: Conversations
    analyzer: Analyzer
    display: QueueDisplay
    members: Members
    transcripts: Transcripts
    clock: Callable[[], datetime] = _utcnow
    drafts: Drafts | None = None  # the assistant's model: summaries when the chatbot has one
    _has_rules: dict[UUID, tuple[float, bool]] = field(default_factory=dict, init=False, repr=False)
    _tasks: set[asyncio.Task[Any]] = field(default_factory=set, init=False, repr=False)
    _refreshing: set[UUID] = field(default_factory=set, init=False, repr=False)
    _announcing: set[UUID] = field(default_factory=set, init=False, repr=False)
    _announce_again: set[UUID] = field(default_factory=set, init=False, repr=False)
    _shown: dict[UUID, tuple[int, int, bool]] = field(default_factory=dict, init=False, repr=False)  # last queue frame

    def _later(self, work: Coroutine[Any, Any, Any]) -> None:
        """Routing and queue announcements after a visitor's message or a status event: not on the path of the
        visitor's ack (nor of the event dispatch), which only waits for the handoff itself."""
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("handoff routing failed: %r", task.exception())

    def _announce_soon(self, tenant_id: UUID) -> None:
        """Queue announcements coalesce: changes during one announcement cause one more, not one each (a burst of
        takes would otherwise re-announce the whole queue per take)."""
        if tenant_id in self._announcing:
            self._announce_again.add(tenant_id)
            return
        self._announcing.add(tenant_id)
        self._later(self._announce_while_changing(tenant_id))

    async def _announce_while_changing(self, tenant_id: UUID) -> None:
        try:
            while True:
                self._announce_again.discard(tenant_id)
                await self.announce_queue(tenant_id)
                if tenant_id not in self._announce_again:
                    return
        finally:
            self._announcing.discard(tenant_id)

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for routing in flight (tests, shutdown)."""
        await drain_tasks(self._tasks, timeout)

    # --- escalation ---------------------------------------------------------------------------------

    async def has_rules(self, tenant_id: UUID) -> bool:
        """Whether the workspace set handoff rules for any chatbot, from a per-process cache refreshed in the
        background (never on the visitor's ack path: a workspace without rules pays nothing per message). A
        workspace this process has not seen yet counts as without rules until the first refresh returns."""
        cached = self._has_rules.get(tenant_id)
        stale = cached is None or time.monotonic() - cached[0] >= CONFIG_TTL
        if stale and tenant_id not in self._refreshing:
            self._refreshing.add(tenant_id)
            self._later(self._refresh_rules(tenant_id))
        return cached[1] if cached is not None else False

    async def on_started(self, event: ConversationStarted) -> None:
        """A conversation started (outbox subscriber, in the visitor's entry request): the moment to learn whether
        its workspace has rules, before its messages arrive."""
        cached = self._has_rules.get(event.tenant_id)
        if (cached is None or time.monotonic() - cached[0] >= CONFIG_TTL) and event.tenant_id not in self._refreshing:
            self._refreshing.add(event.tenant_id)
            await self._refresh_rules(event.tenant_id)

    async def _refresh_rules(self, tenant_id: UUID) -> None:
        try:
            async with self.uow(tenant_id) as uow:
                found = await uow.handoff.any_config()
            if len(self._has_rules) > 10_000:
                self._has_rules.clear()
            self._has_rules[tenant_id] = (time.monotonic(), found)
        finally:
            self._refreshing.discard(tenant_id)

    async def on_visitor_message(self, tenant_id: UUID, event: SessionEvent) -> None:
        """The conversations hook (subscribed before the assistant's, so a handoff decided here is committed
        before the assistant looks at the conversation, and it stays silent)."""
        text = (event.content or "").strip()
        if event.sender is not Sender.customer or event.kind is not EventKind.message or not text:
            return
        if not await self.has_rules(tenant_id):
            return
        async with self.uow(tenant_id) as uow:
            session, events = await ConversationService.recent_messages(uow, event.session_id, HISTORY)
            if session.status is not SessionStatus.open:
                return  # already waiting for or talking to a person
            config = await uow.handoff.get_config(session.chatbot_id)
            if config is None or not config.enabled:
                return
            chatbot = await ChatbotService.find(uow, session.chatbot_id)
            visitor = await ConversationService.find_visitor(uow, session.visitor_id)
            handed_back = await uow.handoff.latest_for(session.id) is not None  # a VIP goes to a person once per chat
        languages = chatbot.languages if chatbot is not None else ["en"]
        history = [Line(e.sender.value, e.content or "", e.data or {}) for e in events if e.seq < event.seq]
        earlier = [h.content for h in history if h.sender == "customer" and h.content.strip()]
        attributes = dict(visitor.metadata or {}) if visitor is not None and not handed_back else {}
        current, earlier_sentiments = None, []
        if not asks_for_person(text, languages, config.phrases):  # a phrase decides alone: no analysis needed
            wanted = (config.negative_sentiment.messages - 1) if config.negative_sentiment else 0
            texts = [text] + (earlier[-wanted:][::-1] if wanted else [])
            signals = await self.analyzer.signals(tenant_id, session.chatbot_id, texts, languages, session.language)
            current = signals[0] if signals else None
            earlier_sentiments = [s.sentiment for s in reversed(signals[1:])]
        found = escalation(config, text, languages, current, earlier_sentiments, history, attributes)
        if found is not None:
            await self.request(tenant_id, session.id, session.chatbot_id, found, config,
                               language=(current.language if current else session.language), announce=True)

    async def wants_event(self, tenant_id: UUID, name: str) -> bool:
        """The conversations' event interest: chat messages become `message.created` events in workspaces with
        handoff rules, so an assistant reply that fails for the n-th time hands off at once."""
        return name == MessageCreated.name and await self.has_rules(tenant_id)

    async def on_message(self, event: MessageCreated) -> None:
        # Messages are events in every workspace (analytics folds them): only one with rules pays a read per reply.
        if event.sender == Sender.ai.value and await self.has_rules(event.tenant_id):
            self._later(self._after_reply(event))  # off the group commit's dispatch

    async def _after_reply(self, event: MessageCreated) -> None:
        async with self.uow(event.tenant_id) as uow:
            config = await uow.handoff.get_config(event.chatbot_id)
            if config is None or not config.enabled or not config.ai_failures:
                return
            session, events = await ConversationService.recent_messages(uow, event.conversation_id, HISTORY)
        if session.status is not SessionStatus.open:
            return
        history = [Line(e.sender.value, e.content or "", e.data or {}) for e in events if e.seq <= event.seq]
        found = escalation(HandoffConfig(ai_failures=config.ai_failures, person_intent=False, negative_sentiment=None,
                                         priority=config.priority), "", [], None, [], history, {})
        if found is not None:
            await self.request(event.tenant_id, session.id, session.chatbot_id, found, config, language=session.language,
                               announce=True)

    async def request(
        self, tenant_id: UUID, conversation_id: UUID, chatbot_id: UUID, found: Escalation, config: HandoffConfig | None,
        *, language: str | None, announce: bool,
    ) -> Handoff:
        """Queue the conversation for a person. A conversation waits once: a flood of requests is one entry."""
        handoff = Handoff(
            id=new_id(), tenant_id=tenant_id, conversation_id=conversation_id, chatbot_id=chatbot_id, trigger=found.trigger,
            reason=found.reason, team_id=config.team_id if config else None, priority=found.priority, language=language,
        )
        async with self.uow(tenant_id) as uow:
            if not await uow.handoff.add(handoff):
                existing = await uow.handoff.active_for(conversation_id)
                return existing or handoff
        if announce:
            try:
                await self.conversations.say(tenant_id, conversation_id, say("connecting", language),
                                             {"handoff": {"trigger": found.trigger, "reason": found.reason}})
            except DomainError:
                pass  # closed meanwhile: found below
        if not await self.conversations.queue(tenant_id, conversation_id):  # the AI falls silent (routing follows the event)
            async with self.uow(tenant_id) as uow:
                session, _ = await ConversationService.recent_messages(uow, conversation_id, 0)
            if session.status is SessionStatus.closed:  # closed meanwhile
                await self._resolve(tenant_id, conversation_id, "cancelled")
        return handoff

    # --- the conversations' status events (outbox subscribers; idempotent) ---------------------------

    async def on_requested(self, event: HandoffRequested) -> None:
        """The conversation was queued: by the assistant (its handoff tool or rule), an operator, or this context."""
        tenant_id = event.tenant_id
        async with self.uow(tenant_id) as uow:
            existing = await uow.handoff.active_for(event.conversation_id)
            if existing is not None and existing.status == "assigned":
                await uow.handoff.requeue(existing.id, existing.team_id)  # put back in the queue elsewhere
            elif existing is None:
                session, events = await ConversationService.recent_messages(uow, event.conversation_id, 5)
                if session.status is not SessionStatus.queued:
                    return
                config = await uow.handoff.get_config(event.chatbot_id)
                reason = next((str(e.data["handoff"].get("reason")) for e in reversed(events)
                               if e.sender is Sender.ai and isinstance(e.data.get("handoff"), dict)), None)
                await uow.handoff.add(Handoff(
                    id=new_id(), tenant_id=tenant_id, conversation_id=event.conversation_id, chatbot_id=event.chatbot_id,
                    trigger="tool" if event.by == "ai" else event.by, reason=reason or f"queued by {event.by}",
                    team_id=config.team_id if config else None, priority=config.priority if config else 0,
                    language=session.language,
                ))
        self._later(self.route(tenant_id))

    async def on_assigned(self, event: ConversationAssigned) -> None:
        if event.assigned_user_id is None:
            return
        async with self.uow(event.tenant_id) as uow:
            existing = await uow.handoff.active_for(event.conversation_id)
            if existing is None:
                session, _ = await ConversationService.recent_messages(uow, event.conversation_id, 0)
                await uow.handoff.add(Handoff(
                    id=new_id(), tenant_id=event.tenant_id, conversation_id=event.conversation_id, chatbot_id=event.chatbot_id,
                    trigger="operator", reason="an operator took the conversation", language=session.language,
                    status="assigned", operator_id=event.assigned_user_id, assigned_by="take",
                    requested_at=self.clock(), assigned_at=self.clock(),
                ))
            elif existing.operator_id != event.assigned_user_id:
                await uow.handoff.assign(existing.id, event.assigned_user_id, "operator")
        self._announce_soon(event.tenant_id)

    async def on_closed(self, event: ConversationClosed) -> None:
        if await self._resolve(event.tenant_id, event.conversation_id, "closed"):
            self._later(self.route(event.tenant_id))

    async def _resolve(self, tenant_id: UUID, conversation_id: UUID, resolution: str) -> Handoff | None:
        async with self.uow(tenant_id) as uow:
            active = await uow.handoff.active_for(conversation_id)
            if active is None:
                return None
            done = await uow.handoff.resolve(active.id, resolution)
            if done is not None:
                uow.record(HandoffResolved(
                    tenant_id=tenant_id, handoff_id=done.id, conversation_id=done.conversation_id, chatbot_id=done.chatbot_id,
                    operator_id=done.operator_id, resolution=resolution,
                    wait_seconds=done.seconds(done.requested_at, done.assigned_at),
                    handle_seconds=done.seconds(done.assigned_at, done.resolved_at),
                ))
            return done

    # --- routing ---------------------------------------------------------------------------------------

    async def route(self, tenant_id: UUID) -> list[Handoff]:
        """Assign what waits to online operators with free capacity (per team: least busy or round robin,
        within business hours). Serialised per workspace, so capacity is never exceeded."""
        now = self.clock()
        assigned: list[Handoff] = []
        async with self.uow(tenant_id) as uow:
            await uow.handoff.lock_routing()
            waiting = queue_order(await uow.handoff.queued())
            if waiting:
                snoozed = await uow.handoff.snoozed(now)  # a snoozed chat waits until its time
                waiting = [h for h in waiting if h.conversation_id not in snoozed]
            if waiting:
                operators = await uow.handoff.operators()
                teams = {t.id: t for t in await uow.handoff.list_teams()}
                for handoff in waiting:
                    team = teams.get(handoff.team_id) if handoff.team_id else None
                    if team is not None and not team.open_at(now):
                        continue
                    chosen = pick_operator(handoff, team, operators)
                    if chosen is None:
                        continue
                    done = await uow.handoff.assign(handoff.id, chosen.user_id, "routing")
                    if done is None:
                        continue
                    chosen.active += 1
                    chosen.last_assigned_at = now
                    if team is not None:
                        team.last_assigned = chosen.user_id
                        await uow.handoff.set_last_assigned(team.id, chosen.user_id)
                    assigned.append(done)
        for handoff in assigned:
            try:
                await self.conversations.assign(tenant_id, handoff.conversation_id, handoff.operator_id)  # type: ignore[arg-type]
            except DomainError:  # closed meanwhile
                await self._resolve(tenant_id, handoff.conversation_id, "cancelled")
        self._announce_soon(tenant_id)
        return assigned

    async def announce_queue(self, tenant_id: UUID) -> None:
        """Tell every waiting visitor their place and expected wait; when nobody can take their chat (team
        closed, nobody online), the away message, written once into the conversation."""
        now = self.clock()
        async with self.uow(tenant_id) as uow:
            waiting = queue_order(await uow.handoff.queued())
            if not waiting:
                return
            operators = await uow.handoff.operators()
            teams = {t.id: t for t in await uow.handoff.list_teams()}
            average = await uow.handoff.average_wait()
            configs: dict[UUID, HandoffConfig | None] = {}
            for h in waiting:
                if h.chatbot_id not in configs:
                    configs[h.chatbot_id] = await uow.handoff.get_config(h.chatbot_id)
        places: dict[UUID | None, int] = {}
        for h in waiting:
            team = teams.get(h.team_id) if h.team_id else None
            places[h.team_id] = position = places.get(h.team_id, 0) + 1
            online = [o for o in operators if o.status == "online" and o.capacity > 0
                      and (team is None or o.user_id in team.members)]
            away = not online or (team is not None and not team.open_at(now))
            config = configs.get(h.chatbot_id)
            message = None
            if away:
                message = (config.away_message if config and config.away_message else None) or (
                    team.business_hours.away_message if team and team.business_hours and team.business_hours.away_message else None
                ) or say("away", h.language)
            wait = expected_wait(position, average, len(online))
            if self._shown.get(h.conversation_id) != (position, wait, away):  # only what changed (per process)
                try:
                    await self.display.queue_status(tenant_id, h.conversation_id, position, wait, away, message)
                    if len(self._shown) > 100_000:
                        self._shown.clear()
                    self._shown[h.conversation_id] = (position, wait, away)
                except Exception as exc:  # noqa: BLE001 - best effort: the next change sends it again
                    log.warning("queue status not published: %r", exc)
            if away and not h.away_notified and message:
                try:
                    await self.conversations.say(tenant_id, h.conversation_id, message, {"handoff": {"away": True}})
                except DomainError:
                    continue
                async with self.uow(tenant_id) as uow:
                    await uow.handoff.mark_away_notified(h.id)

    # --- operators at work ------------------------------------------------------------------------------

    async def take(self, principal: Principal, conversation_id: UUID) -> Handoff:
        """An atomic claim: of operators taking the same chat at once exactly one wins; the others get a
        Conflict naming who has it. An open conversation (with the AI) can be taken over directly."""
        principal.require(HANDOFF_WORK)
        user_id = _member(principal)
        now = self.clock()
        claimed: Handoff | None = None
        holder: UUID | None = None
        async with self.uow(principal.tenant_id) as uow:
            await uow.handoff.lock_routing()
            active = await uow.handoff.active_for(conversation_id)
            if active is None:
                session, _ = await ConversationService.recent_messages(uow, conversation_id, 0)  # 404 if unknown
                if session.status is SessionStatus.closed:
                    raise Conflict("this conversation is closed")
                claimed = Handoff(
                    id=new_id(), tenant_id=principal.tenant_id, conversation_id=conversation_id, chatbot_id=session.chatbot_id,
                    trigger="operator", reason="an operator took the conversation", language=session.language,
                    status="assigned", operator_id=user_id, assigned_by="take", requested_at=now, assigned_at=now,
                )
                await uow.handoff.add(claimed)
            elif active.status == "assigned":
                holder = active.operator_id
            else:
                claimed = await uow.handoff.claim(active.id, user_id, "take")
                if claimed is None:
                    raise Conflict("the conversation was taken or resolved meanwhile")
        if active is not None and active.status == "assigned":
            if holder == user_id:
                return active
            name = await self.members.name(principal, holder) if holder else None
            raise Conflict(f"already taken by {name or 'another operator'} ({holder})")
        assert claimed is not None
        try:
            await self.conversations.assign(principal.tenant_id, conversation_id, user_id)
        except DomainError:
            await self._resolve(principal.tenant_id, conversation_id, "cancelled")
            raise Conflict("this conversation is closed") from None
        self._announce_soon(principal.tenant_id)
        return claimed

    async def _active(self, principal: Principal, conversation_id: UUID) -> Handoff:
        async with self.uow(principal.tenant_id) as uow:
            active = await uow.handoff.active_for(conversation_id)
            if active is None:
                await ConversationService.recent_messages(uow, conversation_id, 0)  # 404 if unknown
                raise Conflict("this conversation is not with a person (no handoff in progress)")
        return active

    async def transfer(self, principal: Principal, conversation_id: UUID, to_user_id: UUID | None, to_team_id: UUID | None,
                       note: str | None) -> Handoff:
        principal.require(HANDOFF_WORK)
        if (to_user_id is None) == (to_team_id is None):
            raise InvalidInput("give exactly one of to_user_id and to_team_id", field="to_user_id")
        if note is not None and len(note) > 2000:
            raise InvalidInput("note must be at most 2000 characters", field="note")
        active = await self._active(principal, conversation_id)
        async with self.uow(principal.tenant_id) as uow:
            await uow.handoff.lock_routing()
            if to_user_id is not None:
                operator = await uow.handoff.get_operator(to_user_id)
                if operator is None or operator.status != "online":
                    raise InvalidInput("that operator is not online", field="to_user_id")
                moved = await uow.handoff.assign(active.id, to_user_id, "transfer")
            else:
                if await uow.handoff.get_team(to_team_id) is None:  # type: ignore[arg-type]
                    raise InvalidInput("no such team", field="to_team_id")
                await uow.handoff.requeue(active.id, to_team_id)
                moved = await uow.handoff.get(active.id)
            if moved is None:
                raise Conflict("the handoff was resolved meanwhile")
            await uow.handoff.add_transfer(active.id, principal.user_id, to_user_id, to_team_id, note)
            if note:
                await uow.handoff.add_note(Note(id=new_id(), tenant_id=principal.tenant_id, conversation_id=conversation_id,
                                                body=f"Transfer note: {note}", author_user_id=principal.user_id))
            uow.record(HandoffTransferred(
                tenant_id=principal.tenant_id, handoff_id=active.id, conversation_id=conversation_id, chatbot_id=active.chatbot_id,
                from_user_id=active.operator_id, to_user_id=to_user_id, to_team_id=to_team_id,
            ))
        if to_user_id is not None:
            await self.conversations.assign(principal.tenant_id, conversation_id, to_user_id)
            self._announce_soon(principal.tenant_id)
        else:
            if active.status == "assigned":
                await self.conversations.queue(principal.tenant_id, conversation_id)
            await self.route(principal.tenant_id)
        return moved

    async def unassign(self, principal: Principal, conversation_id: UUID) -> Handoff:
        principal.require(HANDOFF_WORK)
        active = await self._active(principal, conversation_id)
        if active.status != "assigned":
            raise Conflict("this conversation is not assigned")
        async with self.uow(principal.tenant_id) as uow:
            await uow.handoff.requeue(active.id, active.team_id)
        await self.conversations.queue(principal.tenant_id, conversation_id)
        await self.route(principal.tenant_id)
        return await self._active(principal, conversation_id)

    async def set_priority(self, principal: Principal, conversation_id: UUID, priority: int) -> Handoff:
        principal.require(HANDOFF_WORK)
        if not -100 <= priority <= 100:
            raise InvalidInput("priority must be between -100 and 100", field="priority")
        active = await self._active(principal, conversation_id)
        async with self.uow(principal.tenant_id) as uow:
            await uow.handoff.set_priority(active.id, priority)
        active.priority = priority
        await self.route(principal.tenant_id)
        return active

    async def hand_back(self, principal: Principal, conversation_id: UUID) -> Handoff:
        """Back to the AI: it answers the visitor's next message; the visitor is asked for a rating."""
        principal.require(HANDOFF_WORK)
        active = await self._active(principal, conversation_id)
        await self.conversations.reopen(principal.tenant_id, conversation_id, principal.user_id)
        done = await self._resolve(principal.tenant_id, conversation_id, "handed_back") or active
        await self._ask_rating(principal.tenant_id, done)
        await self.route(principal.tenant_id)  # the operator has room again
        return done

    async def close(self, principal: Principal, conversation_id: UUID) -> Handoff | None:
        principal.require(HANDOFF_WORK)
        async with self.uow(principal.tenant_id) as uow:
            active = await uow.handoff.active_for(conversation_id)
            session, _ = await ConversationService.recent_messages(uow, conversation_id, 0)
        if session.status is SessionStatus.closed:
            raise Conflict("this conversation is closed")
        if active is not None:
            await self._ask_rating(principal.tenant_id, active)
        done = await self._resolve(principal.tenant_id, conversation_id, "closed")
        await self.conversations.close(principal.tenant_id, conversation_id, principal.user_id)
        await self.route(principal.tenant_id)
        return done

    async def _ask_rating(self, tenant_id: UUID, handoff: Handoff) -> None:
        async with self.uow(tenant_id) as uow:
            config = await uow.handoff.get_config(handoff.chatbot_id)
        if config is None or config.csat:
            try:
                await self.conversations.say(tenant_id, handoff.conversation_id, say("csat", handoff.language),
                                             {"csat_request": True, "scale": [1, 5]})
            except DomainError:
                pass

    async def reply(self, principal: Principal, conversation_id: UUID, content: str, client_id: str | None) -> tuple[int, str]:
        """The operator's message to the visitor; `/shortcut …` starts with a canned response (variables filled)."""
        principal.require(HANDOFF_WORK)
        user_id = _member(principal)
        text = content.strip()
        if text.startswith("/"):
            text = await self.expand(principal, conversation_id, text)
        name = await self.members.name(principal, user_id)
        data = {"sender_name": name.split()[0]} if name and name.strip() else {}
        seq = await self.conversations.post_as(principal.tenant_id, conversation_id, user_id, text, data, client_id)
        return seq, text

    async def expand(self, principal: Principal, conversation_id: UUID, text: str) -> str:
        """`/shortcut rest…` → the canned response (personal first, then team, then workspace), rendered."""
        principal.require(HANDOFF_READ)
        shortcut, _, rest = text[1:].partition(" ")
        async with self.uow(principal.tenant_id) as uow:
            session, _ = await ConversationService.recent_messages(uow, conversation_id, 0)
            visitor = await ConversationService.find_visitor(uow, session.visitor_id)
            teams = [t.id for t in await uow.handoff.list_teams() if principal.user_id in t.members]
            candidates = [c for c in await uow.handoff.list_canned(principal.user_id, teams) if c.shortcut == shortcut.lower()]
        if not candidates:
            raise InvalidInput(f"no canned response /{shortcut}", field="content")
        canned = min(candidates, key=lambda c: 0 if c.owner_user_id else 1 if c.team_id else 2)
        operator = await self.members.name(principal, principal.user_id) if principal.user_id else None
        visitor_name = (visitor.name if visitor is not None else None) or ""
        variables = {
            "visitor.name": visitor_name, "visitor.first_name": visitor_name.split()[0] if visitor_name.strip() else "",
            "visitor.email": (visitor.email if visitor is not None else None) or "",
            "operator.name": operator or "", "operator.first_name": (operator or "").split()[0] if (operator or "").strip() else "",
        }
        body = render(canned.body, variables)
        return f"{body} {rest.strip()}".strip()

    # --- the operator's context ------------------------------------------------------------------------

    async def context(self, principal: Principal, conversation_id: UUID) -> OperatorContext:
        principal.require(HANDOFF_READ)
        session, visitor, events = await self.transcripts.export(principal, conversation_id)
        messages = [e for e in events if e.kind is EventKind.message]
        lines = [Line(e.sender.value, e.content or "", e.data or {}) for e in messages]
        intents, trend, citations, seen = [], [], [], set()
        language = session.language
        for e in messages:
            analysis = (e.data or {}).get("analysis") if e.sender is Sender.ai else None
            if isinstance(analysis, dict):
                at = (e.data or {}).get("in_reply_to_seq")
                intents.append({"seq": at, "intent": analysis.get("intent"), "confidence": analysis.get("intent_confidence")})
                trend.append({"seq": at, "sentiment": analysis.get("sentiment"), "label": analysis.get("sentiment_label")})
                language = analysis.get("language") or language
            for c in (e.data or {}).get("citations") or [] if e.sender is Sender.ai else []:
                key = (c.get("document_id"), c.get("url"), c.get("title"))
                if key not in seen:
                    seen.add(key)
                    citations.append({k: c.get(k) for k in ("title", "url", "quote", "document_id")} | {"seq": e.seq})
        earlier = [s for s in await self.transcripts.earlier(principal, session.visitor_id, 11) if s.id != conversation_id][:10]
        async with self.uow(principal.tenant_id) as uow:
            active = await uow.handoff.active_for(conversation_id)
            latest = active or await uow.handoff.latest_for(conversation_id)
            transfers = await uow.handoff.transfers(latest.id) if latest else []
            notes = await uow.handoff.notes(conversation_id)
        summary, source = summarize(lines), "extractive"
        if self.drafts is not None and lines:
            try:
                written = await self.drafts.summary(principal.tenant_id, conversation_id, [(x.sender, x.content) for x in lines])
            except Exception as exc:  # noqa: BLE001 - the extractive summary is always there
                log.warning("model summary failed: %r", exc)
                written = None
            if written:
                summary, source = written, "model"
        return OperatorContext(
            conversation=session, visitor=visitor, transcript=events, summary=summary, language=language,
            intents=intents, sentiment_trend=trend, citations=citations, earlier_conversations=earlier,
            handoff=latest, transfers=transfers, notes=notes, summary_source=source,
        )

    # --- listings ----------------------------------------------------------------------------------------

    async def list_handoffs(self, principal: Principal, status: str | None, mine: bool, limit: int,
                            before: UUID | None, tag: str | None = None, snoozed: bool = False) -> list[Handoff]:
        """Snoozed conversations leave the queue and "mine" until their time (`snoozed=True`: only those);
        `tag`: only conversations with that tag."""
        principal.require(HANDOFF_READ)
        if status is not None and status not in ("queued", "assigned", "resolved"):
            raise InvalidInput("status must be queued, assigned or resolved", field="status")
        operator = _member(principal) if mine else None
        async with self.uow(principal.tenant_id) as uow:
            asleep = await uow.handoff.snoozed(self.clock())
            tagged = await uow.handoff.tagged(tag.strip().lower()) if tag else None
            if status == "queued" and not mine:
                found = queue_order(await uow.handoff.queued())
            else:
                found = await uow.handoff.list(status, operator, limit if not (asleep or tagged is not None) else 1000, before)

        def shown(h: Handoff) -> bool:
            if tagged is not None and h.conversation_id not in tagged:
                return False
            if snoozed:
                return h.conversation_id in asleep
            return h.status == "resolved" or h.conversation_id not in asleep

        return [h for h in found if shown(h)][:limit]

    async def get_handoff(self, principal: Principal, handoff_id: UUID) -> Handoff:
        principal.require(HANDOFF_READ)
        async with self.uow(principal.tenant_id) as uow:
            found = await uow.handoff.get(handoff_id)
        if found is None:
            raise NotFound("handoff not found")
        return found

    # --- settings, teams, operators -------------------------------------------------------------------

    async def get_config(self, principal: Principal, chatbot_id: UUID) -> HandoffConfig:
        principal.require(HANDOFF_READ)
        async with self.uow(principal.tenant_id) as uow:
            if await ChatbotService.find(uow, chatbot_id) is None:
                raise NotFound("chatbot not found")
            return await uow.handoff.get_config(chatbot_id) or HandoffConfig(enabled=False)

    async def put_config(self, principal: Principal, chatbot_id: UUID, config: HandoffConfig) -> HandoffConfig:
        principal.require(HANDOFF_MANAGE)
        config.validate()
        async with self.uow(principal.tenant_id) as uow:
            if await ChatbotService.find(uow, chatbot_id) is None:
                raise NotFound("chatbot not found")
            if config.team_id is not None and await uow.handoff.get_team(config.team_id) is None:
                raise InvalidInput("no such team", field="team_id")
            await uow.handoff.put_config(chatbot_id, config)
            enabled = config.enabled or await uow.handoff.any_config()
        self._has_rules[principal.tenant_id] = (time.monotonic(), enabled)  # at once in this process; others refresh
        return config

    async def _check_members(self, principal: Principal, members: list[UUID]) -> None:
        for user_id in members:
            if not await self.members.exists(principal, user_id):
                raise InvalidInput(f"{user_id} is not a member of this workspace", field="members")

    async def create_team(self, principal: Principal, team: Team) -> Team:
        principal.require(HANDOFF_MANAGE)
        team.validate()
        await self._check_members(principal, team.members)
        async with self.uow(principal.tenant_id) as uow:
            if any(t.name == team.name for t in await uow.handoff.list_teams()):
                raise Conflict("a team with that name exists")
            await uow.handoff.add_team(team)
        return team

    async def update_team(self, principal: Principal, team_id: UUID, changes: dict[str, Any]) -> Team:
        principal.require(HANDOFF_MANAGE)
        async with self.uow(principal.tenant_id) as uow:
            team = await uow.handoff.get_team(team_id)
            if team is None:
                raise NotFound("team not found")
            for key, value in changes.items():
                setattr(team, key, value)
            team.validate()
            if "members" in changes:
                await self._check_members(principal, team.members)
            if any(t.name == team.name and t.id != team.id for t in await uow.handoff.list_teams()):
                raise Conflict("a team with that name exists")
            await uow.handoff.update_team(team)
        await self.route(principal.tenant_id)
        return team

    async def delete_team(self, principal: Principal, team_id: UUID) -> None:
        principal.require(HANDOFF_MANAGE)
        async with self.uow(principal.tenant_id) as uow:
            if not await uow.handoff.delete_team(team_id):
                raise NotFound("team not found")

    async def list_teams(self, principal: Principal) -> list[Team]:
        principal.require(HANDOFF_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await uow.handoff.list_teams()

    async def get_team(self, principal: Principal, team_id: UUID) -> Team:
        principal.require(HANDOFF_READ)
        async with self.uow(principal.tenant_id) as uow:
            team = await uow.handoff.get_team(team_id)
        if team is None:
            raise NotFound("team not found")
        return team

    async def list_operators(self, principal: Principal) -> list[Operator]:
        """Every operator's status and load, as teammates see it."""
        principal.require(HANDOFF_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await uow.handoff.operators()

    async def set_operator(self, principal: Principal, changes: dict[str, Any]) -> Operator:
        """The caller's own status (online / away / offline), capacity, languages and skills."""
        principal.require(HANDOFF_WORK)
        user_id = _member(principal)
        async with self.uow(principal.tenant_id) as uow:
            operator = await uow.handoff.get_operator(user_id) or Operator(tenant_id=principal.tenant_id, user_id=user_id)
            for key, value in changes.items():
                setattr(operator, key, value)
            operator.validate()
            await uow.handoff.put_operator(operator)
            operator = await uow.handoff.get_operator(user_id) or operator
        if operator.status == "online":
            await self.route(principal.tenant_id)
        else:
            self._announce_soon(principal.tenant_id)
        return operator

    # --- canned responses and notes ------------------------------------------------------------------

    async def create_canned(self, principal: Principal, canned: CannedResponse, personal: bool) -> CannedResponse:
        if personal:
            principal.require(HANDOFF_WORK)
            canned.owner_user_id, canned.team_id = _member(principal), None
        else:
            principal.require(HANDOFF_MANAGE)
        canned.shortcut = canned.shortcut.lower()
        canned.validate()
        async with self.uow(principal.tenant_id) as uow:
            if canned.team_id is not None and await uow.handoff.get_team(canned.team_id) is None:
                raise InvalidInput("no such team", field="team_id")
            clash = [c for c in await uow.handoff.list_canned(canned.owner_user_id, [canned.team_id] if canned.team_id else [])
                     if c.shortcut == canned.shortcut and c.owner_user_id == canned.owner_user_id and c.team_id == canned.team_id]
            if clash:
                raise Conflict(f"/{canned.shortcut} exists already")
            await uow.handoff.add_canned(canned)
        return canned

    async def list_canned(self, principal: Principal) -> list[CannedResponse]:
        """What the caller can use: personal, their teams' and the workspace's."""
        principal.require(HANDOFF_READ)
        async with self.uow(principal.tenant_id) as uow:
            teams = [t.id for t in await uow.handoff.list_teams() if principal.user_id in t.members]
            return await uow.handoff.list_canned(principal.user_id, teams)

    async def delete_canned(self, principal: Principal, canned_id: UUID) -> None:
        principal.require(HANDOFF_WORK)
        async with self.uow(principal.tenant_id) as uow:
            canned = await uow.handoff.get_canned(canned_id)
            if canned is None or (canned.owner_user_id is not None and canned.owner_user_id != principal.user_id):
                raise NotFound("canned response not found")
            if canned.owner_user_id is None:
                principal.require(HANDOFF_MANAGE)
            await uow.handoff.delete_canned(canned_id)

    async def add_note(self, principal: Principal, conversation_id: UUID, body: str) -> Note:
        principal.require(HANDOFF_WORK)
        note = Note(id=new_id(), tenant_id=principal.tenant_id, conversation_id=conversation_id, body=body,
                    author_user_id=principal.user_id)
        note.validate()
        async with self.uow(principal.tenant_id) as uow:
            await ConversationService.recent_messages(uow, conversation_id, 0)  # 404 if unknown
            await uow.handoff.add_note(note)
        return note

    async def notes(self, principal: Principal, conversation_id: UUID) -> list[Note]:
        principal.require(HANDOFF_READ)
        async with self.uow(principal.tenant_id) as uow:
            await ConversationService.recent_messages(uow, conversation_id, 0)
            return await uow.handoff.notes(conversation_id)
