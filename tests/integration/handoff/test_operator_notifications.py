"""What the operator console lives on, across two API processes (Redis fans the frames out): the visitor asks for
a person through process A; the operator's socket on process B, authenticated with an `auth` frame as the console
does, hears the queue change, then its own assignment, then (following the chat) the visitor's messages; the
operator's message sent over the socket reaches the visitor with the operator's first name and picture."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from tests.contract.conftest import server_env
from tests.integration.conversations.helpers import ORIGIN, cid, make_chatbot, open_socket, visitor
from tests.integration.conversations.test_two_processes import _spawn, _wait_healthy
from tests.integration.handoff.conftest import enable, join, set_status

ASK = "I would like to talk to a person please"
AVATAR = "https://avatars.example.com/grace.png"


@pytest.fixture(scope="module")
async def two_processes(settings, services):
    spawned = [await _spawn(server_env(settings, services)) for _ in range(2)]
    try:
        for p, port in spawned:
            await _wait_healthy(p, port)
        yield [f"127.0.0.1:{port}" for _, port in spawned]
    finally:
        for p, _ in spawned:
            p.terminate()
        for p, _ in spawned:
            try:
                p.wait(timeout=10)
            except Exception:  # noqa: BLE001
                p.kill()


async def test_queue_assignment_and_visitor_messages_reach_the_operator_on_another_process(client, tenant, two_processes):
    a, b = two_processes
    bot = await make_chatbot(client, tenant)
    await enable(client, tenant, bot.id)
    grace = await join(client, tenant, name="Grace Hopper")
    assert (await client.patch("/v1/me", headers=grace.headers, json={"avatar_url": AVATAR})).status_code == 200
    await set_status(client, grace, capacity=0)  # nobody is routed the chat: it waits in the queue

    op = await open_socket(b, "/v1/ws/operator", origin=None)
    await op.send({"type": "auth", "token": grace.token})  # the console never puts its token in the URL
    ready = await op.of_type("ready")
    assert ready["user_id"] == grace.user_id

    entry = await visitor(client, bot)
    sid = entry["session"]["id"]
    headers = {"Origin": ORIGIN, "X-Visitor-Token": entry["visitor_token"]}
    async with httpx.AsyncClient(base_url=f"http://{a}") as on_a:
        sent = time.monotonic()
        r = await on_a.post(f"/v1/widget/{bot.public_id}/sessions/{sid}/messages", headers=headers,
                            json={"content": ASK, "client_id": cid()})
        assert r.status_code == 200, r.text
        queued = await op.next(lambda f: f.get("type") == "session" and f["session"]["id"] == sid
                               and f["session"]["status"] == "queued", timeout=10)
        assert queued["session"]["assigned_user_id"] is None
        assert time.monotonic() - sent < 5

        r = await on_a.post(f"/v1/handoff/conversations/{sid}/take", headers=grace.headers)
        assert r.status_code == 200, r.text
        assigned = await op.next(lambda f: f.get("type") == "session" and f["session"]["id"] == sid
                                 and f["session"]["status"] == "assigned", timeout=10)
        assert assigned["session"]["assigned_user_id"] == grace.user_id

        # the console follows its chats from the last seq it read: only new events come
        context = (await on_a.get(f"/v1/handoff/conversations/{sid}/context", headers=grace.headers)).json()
        last = max(e["seq"] for e in context["transcript"])
        await op.send({"type": "subscribe", "session_id": sid, "after_seq": last})
        caught = await op.of_type("caught_up", session_id=sid)
        assert caught["last_seq"] == last
        r = await on_a.post(f"/v1/widget/{bot.public_id}/sessions/{sid}/messages", headers=headers,
                            json={"content": "My order never arrived", "client_id": cid()})
        assert r.status_code == 200, r.text
        heard = await op.next(lambda f: f.get("type") == "message" and f["session_id"] == sid and f["sender"] == "customer",
                              timeout=10)
        assert heard["content"] == "My order never arrived" and heard["seq"] > last

        # the operator answers over the socket: the visitor sees the first name and the picture
        await op.send({"type": "message", "session_id": sid, "client_id": "op-1", "content": "Let me check that for you."})
        ack = await op.of_type("ack", client_id="op-1")
        events = (await on_a.get(f"/v1/widget/{bot.public_id}/sessions/{sid}/events", headers=headers,
                                 params={"after_seq": ack["seq"] - 1, "wait": 0})).json()
    answer = next(e for e in events["events"] if e["seq"] == ack["seq"])
    assert answer["sender"] == "human" and answer["content"] == "Let me check that for you."
    assert answer["data"]["sender_name"] == "Grace" and answer["data"]["sender_avatar_url"] == AVATAR
    await op.close()


async def test_an_operator_working_over_the_socket_is_not_left_auto_away(client, container, tenant, two_processes, monkeypatch):
    """The console works over the socket: an operator who only types and follows chats there must count as
    active, or the clock would mark them away while they answer visitors."""
    from datetime import UTC, datetime, timedelta
    from uuid import UUID

    _, b = two_processes
    bot = await make_chatbot(client, tenant)
    ada = await join(client, tenant, name="Ada Lovelace")
    await set_status(client, ada, "online", away_after_seconds=60)
    later = datetime.now(UTC) + timedelta(seconds=61)
    with monkeypatch.context() as m:
        m.setattr(container.handoff_workflows, "clock", lambda: later)
        assert (await container.handoff_workflows.tick(UUID(tenant.id)))["away"] == 1
    seen = {o["user_id"]: o for o in (await client.get("/v1/handoff/operators", headers=tenant.headers)).json()}
    assert seen[ada.user_id]["status"] == "away" and seen[ada.user_id]["auto_away"] is True

    op = await open_socket(b, "/v1/ws/operator", origin=None)
    await op.send({"type": "auth", "token": ada.token})
    await op.of_type("ready")
    sid = (await visitor(client, bot))["session"]["id"]
    await op.send({"type": "subscribe", "session_id": sid, "after_seq": 0})
    await op.of_type("caught_up", session_id=sid)
    for _ in range(50):
        seen = {o["user_id"]: o for o in (await client.get("/v1/handoff/operators", headers=tenant.headers)).json()}
        if seen[ada.user_id]["status"] == "online":
            break
        await asyncio.sleep(0.1)
    assert seen[ada.user_id]["status"] == "online" and seen[ada.user_id]["auto_away"] is False
    await op.close()
