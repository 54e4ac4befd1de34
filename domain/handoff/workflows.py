"""What runs on the clock and around the handoffs: operators going away when idle (and back on activity),
routing when a team's hours open or an operator frees up, e-mail to an assignee who is not online while a
visitor waits, the visitor's e-mail left while nobody can answer, the teams' service levels (first-response
targets and escalation rules, breaches recorded once), operator performance, tags and snoozes.

The clock (`tick`) is a worker cron over the workspaces with something to watch; every step is idempotent
(a breach is recorded once per handoff and rule, a wait is mailed once), so two workers or a re-run change
nothing twice."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol
from uuid import UUID

from domain.background import drain_tasks
from domain.conversations.events import FeedbackReceived, MessageCreated
from domain.conversations.model import Sender, SessionStatus
from domain.conversations.services import ConversationService
from domain.errors import Conflict, DomainError, InvalidInput, NotFound
from domain.handoff.events import HandoffBreached, HandoffContactLeft
from domain.handoff.model import Breach, Handoff, Operator, due_rules, first_response_breach, idle
from domain.handoff.permissions import HANDOFF_READ, HANDOFF_WORK
from domain.handoff.phrases import say
from domain.handoff.ports import Conversations, Drafts, HandoffUnitOfWork, Suggestion
from domain.handoff.services import HandoffService, _member
from domain.ids import new_id
from domain.ports import UnitOfWorkFactory
from domain.tenancy.model import Principal

log = logging.getLogger(__name__)

NOTIFY_JOB = "handoff_notify"
EMAIL = re.compile(r"^[^@\s<>\"']{1,64}@[^@\s<>\"']{1,190}\.[A-Za-z]{2,}$")
TAG = re.compile(r"^[\w][\w .:/-]{0,39}$", re.UNICODE)
INTEREST_TTL = 30.0


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Mailer(Protocol):
    async def send(self, to: str, subject: str, text: str) -> None: ...


class MemberDirectory(Protocol):
    """The tenancy context's members, for notices sent by the clock (no caller to act as)."""

    async def contact(self, tenant_id: UUID, user_id: UUID) -> tuple[str | None, str | None]: ...  # (name, email)


class Leads(Protocol):
    """The assistant's leads (stored, `lead.captured` emitted)."""

    async def capture(self, tenant_id: UUID, chatbot_id: UUID, conversation_id: UUID, name: str | None, email: str,
                      note: str | None) -> UUID: ...


class Visitors(Protocol):
    """The conversations context's visitor contact fields."""

    async def set_contact(self, tenant_id: UUID, visitor_id: UUID, email: str, name: str | None) -> None: ...


@dataclass
class Performance:
    operator_id: UUID
    day: date
    chats_handled: int
    first_response_seconds: float | None
    average_response_seconds: float | None
    handle_seconds: float | None
    resolutions: int
    csat: float | None
    ratings: int


@dataclass
class Workload:
    user_id: UUID
    status: str
    active: int
    capacity: int
    teams: list[UUID]


