"""Every figure of the analytics API on a seeded data set whose expected values are worked out by hand below,
including the workspace's time-zone day boundaries, late and out-of-order events, repeated deliveries, a time
zone change (the rollups regroup), exports with the same filters, and bad input.

The events are the ones the conversations context records, with chosen times, given to the analytics service
(`container.analytics.record`, what the outbox subscriber calls): the real flow is tested in test_live_events.

Workspace time zone America/New_York (UTC-5 in December). Follow-up hours 240 (so nothing here is quiet yet).

conv  bot  started (UTC)       local day   what happens                                           status
A     1    12-01 04:30:00      11-30       visitor 04:30:10, AI 04:30:12 (2 s), "thanks, that helped" resolved_ai (confirmed)
B     1    12-01 05:30:00      12-01       visitor 05:30:05, AI 05:30:09 (4 s), handoff 05:31, human   resolved_human (rating 5)
                                           05:33 (2 min after the handoff), rating 5 at 05:40
C     2    12-01 15:00:00      12-01       AI 15:00:06 delivered BEFORE the visitor's 15:00:00 (6 s),  unresolved (rating 2)
                                           rating 2 at 15:05
D     1    12-02 12:00:00      12-02       visitor 12:00:00, no answer, closed 12:10                    abandoned (no reply)
E     1    12-02 04:58:00      12-01       its message (05:01, local 12-02 00:01) arrives first, then   open
                                           the late start (04:58, local 12-01 23:58): moves a day back
"""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import UTC, datetime
from uuid import UUID

import asyncpg
import pytest

from domain.assistant.events import LeadCaptured
from domain.conversations.events import (
    ConversationClosed,
    ConversationStarted,
    FeedbackReceived,
    HandoffRequested,
    MessageCreated,
)
from domain.ids import new_id
from infrastructure.analytics.context import purge_analytics_events
from tests.conftest import sign_up
from tests.integration.conversations.helpers import make_chatbot
from tests.integration.tenancy.test_members_and_keys import _join


