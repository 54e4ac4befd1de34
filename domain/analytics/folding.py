"""How each event changes a conversation's metrics: one handler per event type, registered by name.

Handlers are order-insensitive where it matters: times keep their min/max, flags only go one way, counts
are kept once per event id by the caller. Other contexts' events join by a handler under their name:
`handoff.requested` (with `reason` when it carries one), `payment.paid`, `booking.created`; any event with a
`conversation_id` and one of those names marks the conversation, whatever its other fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.analytics.model import ConversationMetrics, says_it_helped
from domain.events import DomainEvent

Handler = Callable[[ConversationMetrics, Any], None]
HANDLERS: dict[str, Handler] = {}


def handles(*names: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for name in names:
            HANDLERS[name] = handler
        return handler

    return register


def conversation_of(event: DomainEvent) -> tuple[UUID, UUID] | None:
    """(conversation id, chatbot id) of an event analytics folds, or None (not about a conversation)."""
    if event.name not in HANDLERS:
        return None
    conversation_id = getattr(event, "conversation_id", None)
    chatbot_id = getattr(event, "chatbot_id", None)
    if conversation_id is None or chatbot_id is None:
        return None
    return conversation_id, chatbot_id


def fold(metrics: ConversationMetrics, event: DomainEvent) -> None:
    handler = HANDLERS.get(event.name)
    if handler is not None:
        handler(metrics, event)
        metrics.touch(event.occurred_at)


def _min(a: datetime | None, b: datetime) -> datetime:
    return b if a is None or b < a else a


def _max(a: datetime | None, b: datetime) -> datetime:
    return b if a is None or b > a else a


@handles("conversation.started")
def _started(m: ConversationMetrics, e: Any) -> None:
    m.started_at = _min(m.started_at, e.occurred_at)
    m.language = m.language or e.language


@handles("message.created")
def _message(m: ConversationMetrics, e: Any) -> None:
    message(m, e.sender, e.occurred_at, e.content, user_id=e.sender_user_id)


def message(
    m: ConversationMetrics, sender: str, at: datetime, content: str | None, data: dict[str, Any] | None = None,
    user_id: UUID | None = None,
) -> None:
    """One stored message (from an event, or from the log when a conversation is rebuilt)."""
    m.touch(at)
    if sender == "customer":
        if m.awaiting_since is None and (m.last_reply_at is None or at >= m.last_reply_at):
            m.awaiting_since = at
        m.visitor_messages += 1
        if m.first_visitor_at is None or at < m.first_visitor_at:
            m.first_visitor_at = at
            if content:
                m.first_question = content[:2000]
        m.last_visitor_at = _max(m.last_visitor_at, at)
        if content and says_it_helped(content):
            m.helped = True
    elif sender in ("ai", "human"):
        _replied(m, at)
    if sender == "ai":
        m.ai_messages += 1
        m.first_ai_at = _min(m.first_ai_at, at)  # (the assistant never speaks first: no stored greeting)
        if m.last_reply_at is None or at >= m.last_reply_at:
            m.last_reply_at = at
            if data is not None:
                m.last_ai_declined = data.get("answered") is False
        if data is not None:
            _ai_data(m, data)
    elif sender == "human":
        m.human_messages += 1
        if user_id is not None and str(user_id) not in m.operators:
            m.operators.append(str(user_id))
        m.first_human_at = _min(m.first_human_at, at)
        if m.last_reply_at is None or at >= m.last_reply_at:
            m.last_reply_at = at
            m.last_ai_declined = False


def _replied(m: ConversationMetrics, at: datetime) -> None:
    """A reply ends the wait of the visitor's oldest unanswered message (events in order; the rebuild from the log at
    close or after the quiet hours makes it exact when live events came out of order)."""
    if m.awaiting_since is not None and at >= m.awaiting_since:
        m.response_ms_sum += int((at - m.awaiting_since).total_seconds() * 1000)
        m.response_n += 1
        m.awaiting_since = None


def _ai_data(m: ConversationMetrics, data: dict[str, Any]) -> None:
    """What an AI reply's stored data tells: credits, a declined answer, the analysis of the visitor message."""
    m.credits += int(data.get("credits") or 0)
    if data.get("answered") is False:
        m.declined += 1
    if data.get("lead_id"):
        m.lead = True
    if isinstance(data.get("handoff"), dict):
        m.handoff_reason = m.handoff_reason or str(data["handoff"].get("reason") or "") or None
    analysis = data.get("analysis")
    if isinstance(analysis, dict):
        intent = analysis.get("intent")
        if isinstance(intent, str) and intent and intent not in m.intents:
            m.intents.append(intent)
        sentiment = analysis.get("sentiment")
        if isinstance(sentiment, (int, float)):
            m.sentiment_sum += float(sentiment)
            m.sentiment_n += 1
        if not m.language and isinstance(analysis.get("language"), str):
            m.language = analysis["language"]


