"""The pure rules of the handoff clock: who is idle, which escalation rules a queued chat passed, when a first
response broke its target, and what an SLA may say."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest

from domain.errors import InvalidInput
from domain.handoff.model import EscalationRule, Handoff, Operator, Sla, due_rules, first_response_breach, idle

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def operator(**kw) -> Operator:
    return Operator(tenant_id=uuid4(), user_id=uuid4(), **{"status": "online", "last_active_at": NOW - timedelta(seconds=100)} | kw)


def handoff(**kw) -> Handoff:
    return Handoff(id=uuid4(), tenant_id=uuid4(), conversation_id=uuid4(), chatbot_id=uuid4(),
                   **{"trigger": "phrase", "requested_at": NOW - timedelta(minutes=12)} | kw)


def test_idle_uses_the_operators_own_time_else_the_default_and_zero_means_never():
    assert idle(operator(), 60, NOW) and not idle(operator(), 120, NOW)
    assert not idle(operator(away_after_seconds=200), 60, NOW) and idle(operator(away_after_seconds=90), 600, NOW)
    assert not idle(operator(away_after_seconds=0), 60, NOW)
    assert not idle(operator(status="away"), 60, NOW) and not idle(operator(last_active_at=None), 60, NOW)


def test_due_rules_of_a_queued_chat_oldest_first():
    sla = Sla(rules=[EscalationRule(20, "hand_back"), EscalationRule(10, "reassign"), EscalationRule(5, "notify_lead")],
              lead_user_id=uuid4())
    assert [r.after_minutes for r in due_rules(handoff(), sla, NOW)] == [5, 10]
    assert due_rules(handoff(status="assigned"), sla, NOW) == [] and due_rules(handoff(), None, NOW) == []


def test_first_response_breach():
    sla = Sla(first_response_seconds=60)
    waiting = handoff(requested_at=NOW - timedelta(seconds=90))
    assert first_response_breach(waiting, sla, NOW) == 90.0
    assert first_response_breach(handoff(requested_at=NOW - timedelta(seconds=30)), sla, NOW) is None
    answered_late = handoff(requested_at=NOW - timedelta(seconds=300), first_response_at=NOW - timedelta(seconds=200))
    assert first_response_breach(answered_late, sla, NOW) == 100.0
    resolved_unanswered = handoff(status="resolved")
    assert first_response_breach(resolved_unanswered, sla, NOW) is None
    taken = handoff(trigger="operator", assigned_by="take", assigned_at=NOW - timedelta(minutes=12))
    assert first_response_breach(taken, sla, NOW) is None  # taken over from the AI: nobody waited


@pytest.mark.parametrize("sla, field", [
    (Sla(first_response_seconds=5), "sla.first_response_seconds"),
    (Sla(rules=[EscalationRule(5, "notify_lead")]), "sla.lead_user_id"),
    (Sla(rules=[EscalationRule(0, "hand_back")]), "sla.rules.0.after_minutes"),
    (Sla(rules=[EscalationRule(5, "explode")]), "sla.rules.0.action"),
    (Sla(rules=[EscalationRule(5, "reassign"), EscalationRule(5, "reassign")]), "sla.rules.1"),
])
def test_sla_validation_names_the_field(sla, field):
    with pytest.raises(InvalidInput) as refused:
        sla.validate()
    assert refused.value.field == field