def at(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-{text}").replace(tzinfo=UTC)


class Seed:
    def __init__(self, tenant_id: UUID) -> None:
        self.tenant_id = tenant_id

    def started(self, conv, bot, when):
        return ConversationStarted(tenant_id=self.tenant_id, conversation_id=conv, chatbot_id=bot, visitor_id=new_id(),
                                   language="en", occurred_at=at(when))

    def message(self, conv, bot, when, sender, content="hi"):
        return MessageCreated(tenant_id=self.tenant_id, conversation_id=conv, chatbot_id=bot, message_id=new_id(), seq=1,
                              sender=sender, content=content, occurred_at=at(when))

    def handoff(self, conv, bot, when):
        return HandoffRequested(tenant_id=self.tenant_id, conversation_id=conv, chatbot_id=bot, by="visitor", occurred_at=at(when))

    def rating(self, conv, bot, when, rating):
        return FeedbackReceived(tenant_id=self.tenant_id, conversation_id=conv, chatbot_id=bot, rating=rating, occurred_at=at(when))

    def closed(self, conv, bot, when):
        return ConversationClosed(tenant_id=self.tenant_id, conversation_id=conv, chatbot_id=bot, by="operator", occurred_at=at(when))

    def lead(self, conv, bot, when):
        return LeadCaptured(tenant_id=self.tenant_id, lead_id=new_id(), chatbot_id=bot, conversation_id=conv, occurred_at=at(when))


@pytest.fixture
async def seeded(client, container):
    tenant = await sign_up(client)
    r = await client.put("/v1/analytics/settings", headers=tenant.headers,
                         json={"time_zone": "America/New_York", "follow_up_hours": 240})
    assert r.status_code == 200, r.text
    bot1 = UUID((await make_chatbot(client, tenant)).id)
    bot2 = UUID((await make_chatbot(client, tenant)).id)
    s = Seed(UUID(tenant.id))
    A, B, C, D, E = (new_id() for _ in range(5))
    record = container.analytics.record
    t = s.tenant_id
    await record(t, [s.started(A, bot1, "12-01T04:30:00"), s.message(A, bot1, "12-01T04:30:10", "customer", "How do I reset my password?")])
    await record(t, [s.message(A, bot1, "12-01T04:30:12", "ai")])
    helped = s.message(A, bot1, "12-01T04:31:00", "customer", "Thanks, that helped!")
    await record(t, [helped])
    await record(t, [helped])  # delivered twice: counted once
    await record(t, [s.started(B, bot1, "12-01T05:30:00"), s.message(B, bot1, "12-01T05:30:05", "customer", "I want a refund"),
                     s.message(B, bot1, "12-01T05:30:09", "ai"), s.handoff(B, bot1, "12-01T05:31:00"),
                     s.message(B, bot1, "12-01T05:33:00", "human"), s.rating(B, bot1, "12-01T05:40:00", 5),
                     s.lead(B, bot1, "12-01T05:34:00")])
    await record(t, [s.started(C, bot2, "12-01T15:00:00"), s.message(C, bot2, "12-01T15:00:06", "ai")])
    await record(t, [s.rating(C, bot2, "12-01T15:05:00", 2)])
    await record(t, [s.message(C, bot2, "12-01T15:00:00", "customer", "Do you ship to Mars?")])  # late
    await record(t, [s.started(D, bot1, "12-02T12:00:00"), s.message(D, bot1, "12-02T12:00:00", "customer", "hello?"),
                     s.closed(D, bot1, "12-02T12:10:00")])
    await record(t, [s.message(E, bot1, "12-02T05:01:00", "customer", "Is anyone there?")])
    await record(t, [s.started(E, bot1, "12-02T04:58:00")])  # late, and a day earlier in New York
    return tenant, bot1, bot2


async def test_overview_against_the_previous_period(client, seeded):
    tenant, _, _ = seeded
    r = await client.get("/v1/analytics/overview", params={"from": "2026-12-01", "to": "2026-12-02"}, headers=tenant.headers)
    assert r.status_code == 200, r.text
    o = r.json()
    assert (o["from"], o["to"], o["previous_from"], o["previous_to"]) == ("2026-12-01", "2026-12-02", "2026-11-29", "2026-11-30")
    assert o["time_zone"] == "America/New_York"
    f = o["figures"]
    assert f["conversations"] == 4  # B, C, E (12-01) and D (12-02); A is on 11-30 in New York
    assert (f["resolved_by_ai"], f["resolved_by_human"], f["unresolved"], f["abandoned"], f["open"]) == (0, 1, 1, 1, 1)
    assert f["resolution_rate"] == 0.3333  # 1 resolved of 3 decided (E is still open)
    assert f["ai_resolution_rate"] == 0.0
    assert (f["handoffs"], f["handoff_rate"]) == (1, 0.25)
    assert (f["ratings"], f["average_rating"], f["csat"]) == (2, 3.5, 0.5)
    assert f["ai_first_response_ms"] == 5000.0  # B 4 s, C 6 s (its visitor message came late)
    assert f["human_first_response_ms"] == 120000.0  # B: 2 min after the handoff
    assert f["average_response_ms"] == 4000.0  # every reply: B's AI 4 s (its person wrote after that answer, to no new
    # visitor message); C's AI reply came before its late visitor message live (its rebuild from the log counts it)
    assert f["average_duration_s"] == 420.0  # B 600, C 300, D 600, E 180 (04:58 to 05:01)
    assert (f["messages_visitor"], f["messages_ai"], f["messages_human"]) == (4, 2, 1)
    assert f["leads"] == 1
    p = o["previous"]
    assert (p["conversations"], p["resolved_by_ai"], p["resolution_rate"], p["ai_first_response_ms"]) == (1, 1, 1.0, 2000.0)
    assert p["messages_visitor"] == 2  # the repeated "that helped" counted once
    assert p["average_response_ms"] == 2000.0  # A: 2 s; "that helped" got no reply (and is no wait)
    change = o["change"]
    assert change["conversations"] == {"delta": 3, "percent": 300.0}
    assert change["resolution_rate"] == {"delta": -0.6667, "percent": -66.67}
    assert change["csat"] == {"delta": None, "percent": None}  # nobody rated in the previous period


async def test_series_breakdowns_and_exports(client, seeded):
    tenant, bot1, bot2 = seeded
    h = tenant.headers
    days = (await client.get("/v1/analytics/series", params={"from": "2026-11-30", "to": "2026-12-02"}, headers=h)).json()
    assert [(d["period"], d["conversations"]) for d in days] == [("2026-11-30", 1), ("2026-12-01", 3), ("2026-12-02", 1)]
    months = (await client.get("/v1/analytics/series", params={"from": "2026-11-30", "to": "2026-12-02", "granularity": "month"},
                               headers=h)).json()
    assert [(m["period"], m["conversations"], m["resolved"]) for m in months] == [("2026-11-01", 1, 1), ("2026-12-01", 4, 1)]
    weeks = (await client.get("/v1/analytics/series", params={"from": "2026-11-29", "to": "2026-12-02", "granularity": "week"},
                              headers=h)).json()
    assert [(w["period"], w["conversations"]) for w in weeks] == [("2026-11-23", 0), ("2026-11-30", 5)]  # 11-30 is a Monday
    only_bot2 = (await client.get("/v1/analytics/overview", params={"from": "2026-12-01", "to": "2026-12-02", "chatbot_id": str(bot2)},
                                  headers=h)).json()["figures"]
    assert (only_bot2["conversations"], only_bot2["unresolved"]) == (1, 1)

    by_bot = (await client.get("/v1/analytics/breakdown", params={"from": "2026-12-01", "to": "2026-12-02"}, headers=h)).json()
    assert [(b["key"], b["conversations"], b["handoffs"]) for b in by_bot] == [(str(bot1), 3, 1), (str(bot2), 1, 0)]
    assert by_bot[0]["label"] == "Support"
    by_language = (await client.get("/v1/analytics/breakdown", params={"from": "2026-12-01", "to": "2026-12-02", "by": "language"},
                                    headers=h)).json()
    assert [(b["key"], b["conversations"], b["resolved"]) for b in by_language] == [("en", 4, 1)]

    exported = await client.get("/v1/analytics/exports/series", params={"from": "2026-11-30", "to": "2026-12-02", "format": "csv"},
                                headers=h)
    assert exported.status_code == 200, exported.text
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [(r["period"], r["conversations"]) for r in rows] == [("2026-11-30", "1"), ("2026-12-01", "3"), ("2026-12-02", "1")]
    lines = (await client.get("/v1/analytics/exports/breakdown",
                              params={"from": "2026-12-01", "to": "2026-12-02", "format": "jsonl", "chatbot_id": str(bot1)},
                              headers=h)).text.splitlines()
    assert [json.loads(line)["conversations"] for line in lines] == [3]


async def test_a_new_time_zone_regroups_the_days(client, seeded):
    tenant, _, _ = seeded
    r = await client.put("/v1/analytics/settings", headers=tenant.headers, json={"time_zone": "UTC"})
    assert r.json()["time_zone"] == "UTC" and r.json()["follow_up_hours"] == 240
    days = (await client.get("/v1/analytics/series", params={"from": "2026-11-30", "to": "2026-12-02"}, headers=tenant.headers)).json()
    # In UTC A, B and C start on 12-01; D and E on 12-02.
    assert [(d["period"], d["conversations"]) for d in days] == [("2026-11-30", 0), ("2026-12-01", 3), ("2026-12-02", 2)]


async def test_who_may_read_and_bad_input(client, seeded):
    tenant, _, _ = seeded
    h = tenant.headers
    _, _, operator = await _join(client, tenant, "operator")
    assert (await client.get("/v1/analytics/overview", headers=operator)).status_code == 403
    _, _, admin = await _join(client, tenant, "admin")
    assert (await client.get("/v1/analytics/overview", headers=admin)).status_code == 200
    key = await client.post("/v1/api-keys", headers=h, json={"name": "dashboard", "scopes": ["analytics:read"]})
    assert key.status_code == 201, key.text
    as_key = {"X-API-Key": key.json()["secret"]}
    assert (await client.get("/v1/analytics/series", headers=as_key)).status_code == 200
    assert (await client.put("/v1/analytics/settings", headers=as_key, json={"time_zone": "UTC"})).status_code == 403

    def problem(r, field):
        assert r.status_code == 422, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        assert field in r.text

    problem(await client.get("/v1/analytics/overview", params={"from": "2026-12-02", "to": "2026-12-01"}, headers=h), "from")
    problem(await client.get("/v1/analytics/overview", params={"from": "2024-01-01", "to": "2026-12-01"}, headers=h), "to")
    problem(await client.get("/v1/analytics/overview", params={"time_zone": "Mars/Olympus"}, headers=h), "time_zone")
    problem(await client.get("/v1/analytics/overview", params={"time_zone": "Europe/Paris"}, headers=h), "time_zone")
    problem(await client.get("/v1/analytics/breakdown", params={"by": "weather"}, headers=h), "by")
    problem(await client.get("/v1/analytics/series", params={"granularity": "hour"}, headers=h), "granularity")
    problem(await client.put("/v1/analytics/settings", json={"time_zone": "../../etc/passwd"}, headers=h), "time_zone")
    problem(await client.put("/v1/analytics/settings", json={"follow_up_hours": 0}, headers=h), "follow_up_hours")
    assert (await client.get("/v1/analytics/overview", params={"from": "yesterday"}, headers=h)).status_code == 400


async def test_quiet_conversations_are_decided_and_reopen(client, container, monkeypatch):
    """No follow-up for the workspace's hours (default 24): answered → resolved by AI; unanswered → abandoned.
    The cron's query runs in PostgreSQL on its clock; the folding here ran 'an hour after' the events."""
    tenant = await sign_up(client)
    bot = UUID((await make_chatbot(client, tenant)).id)
    s = Seed(UUID(tenant.id))
    now = datetime.now(UTC).replace(microsecond=0)
    from datetime import timedelta

    def iso(d: datetime) -> str:
        return d.isoformat().removeprefix("2026-").removesuffix("+00:00")

    answered, ignored = new_id(), new_id()
    t0 = now - timedelta(hours=30)
    monkeypatch.setattr(container.analytics, "clock", lambda: t0 + timedelta(hours=1))
    await container.analytics.record(s.tenant_id, [
        s.started(answered, bot, iso(t0)), s.message(answered, bot, iso(t0 + timedelta(seconds=5)), "customer", "Opening hours?"),
        s.message(answered, bot, iso(t0 + timedelta(seconds=7)), "ai"),
        s.started(ignored, bot, iso(t0)), s.message(ignored, bot, iso(t0 + timedelta(seconds=5)), "customer", "hello?"),
    ])
    day = {"from": (t0 - timedelta(days=1)).date().isoformat(), "to": (now + timedelta(days=1)).date().isoformat()}
    f = (await client.get("/v1/analytics/overview", params=day, headers=tenant.headers)).json()["figures"]
    assert (f["open"], f["resolved_by_ai"], f["abandoned"]) == (2, 0, 0)

    monkeypatch.setattr(container.analytics, "clock", lambda: datetime.now(UTC))
    assert await container.analytics.decide_quiet() >= 2
    f = (await client.get("/v1/analytics/overview", params=day, headers=tenant.headers)).json()["figures"]
    assert (f["open"], f["resolved_by_ai"], f["abandoned"]) == (0, 1, 1)

    # the visitor comes back to the abandoned one: open again
    await container.analytics.record(s.tenant_id, [s.message(ignored, bot, iso(now), "customer", "still there?")])
    f = (await client.get("/v1/analytics/overview", params=day, headers=tenant.headers)).json()["figures"]
    assert (f["open"], f["resolved_by_ai"], f["abandoned"]) == (1, 1, 0)


async def test_trends_on_the_seeded_days(client, seeded):
    tenant, _, _ = seeded
    r = await client.get("/v1/analytics/trends", params={"from": "2026-11-30", "to": "2026-12-02"}, headers=tenant.headers)
    assert r.status_code == 200, r.text
    t = {row["metric"]: row for row in r.json()["trends"]}
    assert t["conversations"] == {"metric": "conversations", "direction": "too few points", "p_value": None,
                                  "slope_per_period": None, "points": 3}
    r = await client.get("/v1/analytics/trends", params={"from": "2026-11-20", "to": "2026-12-02"}, headers=tenant.headers)
    t = {row["metric"]: row for row in r.json()["trends"]}
    # 13 days: ten zeros, then 1, 3, 1. S = 30 (each later day against the ten zeros) + 1 (1→3) − 1 (3→1) = 30.
    # Ties: ten 0s, two 1s: Var = (13·12·31 − 10·9·25 − 2·1·9)/18 = 2568/18; z = 29/√(2568/18) = 2.428; p = 0.01518.
    # Sen's slope: the median of 78 pairwise slopes, most of them 0 → 0. MAD of mostly zeros is 0: no anomaly.
    assert t["conversations"]["direction"] == "rising" and t["conversations"]["points"] == 13
    assert math.isclose(t["conversations"]["p_value"], math.erfc(29 / math.sqrt(2568 / 18) / math.sqrt(2)), rel_tol=1e-3)
    assert t["conversations"]["slope_per_period"] == 0.0
    assert r.json()["anomalies"] == []


async def test_another_workspace_sees_nothing_of_it(client, seeded):
    _, bot1, _ = seeded
    other = await sign_up(client)
    scope = {"from": "2026-11-30", "to": "2026-12-02", "chatbot_id": str(bot1)}
    f = (await client.get("/v1/analytics/overview", params=scope, headers=other.headers)).json()["figures"]
    assert (f["started"], f["conversations"]) == (0, 0)
    for path in ("/v1/analytics/breakdown", "/v1/analytics/popular-questions", "/v1/analytics/knowledge-gaps"):
        r = await client.get(path, params=scope, headers=other.headers)
        assert (r.status_code, r.json()) == (200, []), path
    series = (await client.get("/v1/analytics/series", params=scope, headers=other.headers)).json()
    assert [d["conversations"] for d in series] == [0, 0, 0]


async def test_purging_forgets_only_old_event_ids(client, container, seeded, services):
    tenant, _, _ = seeded
    conn = await asyncpg.connect(services.owner_url)
    try:
        count = "SELECT count(*) FROM analytics_events WHERE tenant_id = $1"
        before = await conn.fetchval(count, UUID(tenant.id))
        await conn.execute("UPDATE analytics_events SET processed_at = now() - interval '15 days' "
                           "WHERE tenant_id = $1 AND event_id = (SELECT event_id FROM analytics_events WHERE tenant_id = $1 ORDER BY event_id LIMIT 1)",
                           UUID(tenant.id))
        assert await purge_analytics_events({"container": container}) >= 1
        assert await conn.fetchval(count, UUID(tenant.id)) == before - 1
    finally:
        await conn.close()
