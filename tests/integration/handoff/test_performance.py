"""Operator performance per operator and day, and the workload view. The chats run through the real paths (take,
replies, hand back, close, the visitor's ratings) so the measures get recorded; then their times are pinned to
round values, and every figure is checked against a hand computation."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from tests.integration.conversations.helpers import ORIGIN
from tests.integration.handoff.conftest import chat, enable, handoff_of, join, set_status
from tests.integration.polling import eventually

DAY = datetime(2026, 11, 2, tzinfo=UTC)


def t(hour: int, minute: int, second: int = 0, day: int = 2) -> datetime:
    return datetime(2026, 11, day, hour, minute, second, tzinfo=UTC)


async def rate(client, c, rating: int) -> None:
    r = await client.post(f"/v1/widget/{c.bot.public_id}/sessions/{c.session_id}/rating", json={"rating": rating},
                          headers={"Origin": ORIGIN, "X-Visitor-Token": c.entry["visitor_token"]})
    assert r.status_code == 204, r.text


async def row(container, tenant, c) -> dict:
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        found = await uow.conn.fetchrow(
            "SELECT first_response_at, responses, response_seconds, csat, status FROM handoffs WHERE conversation_id = $1",
            UUID(c.session_id))
    return dict(found) if found else {}


async def pin(container, tenant, c, **values) -> None:
    sets = ", ".join(f"{k} = ${i + 2}" for i, k in enumerate(values))
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        await uow.conn.execute(f"UPDATE handoffs SET {sets} WHERE conversation_id = $1", UUID(c.session_id), *values.values())


async def test_per_operator_and_day_by_hand(client, container, kb_bot, replies, tenant, operator):
    other = await join(client, tenant, name="Alan Turing")
    await enable(client, tenant, kb_bot.id)
    await set_status(client, operator, "online", capacity=5, away_after_seconds=0)
    one, two = await chat(client, kb_bot), await chat(client, kb_bot)
    for c in (one, two):
        await c.say("I want to talk to a person", replies)
        assert (await handoff_of(client, tenant.headers, c.session_id))["operator_id"] == operator.user_id

    # chat one: two answers (the second to a new visitor message), handed back, rated 5
    reply = f"/v1/handoff/conversations/{one.session_id}/reply"
    assert (await client.post(reply, headers=operator.headers, json={"content": "Hello"})).status_code == 201
    await eventually(lambda: _has(container, tenant, one, responses=1))
    await one.say("My parcel is late", replies)
    await eventually(lambda: _waiting(container, tenant, one))
    assert (await client.post(reply, headers=operator.headers, json={"content": "Let me check"})).status_code == 201
    await eventually(lambda: _has(container, tenant, one, responses=2))
    assert (await client.post(f"/v1/handoff/conversations/{one.session_id}/hand-back", headers=operator.headers)).status_code == 200
    await rate(client, one, 5)
    # chat two: one answer, closed, rated 3
    assert (await client.post(f"/v1/handoff/conversations/{two.session_id}/reply", headers=operator.headers,
                              json={"content": "Hi"})).status_code == 201
    await eventually(lambda: _has(container, tenant, two, responses=1))
    assert (await client.post(f"/v1/handoff/conversations/{two.session_id}/close", headers=operator.headers)).status_code == 200
    await rate(client, two, 3)
    await eventually(lambda: _has(container, tenant, one, csat=5))
    await eventually(lambda: _has(container, tenant, two, csat=3))
    # a third chat with the other operator, still open, the next day
    await set_status(client, operator, "away")
    await set_status(client, other, "online", away_after_seconds=0)
    three = await chat(client, kb_bot)
    await three.say("talk to a human", replies)
    assert (await handoff_of(client, tenant.headers, three.session_id))["operator_id"] == other.user_id

    # pinned times: one 10:00 → first reply 10:00:30, responses 2 totalling 100 s, resolved 10:20;
    #               two 11:00 → first reply 11:01:30, 1 response of 90 s, resolved 11:10; three the next day
    await pin(container, tenant, one, requested_at=t(9, 59), assigned_at=t(10, 0), first_response_at=t(10, 0, 30),
              response_seconds=100.0, resolved_at=t(10, 20))
    await pin(container, tenant, two, requested_at=t(10, 58), assigned_at=t(11, 0), first_response_at=t(11, 1, 30),
              response_seconds=90.0, resolved_at=t(11, 10))
    await pin(container, tenant, three, requested_at=t(8, 0, day=3), assigned_at=t(8, 1, day=3))

    r = await client.get("/v1/handoff/performance", headers=operator.headers, params={"from": "2026-11-02", "to": "2026-11-03"})
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert items[0] == {
        "operator_id": operator.user_id, "day": "2026-11-02", "chats_handled": 2,
        "first_response_seconds": 60.0,  # (30 + 90) / 2
        "average_response_seconds": 63.333,  # (100 + 90) / 3 responses
        "handle_seconds": 900.0,  # (1200 + 600) / 2
        "resolutions": 2, "csat": 4.0, "ratings": 2,  # (5 + 3) / 2
    }
    assert items[1] == {
        "operator_id": other.user_id, "day": "2026-11-03", "chats_handled": 1, "first_response_seconds": None,
        "average_response_seconds": None, "handle_seconds": None, "resolutions": 0, "csat": None, "ratings": 0,
    }
    assert len(items) == 2
    only = await client.get("/v1/handoff/performance", headers=operator.headers,
                            params={"from": "2026-11-03", "to": "2026-11-03", "operator_id": operator.user_id})
    assert only.json()["items"] == []
    bad = await client.get("/v1/handoff/performance", headers=operator.headers, params={"from": "2026-11-05", "to": "2026-11-03"})
    assert bad.status_code == 422, bad.text

    # workload now: current chats against capacity
    r = await client.get("/v1/handoff/workload", headers=operator.headers)
    assert r.status_code == 200, r.text
    load = {w["user_id"]: w for w in r.json()["items"]}
    assert (load[operator.user_id]["active"], load[operator.user_id]["capacity"], load[operator.user_id]["status"]) == (0, 5, "away")
    assert (load[other.user_id]["active"], load[other.user_id]["capacity"], load[other.user_id]["status"]) == (1, 3, "online")


async def _has(container, tenant, c, **expected) -> bool:
    found = await row(container, tenant, c)
    return all(found.get(k) == v for k, v in expected.items())


async def _waiting(container, tenant, c) -> bool:
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        return await uow.conn.fetchval("SELECT waiting_since IS NOT NULL FROM handoffs WHERE conversation_id = $1",
                                       UUID(c.session_id))
