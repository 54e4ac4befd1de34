"""Visitors and operators converse over WebSockets: acks after the durable write, ordered events,
idempotent client ids, resume without loss or duplicates, typing, presence, receipts, status."""

from __future__ import annotations

import msgspec

from tests.integration.conversations.helpers import (
    cid,
    operator_socket,
    post_unpublished,
    session_listener,
    visitor,
    visitor_socket,
    watched_visitor,
)


async def test_visitor_and_operator_converse(client, ws_base, bot, tenant):
    entry = await visitor(client, bot, name="Grace", email="grace@example.org")
    session_id = entry["session"]["id"]
    v = await visitor_socket(ws_base, entry)
    await v.of_type("caught_up", session_id=session_id)
    op = await operator_socket(ws_base, tenant.access_token)
    await op.send({"type": "subscribe", "session_id": session_id, "after_seq": 0})
    await op.of_type("caught_up", session_id=session_id)

    c1 = cid()
    await v.send({"type": "message", "client_id": c1, "content": "Where is my order?"})
    ack = await v.of_type("ack", client_id=c1)
    assert ack["seq"] == 1 and ack["duplicate"] is False
    seen = await op.of_type("message", client_id=c1)
    assert seen["content"] == "Where is my order?" and seen["sender"] == "customer" and seen["seq"] == 1

    c2 = cid()
    await op.send({"type": "message", "client_id": c2, "session_id": session_id, "content": "On its way!"})
    assert (await op.of_type("ack", client_id=c2))["seq"] == 2
    reply = await v.of_type("message", client_id=c2)
    assert reply["sender"] == "human" and reply["content"] == "On its way!"
    assert reply["data"]["sender_name"] == "Ada"  # the operator's first name (signed up as "Ada Owner")

    # The transcript over REST is the same log, decrypted.
    r = await client.get(f"/v1/conversations/{session_id}/messages", headers=tenant.headers)
    assert r.status_code == 200, r.text
    assert [(e["seq"], e["content"]) for e in r.json()["events"]] == [(1, "Where is my order?"), (2, "On its way!")]
    await v.close()
    await op.close()


async def test_duplicate_client_id_is_acked_again_but_stored_once(client, ws_base, bot, tenant):
    entry = await visitor(client, bot)
    op, v, _ = await watched_visitor(ws_base, tenant.access_token, entry)
    c = cid()
    for _ in range(3):
        await v.send({"type": "message", "client_id": c, "content": "hello once"})
    acks = [await v.of_type("ack", client_id=c) for _ in range(3)]
    assert [a["seq"] for a in acks] == [1, 1, 1]
    assert [a["duplicate"] for a in acks] == [False, True, True]
    assert len({a["message_id"] for a in acks}) == 1
    await op.drain(0.3)
    assert [e["seq"] for e in op.events()] == [1]  # the event went out once
    await v.drain(0.1)
    assert v.events() == []  # the sender's own message reaches it as the ack only
    await op.close()
    r = await client.get(f"/v1/conversations/{entry['session']['id']}/messages", headers=tenant.headers)
    assert len(r.json()["events"]) == 1
    await v.close()


async def test_a_second_tab_sees_the_first_tabs_messages_and_the_sender_gets_the_ack(client, ws_base, bot, tenant):
    entry = await visitor(client, bot)
    first = await visitor_socket(ws_base, entry)
    await first.of_type("caught_up")
    second = await visitor_socket(ws_base, entry)
    await second.of_type("caught_up")
    await first.send({"type": "message", "client_id": "tab-1", "content": "typed in the first tab"})
    assert (await first.of_type("ack", client_id="tab-1"))["seq"] == 1
    mirrored = await second.of_type("message", client_id="tab-1")
    assert mirrored["seq"] == 1 and mirrored["content"] == "typed in the first tab" and mirrored["sender"] == "customer"
    await first.drain(0.3)
    assert first.events() == []
    await first.close()
    await second.close()


async def test_an_ack_never_overtakes_the_events_before_it(client, ws_base, bot, tenant, container):
    """When the socket is behind (an operator's reply whose fan-out was lost), the visitor's next ack
    comes after that reply, so a client may take the ack's seq as the last one it has."""
    entry = await visitor(client, bot)
    v = await visitor_socket(ws_base, entry)
    await v.of_type("caught_up")
    await post_unpublished(container, tenant, entry, "unpublished reply", client_id="lost")
    await v.send({"type": "message", "client_id": "next", "content": "anyone there?"})
    ack = await v.of_type("ack", client_id="next")
    assert ack["seq"] == 2
    before_ack = v.frames[: v.frames.index(ack)]
    assert [(f["seq"], f["client_id"]) for f in before_ack if f["type"] == "message"][:1] == [(1, "lost")]
    await v.close()


