"""The handoff rules, routing choice, queue order, templates and summary: pure functions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

import pytest

from domain.chatbots.model import BusinessHours
from domain.errors import InvalidInput
from domain.handoff.model import (
    CannedResponse,
    Handoff,
    HandoffConfig,
    Line,
    Operator,
    SentimentRule,
    Signals,
    Team,
    VipRule,
    asks_for_person,
    escalation,
    expected_wait,
    pick_operator,
    queue_order,
    render,
    summarize,
    trailing_failures,
)

T = uuid4()
NEUTRAL = Signals("en", 0.0, "question", False)


def _handoff(**kw) -> Handoff:
    return Handoff(id=uuid4(), tenant_id=T, conversation_id=uuid4(), chatbot_id=uuid4(), trigger="phrase", **kw)


def _op(n: int, **kw) -> Operator:
    return Operator(tenant_id=T, user_id=UUID(int=n), **{"status": "online", **kw})


@pytest.mark.parametrize("text,languages", [
    ("Can I talk to a human?", ["en"]),
    ("Je voudrais parler à un conseiller", ["fr"]),
    ("Ich möchte mit einem Menschen sprechen", ["de"]),
    ("quiero hablar con una persona", ["es"]),
    ("Posso parlare con un operatore?", ["it"]),
    ("quero falar com um atendente", ["pt"]),
    ("Kan ik met een medewerker praten", ["nl"]),
    ("I need a REAL PERSON now", ["fr"]),  # English phrases always count
])
def test_asking_for_a_person_in_the_widgets_languages(text, languages):
    assert asks_for_person(text, languages, [])


def test_own_phrases_and_no_false_match():
    assert asks_for_person("Put me through to billing please", ["en"], ["put me through"])
    assert not asks_for_person("How do I transfer my domain to a new host?", ["en"], [])


def test_each_rule_and_its_priority():
    config = HandoffConfig(intents=["cancellation"], max_ai_turns=3, vip=VipRule(attribute="tier", values=["gold"], priority=5),
                           negative_sentiment=SentimentRule(threshold=-0.4, messages=2), priority=1)
    found = escalation(config, "hello", ["en"], Signals("en", 0.0, "talk_to_human", True), [], [], {})
    assert found and found.trigger == "intent" and found.reason == "visitor asked for a person"
    assert escalation(config, "hello", ["en"], Signals("en", 0.0, "talk_to_human", False), [], [], {}) is None  # not decisive
    assert escalation(config, "stop it", ["en"], Signals("en", 0.0, "cancellation", True), [], [], {}).trigger == "intent"
    assert escalation(config, "bad", ["en"], Signals("en", -0.6, "question", False), [0.2], [], {}) is None
    assert escalation(config, "bad", ["en"], Signals("en", -0.6, "question", False), [-0.5], [], {}).trigger == "sentiment"
    ai = [Line("customer", "q"), Line("ai", "a", {"answered": True})] * 3
    assert escalation(config, "q", ["en"], NEUTRAL, [], ai, {}).trigger == "ai_turns"
    vip = escalation(config, "q", ["en"], NEUTRAL, [], [], {"tier": "Gold"})
    assert vip.trigger == "vip" and vip.priority == 6
    assert escalation(HandoffConfig(enabled=False), "talk to a human", ["en"], NEUTRAL, [], [], {}) is None


def test_two_failed_answers_in_a_row():
    failed, good = Line("ai", "I don't know", {"answered": False}), Line("ai", "Here", {"answered": True})
    assert trailing_failures([failed, Line("customer", "?"), failed]) == 2
    assert trailing_failures([failed, good]) == 0
    assert trailing_failures([failed, Line("ai", "sorry", {"fallback": True})]) == 2
    config = HandoffConfig(ai_failures=2, negative_sentiment=None)
    assert escalation(config, "?", ["en"], NEUTRAL, [], [good, failed], {}) is None
    assert escalation(config, "?", ["en"], NEUTRAL, [], [failed, failed], {}).trigger == "ai_failures"


def test_config_limits_name_the_field():
    with pytest.raises(InvalidInput) as e:
        HandoffConfig(max_ai_turns=0).validate()
    assert e.value.field == "max_ai_turns"
    with pytest.raises(InvalidInput):
        HandoffConfig(phrases=[" "]).validate()


def test_least_busy_then_longest_idle_with_language_and_skills():
    now = datetime.now(UTC)
    ops = [_op(1, active=2, capacity=3), _op(2, active=1, capacity=3, last_assigned_at=now),
           _op(3, active=1, capacity=3, last_assigned_at=now - timedelta(minutes=5)), _op(4, status="away")]
    assert pick_operator(_handoff(), None, ops).user_id == UUID(int=3)
    ops[2].languages = ["fr"]
    assert pick_operator(_handoff(language="de"), None, ops).user_id == UUID(int=2)  # no languages set: any
    ops[1].languages = ["fr"]
    assert pick_operator(_handoff(language="de"), None, ops).user_id == UUID(int=1)
    assert pick_operator(_handoff(skills=["billing"]), None, ops) is None
    full = [_op(5, active=2, capacity=2)]
    assert pick_operator(_handoff(), None, full) is None


def test_round_robin_and_team_membership():
    members = [UUID(int=1), UUID(int=2), UUID(int=3)]
    team = Team(id=uuid4(), tenant_id=T, name="t", routing="round_robin", members=members, last_assigned=UUID(int=2))
    ops = [_op(1), _op(2), _op(3), _op(9)]
    assert pick_operator(_handoff(), team, ops).user_id == UUID(int=3)
    team.last_assigned = UUID(int=3)
    assert pick_operator(_handoff(), team, ops).user_id == UUID(int=1)
    team.routing = "manual"
    assert pick_operator(_handoff(), team, ops) is None


def test_business_hours_in_the_teams_time_zone():
    team = Team(id=uuid4(), tenant_id=T, name="t", business_hours=BusinessHours("America/New_York", {"mon": [["09:00", "17:00"]]}))
    monday_10_in_new_york = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
    assert team.open_at(monday_10_in_new_york)
    assert not team.open_at(monday_10_in_new_york + timedelta(hours=8))


def test_queue_order_and_expected_wait():
    early, late = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 2, tzinfo=UTC)
    a, b, c = _handoff(requested_at=late), _handoff(requested_at=early), _handoff(requested_at=late, priority=5)
    assert queue_order([a, b, c]) == [c, b, a]
    assert expected_wait(3, 40.0, 2) == 60 and expected_wait(1, None, 0) == 60


def test_templates_fill_known_variables_only():
    assert render("Hi {{visitor.name}}, it's {{ operator.first_name }}.", {"visitor.name": "Ada", "operator.first_name": "Grace"}) \
        == "Hi Ada, it's Grace."
    assert render("Hi {{visitor.name}}, thanks!", {}) == "Hi, thanks!"
    with pytest.raises(InvalidInput):
        CannedResponse(id=uuid4(), tenant_id=T, shortcut="/bad", body="x").validate()


def test_extractive_summary_keeps_the_problem():
    lines = [Line("customer", "Hi there."), Line("ai", "Hello! How can I help?"),
             Line("customer", "My order 1234 never arrived. The tracking page says delivered."),
             Line("ai", "Sorry about the order. Orders arrive in 3 to 5 days."),
             Line("customer", "Order still missing, I want a refund for the order.")]
    summary = summarize(lines)
    assert summary.startswith("Hi there.") and "never arrived" in summary and "refund" in summary
    assert summarize([Line("ai", "Hello")]) == ""
