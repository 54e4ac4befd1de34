"""The handoff through the real sockets: the visitor's WebSocket sees the queue frame, the AI falls silent,
the operator's messages arrive live, and after the hand-back the AI answers and asks for a rating."""

from __future__ import annotations

import asyncio

import httpx

from tests.integration.conversations.helpers import cid, operator_socket, visitor_socket
from tests.integration.handoff.conftest import enable, handoff_of, join, set_status


async def _seen(sock, predicate, timeout: float = 5.0) -> dict:
    """A frame received at any time (before or after the socket's read cursor) that matches."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        found = next((f for f in sock.frames if predicate(f)), None)
        if found is not None:
            return found
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"no matching frame; got {sock.frames[-5:]}")
        await sock.drain(0.1)


async def _say(sock, text: str) -> dict:
    client_id = cid()
    await sock.send({"type": "message", "client_id": client_id, "content": text})
    return await sock.of_type("ack", client_id=client_id)


async def test_a_person_takes_over_and_gives_back_over_websockets(client, ws_base, kb_bot, replies, tenant):
    await enable(client, tenant, kb_bot.id)
    operator = await join(client, tenant, name="Grace Hopper")
    entry = (await client.post(f"/v1/widget/{kb_bot.public_id}/sessions", json={"name": "Ada Lovelace"},
                               headers={"Origin": "https://shop.example.com"})).json()
    session_id = entry["session"]["id"]
    visitor = await visitor_socket(ws_base, entry)
    ops = await operator_socket(ws_base, operator.token)
    try:
        await _say(visitor, "Can I talk to a human please?")
        queued = await _seen(visitor, lambda f: f.get("type") == "status" and f.get("status") == "queued")  # may precede the ack
        connecting = [f for f in visitor.frames if f.get("type") == "message" and f["sender"] == "system"]
        assert "connecting you with a person" in connecting[0]["content"] and connecting[0]["seq"] < queued["seq"]
        assert queued["by"] == "system"
        # nobody online: the visitor is told so, with a place and an expected wait
        frame = await _seen(visitor, lambda f: f.get("type") == "queue")
        assert frame["position"] == 1 and frame["away"] is True and frame["expected_wait_seconds"] >= 0
        away = await _seen(visitor, lambda f: f.get("type") == "message" and f["sender"] == "system" and f["data"]["handoff"].get("away"))
        assert "available" in away["content"]
        # the operators' socket hears about the queued conversation
        await ops.next(lambda f: f.get("type") == "session" and f["session"]["id"] == session_id and f["session"]["status"] == "queued")
        # the operator takes it
        await set_status(client, operator, "away")
        r = await client.post(f"/v1/handoff/conversations/{session_id}/take", headers=operator.headers)
        assert r.status_code == 200, r.text
        assigned = await visitor.of_type("status", status="assigned")
        assert assigned["by"] == "system"
        await ops.next(lambda f: f.get("type") == "session" and f["session"]["id"] == session_id
                       and f["session"]["assigned_user_id"] == operator.user_id)
        # the visitor writes: no AI reply while a person has the chat
        await _say(visitor, "Where is my refund?")
        await replies.drain()
        # the operator answers with a canned response; it reaches the visitor live
        r = await client.post("/v1/handoff/canned-responses", headers=operator.headers,
                              json={"shortcut": "refund", "body": "Hi {{visitor.first_name}}, {{operator.first_name}} here: your refund is on its way.",
                                    "personal": True})
        assert r.status_code == 201, r.text
        r = await client.post(f"/v1/handoff/conversations/{session_id}/reply", headers=operator.headers,
                              json={"content": "/refund It takes 5 days."})
        assert r.status_code == 201, r.text
        live = await visitor.next(lambda f: f.get("type") == "message" and f["sender"] == "human")
        assert live["content"] == "Hi Ada, Grace here: your refund is on its way. It takes 5 days."
        assert live["data"]["sender_name"] == "Grace" and live["sender_user_id"] == operator.user_id
        assert not [f for f in visitor.frames if f.get("type") in ("ai_typing", "ai_delta") or f.get("sender") == "ai"]
        # a private note never reaches the visitor
        r = await client.post(f"/v1/handoff/conversations/{session_id}/notes", headers=operator.headers,
                              json={"body": "SECRET-NOTE customer is a reseller"})
        assert r.status_code == 201, r.text
        # hand back: the visitor is asked for a rating, the AI answers the next message
        r = await client.post(f"/v1/handoff/conversations/{session_id}/hand-back", headers=operator.headers)
        assert r.status_code == 200, r.text
        await visitor.of_type("status", status="open")
        rating = await visitor.next(lambda f: f.get("type") == "message" and (f.get("data") or {}).get("csat_request"))
        assert "1 to 5" in rating["content"]
        await _say(visitor, "Do you offer express delivery?")
        ai = await visitor.next(lambda f: f.get("type") == "message" and f["sender"] == "ai", timeout=15)
        assert "next business day" in ai["content"]
        await visitor.drain(0.3)
        assert "SECRET-NOTE" not in str(visitor.frames)
    finally:
        await visitor.close()
        await ops.close()
    # nor any other visitor-facing path: the long poll, a returning visitor's history
    async with httpx.AsyncClient(base_url=f"http://{ws_base}") as server:  # the long poll needs the app's lifespan
        poll = await server.get(f"/v1/widget/{kb_bot.public_id}/sessions/{session_id}/events",
                                params={"after_seq": 0, "wait": 0},
                                headers={"Origin": "https://shop.example.com", "X-Visitor-Token": entry["visitor_token"]})
    assert poll.status_code == 200, poll.text
    again = await client.post(f"/v1/widget/{kb_bot.public_id}/sessions", json={"visitor_token": entry["visitor_token"]},
                              headers={"Origin": "https://shop.example.com"})
    assert again.status_code == 201
    assert "SECRET-NOTE" not in poll.text and "SECRET-NOTE" not in again.text
    assert "SECRET-NOTE" in (await client.get(f"/v1/handoff/conversations/{session_id}/notes", headers=operator.headers)).text
    handoff = await handoff_of(client, operator.headers, session_id)
    assert handoff["resolution"] == "handed_back" and handoff["operator_id"] == operator.user_id
    assert handoff["requested_at"] <= handoff["assigned_at"] <= handoff["resolved_at"]