async def test_resume_with_after_seq_delivers_exactly_the_missed_events(client, ws_base, bot, tenant):
    entry = await visitor(client, bot)
    session_id = entry["session"]["id"]
    v = await visitor_socket(ws_base, entry)
    for i in range(3):
        await v.send({"type": "message", "client_id": f"v{i}", "content": f"visitor {i}"})
        await v.of_type("ack", client_id=f"v{i}")
    await v.close()

    # While the visitor is away, the operator answers twice.
    op = await operator_socket(ws_base, tenant.access_token)
    for i in range(2):
        await op.send({"type": "message", "client_id": f"o{i}", "session_id": session_id, "content": f"agent {i}"})
        await op.of_type("ack", client_id=f"o{i}")

    v2 = await visitor_socket(ws_base, entry, after_seq=3)
    caught = await v2.of_type("caught_up")
    assert caught["last_seq"] == 5
    assert [(e["seq"], e["content"]) for e in v2.events()] == [(4, "agent 0"), (5, "agent 1")]

    # Live traffic continues after the replay, without repeats.
    await op.send({"type": "message", "client_id": "o2", "session_id": session_id, "content": "agent 2"})
    await v2.of_type("message", client_id="o2")
    await v2.drain(0.3)
    assert [e["seq"] for e in v2.events()] == [4, 5, 6]
    await v2.close()
    await op.close()


async def test_typing_presence_receipts_and_status(client, ws_base, bot, tenant):
    entry = await visitor(client, bot)
    session_id = entry["session"]["id"]
    op, v, online = await watched_visitor(ws_base, tenant.access_token, entry)
    assert online["session_id"] == session_id

    await v.send({"type": "typing", "state": "start"})
    typing = await op.of_type("typing", role="visitor")
    assert typing["state"] == "start"

    await op.send({"type": "presence", "status": "away"})
    assert (await v.of_type("presence", role="operator"))["status"] == "away"

    await op.send({"type": "message", "client_id": "hello", "session_id": session_id, "content": "Hi, how can I help?"})
    msg = await v.of_type("message", client_id="hello")
    await v.send({"type": "receipt", "status": "read", "up_to_seq": msg["seq"]})
    read = await op.of_type("read")
    assert read["reader"] == "visitor" and read["up_to_seq"] == msg["seq"] and read["seq"] == msg["seq"] + 1
    r = await client.get(f"/v1/conversations/{session_id}/messages", headers=tenant.headers)
    stored = [e for e in r.json()["events"] if e["kind"] == "message"][0]
    assert stored["read_at"] is not None and stored["delivered_at"] is not None

    await op.send({"type": "status", "session_id": session_id, "status": "assigned"})
    status = await v.of_type("status")
    assert status["status"] == "assigned"
    await v.send({"type": "status", "status": "closed"})
    assert (await op.of_type("status", status="closed"))["by"] == "visitor"
    await v.send({"type": "message", "client_id": "late", "content": "one more thing"})
    err = await v.of_type("error", client_id="late")
    assert err["code"] == "session_closed"

    await v.close()
    offline = await op.of_type("presence", role="visitor", status="offline")
    assert offline["session_id"] == session_id
    await op.close()


async def test_operators_see_conversations_start_and_change_in_their_workspace_only(client, ws_base, bot, tenant, other_tenant):
    op = await operator_socket(ws_base, tenant.access_token)
    outsider = await operator_socket(ws_base, other_tenant.access_token)
    entry = await visitor(client, bot)
    sid = entry["session"]["id"]
    started = await op.of_type("session")
    assert started["session"]["id"] == sid and started["session"]["status"] == "open"
    r = await client.post(f"/v1/conversations/{sid}/close", headers=tenant.headers)
    assert r.status_code == 200
    closed = await op.next(lambda f: f["type"] == "session" and f["session"]["status"] == "closed")
    assert closed["session"]["id"] == sid and closed["session"]["ended_at"]
    await outsider.drain(0.3)
    assert not [f for f in outsider.frames if f["type"] == "session"]
    await op.close()
    await outsider.close()


async def test_a_visitor_with_two_tabs_stays_online_until_the_last_closes(client, ws_base, bot, tenant):
    entry = await visitor(client, bot)
    session_id = entry["session"]["id"]
    op, first, _ = await watched_visitor(ws_base, tenant.access_token, entry)
    await op.drain(0.3)

    def visitor_presence() -> list[str]:
        return [f["status"] for f in op.frames if f["type"] == "presence" and f.get("role") == "visitor"]

    announced = visitor_presence()
    second = await visitor_socket(ws_base, entry)
    await second.of_type("caught_up")
    await first.close()
    # Opening a second tab and closing the first say nothing: the visitor is still here.
    await second.send({"type": "message", "client_id": "still-here", "content": "still here"})
    await op.of_type("message", client_id="still-here")
    await op.drain(0.3)
    assert visitor_presence() == announced and set(announced) == {"online"}
    await second.close()
    assert (await op.of_type("presence", role="visitor", status="offline"))["session_id"] == session_id
    await op.close()