@dataclass
class HandoffWorkflows:
    uow: UnitOfWorkFactory[HandoffUnitOfWork]
    handoff: HandoffService
    conversations: Conversations
    directory: MemberDirectory
    leads: Leads
    visitors: Visitors
    busy_tenants: Callable[[], Awaitable[list[UUID]]]
    mailer: Mailer | None = None
    drafts: Drafts | None = None
    away_after_seconds: int = 600
    wait_mail_after_seconds: int = 60
    console_url: str = "http://localhost:8000/console"
    touch_every: float = 15.0  # seconds between two activity writes of one operator (per process)
    clock: Callable[[], datetime] = _utcnow
    _touched: dict[tuple[UUID, UUID], float] = field(default_factory=dict, init=False, repr=False)
    _interest: dict[UUID, tuple[float, bool]] = field(default_factory=dict, init=False, repr=False)
    _tasks: set[asyncio.Task[Any]] = field(default_factory=set, init=False, repr=False)

    # --- activity and auto-away ------------------------------------------------------------------------

    async def touch(self, tenant_id: UUID, user_id: UUID) -> None:
        """The operator used the API or their socket: their idle clock restarts; if they were away because idle,
        they are online again (and the queue is routed to them). Written at most every `touch_every` seconds."""
        key, now = (tenant_id, user_id), time.monotonic()
        last = self._touched.get(key)
        if last is not None and now - last < self.touch_every:
            return
        if len(self._touched) > 50_000:
            self._touched.clear()
        self._touched[key] = now
        async with self.uow(tenant_id) as uow:
            back = await uow.handoff.touch(user_id, self.clock())
        if back:
            await self.handoff.route(tenant_id)

    async def go_idle(self, tenant_id: UUID) -> list[UUID]:
        """Online operators idle for their auto-away time become away (shown so to teammates)."""
        now = self.clock()
        async with self.uow(tenant_id) as uow:
            operators = await uow.handoff.operators()
            idle_ones = [o.user_id for o in operators if idle(o, self.away_after_seconds, now)]
            gone = await uow.handoff.set_auto_away(idle_ones, now) if idle_ones else []
        for user_id in gone:
            self._touched.pop((tenant_id, user_id), None)  # their next activity is written at once
        return gone

    # --- the clock ---------------------------------------------------------------------------------------

    async def tick_all(self) -> int:
        """The worker's cron: every workspace with something to watch."""
        done = 0
        for tenant_id in await self.busy_tenants():
            try:
                await self.tick(tenant_id)
                done += 1
            except Exception:  # one workspace's trouble must not stop the others'
                log.exception("handoff clock failed for a workspace", extra={"tenant_id": str(tenant_id)})
        return done

    async def tick(self, tenant_id: UUID) -> dict[str, int]:
        gone = await self.go_idle(tenant_id)
        woken = await self.wake(tenant_id)
        breaches = await self.check_service_levels(tenant_id)
        routed = await self.handoff.route(tenant_id)  # hours opened, capacity freed, operators back
        mailed = await self.mail_waiting(tenant_id)
        return {"away": len(gone), "woken": len(woken), "breaches": breaches, "routed": len(routed), "mailed": mailed}

    # --- a visitor waiting on an assignee who is not online -----------------------------------------------

    async def wants_event(self, tenant_id: UUID, name: str) -> bool:
        """Chat messages become events where handoffs are at work (operators set up): response times and waits
        are measured from them."""
        if name != MessageCreated.name:
            return False
        cached = self._interest.get(tenant_id)
        if cached is None or time.monotonic() - cached[0] >= (INTEREST_TTL if cached[1] else 3.0):  # a first operator counts soon
            async with self.uow(tenant_id) as uow:
                staffed = bool(await uow.handoff.operators())
            if len(self._interest) > 10_000:
                self._interest.clear()
            self._interest[tenant_id] = cached = (time.monotonic(), staffed)
        return cached[1]

    async def on_message(self, event: MessageCreated) -> None:
        """Waits and responses, measured off the dispatch (which the visitor's ack waits for)."""
        if event.sender in (Sender.customer.value, Sender.human.value):
            task = asyncio.create_task(self._track(event))
            self._tasks.add(task)
            task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("handoff message tracking failed: %r", task.exception())

    async def drain(self, timeout: float = 10.0) -> None:
        await drain_tasks(self._tasks, timeout)

    async def _track(self, event: MessageCreated) -> None:
        if event.sender == Sender.customer.value:
            async with self.uow(event.tenant_id) as uow:
                handoff = await uow.handoff.visitor_wrote(event.conversation_id, event.occurred_at)
                if handoff is None or handoff.status != "assigned" or handoff.operator_id is None or handoff.wait_mailed:
                    return
                operator = await uow.handoff.get_operator(handoff.operator_id)
                if operator is not None and operator.status == "online":
                    return  # the clock mails them if they stay silent and go offline
                if await uow.handoff.mark_wait_mailed(handoff.id):
                    uow.enqueue(NOTIFY_JOB, str(event.tenant_id), "visitor_waiting", str(handoff.id),
                                job_id=f"handoff-wait:{handoff.id}:{event.message_id}")
        elif event.sender == Sender.human.value:
            async with self.uow(event.tenant_id) as uow:
                await uow.handoff.person_wrote(event.conversation_id, event.occurred_at)

    async def mail_waiting(self, tenant_id: UUID) -> int:
        """Assignees not online whose visitor has waited `wait_mail_after_seconds`: one e-mail per wait."""
        now = self.clock()
        mailed = 0
        async with self.uow(tenant_id) as uow:
            waiting = await uow.handoff.waiting(now - timedelta(seconds=self.wait_mail_after_seconds))
            if not waiting:
                return 0
            online = {o.user_id for o in await uow.handoff.operators() if o.status == "online"}
            for h in waiting:
                if h.operator_id in online:
                    continue
                if await uow.handoff.mark_wait_mailed(h.id):
                    uow.enqueue(NOTIFY_JOB, str(tenant_id), "visitor_waiting", str(h.id),
                                job_id=f"handoff-wait:{h.id}:{h.waiting_since.isoformat() if h.waiting_since else ''}")
                    mailed += 1
        return mailed

    async def on_feedback(self, event: FeedbackReceived) -> None:
        async with self.uow(event.tenant_id) as uow:
            await uow.handoff.set_csat(event.conversation_id, event.rating)

    # --- notices (a worker job) ---------------------------------------------------------------------------

    async def notify(self, tenant_id: UUID, kind: str, handoff_id: UUID, extra: dict[str, Any] | None = None) -> int:
        """E-mail about a handoff: `visitor_waiting` to its assignee, `contact_left` to its team (or every
        operator), `breach` to the team lead. Returns how many were written to."""
        if self.mailer is None:
            return 0
        extra = extra or {}
        async with self.uow(tenant_id) as uow:
            handoff = await uow.handoff.get(handoff_id)
            if handoff is None:
                return 0
            team = await uow.handoff.get_team(handoff.team_id) if handoff.team_id else None
            operators = await uow.handoff.operators()
        link = f"{self.console_url}#conversation={handoff.conversation_id}"
        if kind == "visitor_waiting":
            if handoff.status != "assigned" or handoff.operator_id is None:
                return 0
            recipients = [handoff.operator_id]
            subject = "A visitor is waiting for your reply"
            text = (f"A visitor wrote in a conversation assigned to you and is waiting for an answer.\n\n"
                    f"Open it: {link}\n")
        elif kind == "contact_left":
            recipients = list(team.members) if team is not None and team.members else [o.user_id for o in operators]
            subject = "A visitor left their e-mail address"
            text = (f"Nobody could take a conversation, so the visitor left their e-mail address: {extra.get('email', '')}\n"
                    + (f"Their message: {extra['note']}\n" if extra.get("note") else "")
                    + f"\nThe conversation: {link}\n")
        elif kind == "breach":
            lead = team.sla.lead_user_id if team is not None and team.sla is not None else None
            if lead is None:
                return 0
            recipients = [lead]
            subject = f"Service level missed in team {team.name if team else ''}".strip()
            text = (f"{extra.get('what', 'A conversation broke a service level')}.\n\n"
                    f"The conversation: {link}\n")
        else:
            return 0
        sent = 0
        for user_id in recipients:
            _, email = await self.directory.contact(tenant_id, user_id)
            if email:
                await self.mailer.send(email, subject, text)
                sent += 1
        return sent

    # --- the visitor's e-mail while nobody can answer ---------------------------------------------------------

    async def leave_contact(self, tenant_id: UUID, visitor_id: UUID, conversation_id: UUID, email: str,
                            name: str | None, note: str | None) -> Handoff:
        """The waiting visitor leaves an e-mail address: stored as the visitor's, a lead (`lead.captured`), the
        team e-mailed (once per handoff; a second address updates the visitor only)."""
        email = email.strip()
        if not EMAIL.match(email) or len(email) > 254:
            raise InvalidInput("not an e-mail address", field="email")
        if name is not None and len(name.strip()) > 120:
            raise InvalidInput("name must be at most 120 characters", field="name")
        if note is not None and len(note) > 2000:
            raise InvalidInput("note must be at most 2000 characters", field="note")
        async with self.uow(tenant_id) as uow:
            session, _ = await ConversationService.recent_messages(uow, conversation_id, 0)
            if session.visitor_id != visitor_id:
                raise NotFound("conversation not found")
            active = await uow.handoff.active_for(conversation_id)
            if active is None or active.status != "queued":
                raise Conflict("this conversation is not waiting for a person")
            first = await uow.handoff.mark_contact_left(active.id)
        await self.visitors.set_contact(tenant_id, visitor_id, email, (name or "").strip() or None)
        if first:
            lead_id = await self.leads.capture(tenant_id, active.chatbot_id, conversation_id, (name or "").strip() or None,
                                               email, (note or "").strip() or None)
            async with self.uow(tenant_id) as uow:
                uow.record(HandoffContactLeft(tenant_id=tenant_id, handoff_id=active.id, conversation_id=conversation_id,
                                              chatbot_id=active.chatbot_id, lead_id=lead_id))
                uow.enqueue(NOTIFY_JOB, str(tenant_id), "contact_left", str(active.id),
                            {"email": email, "note": (note or "").strip()[:2000]}, job_id=f"handoff-contact:{active.id}")
            try:
                await self.conversations.say(tenant_id, conversation_id, say("contact_left", active.language),
                                             {"handoff": {"contact_left": True}})
            except DomainError:
                pass
        active.contact_left = True
        return active

    # --- service levels ------------------------------------------------------------------------------------

    async def check_service_levels(self, tenant_id: UUID) -> int:
        """Record each missed first-response target and fire each escalation rule a queued handoff passed, once."""
        now = self.clock()
        actions: list[tuple[Handoff, str, Any]] = []
        recorded = 0
        async with self.uow(tenant_id) as uow:
            teams = {t.id: t for t in await uow.handoff.list_teams() if t.sla is not None}
            if not teams:
                return 0
            handoffs = [h for h in await uow.handoff.unresolved() + await uow.handoff.recently_resolved(now - timedelta(days=1))
                        if h.team_id in teams]
            recorded_before = await uow.handoff.breach_keys([h.id for h in handoffs]) if handoffs else set()
            for h in handoffs:
                team = teams.get(h.team_id) if h.team_id else None
                if team is None or team.sla is None:
                    continue
                waited = first_response_breach(h, team.sla, now) if (h.id, "first_response") not in recorded_before else None
                if waited is not None and team.sla.first_response_seconds is not None:
                    breach = Breach(id=new_id(), tenant_id=tenant_id, handoff_id=h.id, conversation_id=h.conversation_id,
                                    kind="first_response", rule="first_response", target_seconds=team.sla.first_response_seconds,
                                    waited_seconds=round(waited, 3), team_id=team.id, operator_id=h.operator_id)
                    if await uow.handoff.add_breach(breach):
                        recorded += 1
                        self._breached(uow, breach)
                        if team.sla.lead_user_id is not None:
                            uow.enqueue(NOTIFY_JOB, str(tenant_id), "breach", str(h.id),
                                        {"what": f"A visitor waited {round(waited)} s for a first reply (target "
                                                 f"{team.sla.first_response_seconds} s)"}, job_id=f"handoff-breach:{breach.id}")
                for rule in due_rules(h, team.sla, now):
                    if (h.id, rule.key) in recorded_before:
                        continue
                    assert h.requested_at is not None
                    breach = Breach(id=new_id(), tenant_id=tenant_id, handoff_id=h.id, conversation_id=h.conversation_id,
                                    kind="queued", rule=rule.key, target_seconds=rule.after_minutes * 60, action=rule.action,
                                    waited_seconds=round((now - h.requested_at).total_seconds(), 3), team_id=team.id)
                    if not await uow.handoff.add_breach(breach):
                        continue
                    recorded += 1
                    self._breached(uow, breach)
                    if rule.action == "notify_lead":
                        uow.enqueue(NOTIFY_JOB, str(tenant_id), "breach", str(h.id),
                                    {"what": f"A conversation has been queued for more than {rule.after_minutes} minutes"},
                                    job_id=f"handoff-breach:{breach.id}")
                    elif rule.action == "reassign":
                        await uow.handoff.requeue(h.id, rule.to_team_id)
                        h.team_id = rule.to_team_id
                    else:
                        actions.append((h, "hand_back", rule.message))
                        break  # back with the AI: later rules have nothing to act on
        for h, _, message in actions:
            await self._hand_back_to_ai(tenant_id, h, message)
        return recorded

    @staticmethod
    def _breached(uow: HandoffUnitOfWork, breach: Breach) -> None:
        uow.record(HandoffBreached(
            tenant_id=breach.tenant_id, handoff_id=breach.handoff_id, conversation_id=breach.conversation_id,
            team_id=breach.team_id, kind=breach.kind, rule=breach.rule, action=breach.action,
            target_seconds=breach.target_seconds, waited_seconds=breach.waited_seconds,
        ))

    async def _hand_back_to_ai(self, tenant_id: UUID, handoff: Handoff, message: str) -> None:
        """An escalation rule gives up on a person: the AI answers again, the visitor is told why."""
        async with self.uow(tenant_id) as uow:
            config = await uow.handoff.get_config(handoff.chatbot_id)
        text = message or (config.away_message if config and config.away_message else "") or say("away", handoff.language)
        try:
            await self.conversations.reopen(tenant_id, handoff.conversation_id, None)
        except DomainError:
            pass  # closed meanwhile: resolved as such by the closing event
        await self.handoff._resolve(tenant_id, handoff.conversation_id, "returned_to_ai")
        try:
            await self.conversations.say(tenant_id, handoff.conversation_id, text, {"handoff": {"returned_to_ai": True}})
        except DomainError:
            pass

    async def breaches(self, principal: Principal, team_id: UUID | None, kind: str | None, limit: int,
                       before: UUID | None) -> list[Breach]:
        principal.require(HANDOFF_READ)
        if kind is not None and kind not in ("first_response", "queued"):
            raise InvalidInput("kind must be first_response or queued", field="kind")
        async with self.uow(principal.tenant_id) as uow:
            return await uow.handoff.breaches(team_id, kind, limit, before)

    # --- performance and workload -------------------------------------------------------------------------

    async def performance(self, principal: Principal, start: date, end: date, operator_id: UUID | None) -> list[Performance]:
        """Per operator and UTC day (of assignment) in [start, end]: chats handled, mean first-response time, mean
        response time, mean handle time, resolutions (closed or handed back) and CSAT."""
        principal.require(HANDOFF_READ)
        if end < start:
            raise InvalidInput("to must not be before from", field="to")
        if (end - start).days > 366:
            raise InvalidInput("at most 366 days at once", field="to")
        begin = datetime(start.year, start.month, start.day, tzinfo=UTC)
        finish = datetime(end.year, end.month, end.day, tzinfo=UTC) + timedelta(days=1)
        async with self.uow(principal.tenant_id) as uow:
            rows = await uow.handoff.performance(begin, finish, operator_id)
        rounded: list[dict[str, Any]] = [{k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()} for r in rows]
        return [Performance(**r) for r in rounded]

    async def workload(self, principal: Principal) -> list[Workload]:
        """Every operator's current chats against their capacity, with status and teams."""
        principal.require(HANDOFF_READ)
        async with self.uow(principal.tenant_id) as uow:
            operators: list[Operator] = await uow.handoff.operators()
            teams = await uow.handoff.list_teams()
        return [Workload(user_id=o.user_id, status=o.status, active=o.active, capacity=o.capacity,
                         teams=[t.id for t in teams if o.user_id in t.members]) for o in operators]

    # --- tags and snoozes -----------------------------------------------------------------------------------

    async def add_tags(self, principal: Principal, conversation_id: UUID, tags: list[str]) -> list[str]:
        principal.require(HANDOFF_WORK)
        clean = sorted({t.strip().lower() for t in tags})
        if not clean or len(clean) > 20 or any(not TAG.match(t) for t in clean):
            raise InvalidInput("1 to 20 tags of 1 to 40 letters, digits, spaces and . : / - _", field="tags")
        async with self.uow(principal.tenant_id) as uow:
            await ConversationService.recent_messages(uow, conversation_id, 0)  # 404 if unknown
            if len(set(await uow.handoff.tags(conversation_id)) | set(clean)) > 50:
                raise InvalidInput("at most 50 tags on a conversation", field="tags")
            await uow.handoff.add_tags(conversation_id, clean)
            return await uow.handoff.tags(conversation_id)

    async def remove_tag(self, principal: Principal, conversation_id: UUID, tag: str) -> None:
        principal.require(HANDOFF_WORK)
        async with self.uow(principal.tenant_id) as uow:
            await ConversationService.recent_messages(uow, conversation_id, 0)
            if not await uow.handoff.remove_tag(conversation_id, tag.strip().lower()):
                raise NotFound("tag not found on this conversation")

    async def tags(self, principal: Principal, conversation_id: UUID) -> list[str]:
        principal.require(HANDOFF_READ)
        async with self.uow(principal.tenant_id) as uow:
            await ConversationService.recent_messages(uow, conversation_id, 0)
            return await uow.handoff.tags(conversation_id)

    async def snooze(self, principal: Principal, conversation_id: UUID, until: datetime) -> datetime:
        """The conversation leaves the handoff lists (and routing) until `until`, then returns by itself."""
        principal.require(HANDOFF_WORK)
        now = self.clock()
        async with self.uow(principal.tenant_id) as uow:
            session, _ = await ConversationService.recent_messages(uow, conversation_id, 0)  # 404 first
            if until.tzinfo is None:
                raise InvalidInput("until needs a time zone (like 2026-01-31T09:00:00Z)", field="until")
            if not now < until <= now + timedelta(days=30):
                raise InvalidInput("until must be in the next 30 days", field="until")
            if session.status is SessionStatus.closed:
                raise Conflict("this conversation is closed")
            await uow.handoff.snooze(conversation_id, until, _member(principal))
        return until

    async def unsnooze(self, principal: Principal, conversation_id: UUID) -> None:
        principal.require(HANDOFF_WORK)
        async with self.uow(principal.tenant_id) as uow:
            if not await uow.handoff.unsnooze(conversation_id):
                raise NotFound("this conversation is not snoozed")
        await self.handoff.route(principal.tenant_id)

    async def wake(self, tenant_id: UUID) -> list[UUID]:
        async with self.uow(tenant_id) as uow:
            return await uow.handoff.wake(self.clock())

    # --- the assistant drafting for the operator ---------------------------------------------------------------

    async def suggest_reply(self, principal: Principal, conversation_id: UUID) -> Suggestion:
        """A reply to the visitor's last message, grounded in the chatbot's knowledge, for the operator to edit and
        send (POST …/reply): nothing is posted here. The chatbot's model, or the offline responder without one."""
        principal.require(HANDOFF_WORK)
        async with self.uow(principal.tenant_id) as uow:
            session, _ = await ConversationService.recent_messages(uow, conversation_id, 0)  # 404 if unknown
        if session.status is SessionStatus.closed:
            raise Conflict("this conversation is closed")
        if self.drafts is None:
            raise Conflict("no assistant to draft replies")
        return await self.drafts.suggest(principal.tenant_id, conversation_id)