@handles("handoff.requested")
def _handoff(m: ConversationMetrics, e: Any) -> None:
    m.handed_off = True
    m.handoff_at = _min(m.handoff_at, e.occurred_at)
    reason = getattr(e, "reason", None)
    if reason:
        m.handoff_reason = str(reason)[:200]


@handles("conversation.closed")
def _closed(m: ConversationMetrics, e: Any) -> None:
    m.closed = True
    m.ended_at = _max(m.ended_at, e.occurred_at)


@handles("feedback.received")
def _feedback(m: ConversationMetrics, e: Any) -> None:
    m.rating = int(e.rating)


@handles("lead.captured")
def _lead(m: ConversationMetrics, e: Any) -> None:
    m.lead = True


@handles("payment.paid")
def _payment(m: ConversationMetrics, e: Any) -> None:
    m.payment = True


@handles("booking.created")
def _booking(m: ConversationMetrics, e: Any) -> None:
    m.booking = True


@handles("conversation.queued", "conversation.assigned")
def _activity(m: ConversationMetrics, e: Any) -> None:
    """Counted only as activity (the handoff itself is handoff.requested)."""


def rebuild(previous: ConversationMetrics | None, chatbot_id: UUID, conversation_id: UUID, session: Any, log: list[Any]) -> ConversationMetrics:
    """A conversation's metrics recomputed from its stored log (the conversations service's session and events),
    keeping what only other contexts' events tell (lead, payment, booking, a handoff reason)."""
    m = ConversationMetrics(conversation_id=conversation_id, chatbot_id=chatbot_id)
    m.started_at = session.started_at
    m.language = session.language
    m.rating = session.csat_rating
    for e in log:
        at = e.created_at
        if at is None:
            continue
        kind = getattr(e.kind, "value", e.kind)
        sender = getattr(e.sender, "value", e.sender)
        if kind == "message":
            message(m, sender, at, e.content, e.data or {}, e.sender_user_id)
        elif kind == "status":
            status = (e.data or {}).get("status")
            if status == "queued":
                m.handed_off = True
                m.handoff_at = _min(m.handoff_at, at)
            elif status == "closed":
                m.closed = True
                m.ended_at = _max(m.ended_at, at)
        m.touch(at)
    status_value = getattr(session.status, "value", session.status)
    if status_value == "closed":
        m.closed = True
        if session.ended_at is not None:
            m.ended_at = _max(m.ended_at, session.ended_at)
    if session.last_event_at is not None:
        m.touch(session.last_event_at)
    if previous is not None:
        m.lead = m.lead or previous.lead
        m.payment, m.booking = previous.payment, previous.booking
        m.handoff_reason = m.handoff_reason or previous.handoff_reason
        m.handed_off = m.handed_off or previous.handed_off
        if previous.handoff_at is not None:
            m.handoff_at = _min(m.handoff_at, previous.handoff_at)
        if previous.rating is not None and m.rating is None:
            m.rating = previous.rating
    return m