async def test_an_operator_on_two_devices_goes_offline_with_the_last(client, ws_base, bot, tenant):
    # An integration's key watches the workspace (a key is nobody: it has no presence of its own).
    key = await client.post("/v1/api-keys", headers=tenant.headers, json={"name": "wall", "scopes": ["conversations:read"]})
    watcher = await operator_socket(ws_base, key.json()["secret"])
    laptop = await operator_socket(ws_base, tenant.access_token)
    phone = await operator_socket(ws_base, tenant.access_token)
    await laptop.close()
    await phone.send({"type": "presence", "status": "away"})
    await watcher.of_type("presence", role="operator", status="away")
    await watcher.drain(0.5)  # whatever the laptop's goodbye caused has arrived by now
    assert not [f for f in watcher.frames if f["type"] == "presence" and f.get("status") == "offline"]
    await phone.close()
    await watcher.of_type("presence", role="operator", status="offline")
    await watcher.close()


async def test_frames_reach_sockets_of_the_same_process_once_and_other_processes_through_redis(
    client, ws_base, bot, tenant, container
):
    """An operator in the visitor's process gets the visitor's typing and message exactly once, and
    Redis carries both to every other process (here, a plain listener on the channels)."""
    entry = await visitor(client, bot)
    op, v, _ = await watched_visitor(ws_base, tenant.access_token, entry)
    elsewhere = await session_listener(container, entry["session"]["id"], tenant.id)

    await v.send({"type": "typing", "state": "start"})
    await v.send({"type": "message", "client_id": "once", "content": "hello"})
    await op.of_type("message", client_id="once")
    await op.drain(0.5)
    typing = [f for f in op.frames if f.get("type") == "typing"]
    assert [(t["role"], t["state"]) for t in typing] == [("visitor", "start")]
    assert [f["client_id"] for f in op.frames if f.get("type") == "message"] == ["once"]

    publisher = container.conversations.publisher
    kinds = []
    for _ in range(20):
        message = await elsewhere.get_message(timeout=0.5)
        if message and message["type"] == "message" and message["channel"].startswith(b"parley.e."):  # durable events
            kinds += [msgspec.json.decode(f)["type"] for f in publisher.frames(publisher.batch(message["data"]))]
        elif message and message["type"] == "message":  # ephemeral frames
            kinds.append(msgspec.json.decode(publisher.seal.open(publisher.envelope(message["data"]).f))["type"])
        if "message" in kinds:
            break
    await elsewhere.aclose()
    assert [k for k in kinds if k in ("typing", "message")] == ["typing", "message"]  # (presence may come first)
    await v.close()
    await op.close()


async def test_operators_get_each_presence_frame_once(client, ws_base, bot, tenant):
    entry = await visitor(client, bot)
    op, v, _ = await watched_visitor(ws_base, tenant.access_token, entry)
    colleague = await operator_socket(ws_base, tenant.access_token)
    await colleague.send({"type": "subscribe", "session_id": entry["session"]["id"]})
    await colleague.of_type("caught_up")
    await colleague.send({"type": "presence", "status": "away"})
    assert (await v.of_type("presence", role="operator"))["status"] == "away"  # the visitor still hears it
    await op.drain(0.5)
    presence = [(f["role"], f["status"]) for f in op.frames if f["type"] == "presence"]
    assert presence.count(("visitor", "online")) == 1 and presence.count(("operator", "away")) == 1, presence
    for sock in (colleague, v, op):
        await sock.close()


async def test_caught_up_reports_the_real_last_seq_for_an_after_seq_beyond_the_log(client, ws_base, bot, tenant):
    entry = await visitor(client, bot)
    v = await visitor_socket(ws_base, entry)
    await v.send({"type": "message", "client_id": "only", "content": "hello"})
    ack = await v.of_type("ack", client_id="only")
    op = await operator_socket(ws_base, tenant.access_token)
    await op.send({"type": "subscribe", "session_id": entry["session"]["id"], "after_seq": 9999})
    assert (await op.of_type("caught_up"))["last_seq"] == ack["seq"]
    # and events after that are delivered, not swallowed below a bogus mark
    await v.send({"type": "message", "client_id": "next", "content": "again"})
    assert (await op.of_type("message", client_id="next"))["seq"] == ack["seq"] + 1
    await v.close()
    await op.close()
