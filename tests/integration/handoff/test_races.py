"""Claims under contention: a take is atomic, and routing never gives an operator more than their capacity."""

from __future__ import annotations

import asyncio
import random
import time
from uuid import UUID

from domain.conversations.model import Sender, SessionStatus
from domain.conversations.services import Actor
from tests.integration.conversations.helpers import make_chatbot, visitor
from tests.integration.handoff.conftest import join, set_status


async def _queued(client, container, tenant, bot, n: int) -> list[str]:
    ids = []
    for _ in range(n):
        session_id = (await visitor(client, bot))["session"]["id"]
        await container.conversations.change_status(UUID(tenant.id), UUID(session_id), Actor(sender=Sender.system), SessionStatus.queued)
        ids.append(session_id)
    await container.handoff.drain()
    return ids


async def test_twenty_operators_taking_one_chat_at_once_one_wins(client, container, tenant):
    bot = await make_chatbot(client, tenant)
    [session_id] = await _queued(client, container, tenant, bot, 1)
    operators = [await join(client, tenant, name=f"Op {i}") for i in range(20)]
    answers = await asyncio.gather(*(client.post(f"/v1/handoff/conversations/{session_id}/take", headers=o.headers) for o in operators))
    codes = sorted(a.status_code for a in answers)
    assert codes == [200] + [409] * 19, codes
    winner = next(o for o, a in zip(operators, answers) if a.status_code == 200)
    for a in answers:
        if a.status_code == 409:
            assert a.headers["content-type"].startswith("application/problem+json")
            assert winner.name in a.json()["detail"] and winner.user_id in a.json()["detail"]
    conversation = (await client.get(f"/v1/conversations/{session_id}", headers=tenant.headers)).json()
    assert conversation["status"] == "assigned" and conversation["assigned_user_id"] == winner.user_id


async def test_twenty_operators_take_a_hundred_chats_each_exactly_once(client, container, tenant):
    bot = await make_chatbot(client, tenant)
    ids = await _queued(client, container, tenant, bot, 100)
    operators = [await join(client, tenant, name=f"Op {i}") for i in range(20)]
    won: dict[str, list[str]] = {}

    async def work(op):
        order = ids[:]
        random.shuffle(order)
        for session_id in order:
            r = await client.post(f"/v1/handoff/conversations/{session_id}/take", headers=op.headers)
            assert r.status_code in (200, 409), r.text
            if r.status_code == 200:
                won.setdefault(session_id, []).append(op.user_id)

    started = time.perf_counter()
    await asyncio.gather(*(work(o) for o in operators))
    elapsed = time.perf_counter() - started
    assert sorted(won) == sorted(ids) and all(len(w) == 1 for w in won.values())
    handoffs = (await client.get("/v1/handoff/handoffs", headers=tenant.headers, params={"status": "assigned", "limit": 100})).json()["items"]
    assert {h["conversation_id"]: h["operator_id"] for h in handoffs} == {k: v[0] for k, v in won.items()}
    print(f"\n2000 take attempts by 20 operators over 100 chats: {elapsed:.2f} s ({2000 / elapsed:.0f} takes/s)")


async def test_routing_never_exceeds_capacity(client, container, tenant):
    bot = await make_chatbot(client, tenant)
    ids = await _queued(client, container, tenant, bot, 100)
    operators = [await join(client, tenant, name=f"Op {i}") for i in range(20)]
    capacities = {o.user_id: (i % 4) + 1 for i, o in enumerate(operators)}  # 1..4: 50 places for 100 chats
    await asyncio.gather(*(set_status(client, o, capacity=capacities[o.user_id]) for o in operators))
    await asyncio.gather(*(container.handoff.route(UUID(tenant.id)) for _ in range(10)))  # and routing from elsewhere at once
    await container.handoff.drain()
    load = {o["user_id"]: o["active"] for o in (await client.get("/v1/handoff/operators", headers=tenant.headers)).json()}
    assert load == capacities  # every place filled, none over
    queued = (await client.get("/v1/handoff/handoffs", headers=tenant.headers, params={"status": "queued", "limit": 100})).json()["items"]
    assert len(queued) == 100 - sum(capacities.values())
    assigned = (await client.get("/v1/handoff/handoffs", headers=tenant.headers, params={"status": "assigned", "limit": 100})).json()["items"]
    assert len({h["conversation_id"] for h in assigned}) == len(assigned) == sum(capacities.values())
    for h in assigned[:5]:
        c = (await client.get(f"/v1/conversations/{h['conversation_id']}", headers=tenant.headers)).json()
        assert c["status"] == "assigned" and c["assigned_user_id"] == h["operator_id"]
    assert set(ids) == {h["conversation_id"] for h in queued + assigned}
