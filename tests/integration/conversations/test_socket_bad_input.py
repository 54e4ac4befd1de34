"""Bad input on a socket gets an error frame (or a close code with a reason); the connection's other
traffic and the stored data are unaffected. Heartbeats, floods and expiring tokens."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import time
import uuid

import pytest

from api.app import create_app
from domain.access import Role
from domain.tenancy.model import User
from infrastructure.realtime.config import RealtimeConfig
from infrastructure.security.tokens import JwtAccessTokens
from tests.integration.conversations.helpers import (
    open_socket,
    operator_socket,
    post_unpublished,
    start_server,
    stop_server,
    visitor,
    visitor_socket,
)

STRICT = RealtimeConfig(
    heartbeat_seconds=0.3, idle_timeout_seconds=2.0, auth_timeout_seconds=1.0, max_frame_bytes=2048,
    rate_per_second=5, burst=5, flood_close_after=30,
)


@pytest.fixture(scope="module")
async def strict_base(container):
    app = create_app(container=dataclasses.replace(container, realtime=STRICT))
    server, task, port = await start_server(app)
    yield f"127.0.0.1:{port}"
    await stop_server(server, task)


async def test_bad_frames_get_error_frames_and_the_socket_stays_usable(client, ws_base, bot, tenant):
    entry = await visitor(client, bot)
    v = await visitor_socket(ws_base, entry)
    await v.of_type("caught_up")
    cases = [
        ("not json at all", "invalid_json"),
        ("[1, 2]", "invalid_frame"),
        ('{"no": "type"}', "invalid_frame"),
        ('{"type": "launch_rockets"}', "unknown_type"),
        ('{"type": "message", "content": "no client id"}', "invalid_frame"),
        ('{"type": "message", "client_id": "x", "content": 42}', "invalid_frame"),
        ('{"type": "message", "client_id": "x", "content": "hi", "extra": 1}', "invalid_frame"),
        ('{"type": "message", "client_id": "empty", "content": "   "}', "invalid_frame"),
        ('{"type": "receipt", "status": "read", "up_to_seq": 0}', "invalid_frame"),
        ('{"type": "presence", "status": "online"}', "forbidden"),
        ('{"type": "status", "status": "assigned"}', "forbidden"),
        (json.dumps({"type": "resume", "session_id": str(uuid.uuid4())}), "not_found"),
        (json.dumps({"type": "message", "client_id": "big", "content": "x" * 8001}), "invalid_frame"),
        (b"\xff\xfe{not utf8", "invalid_utf8"),
        ('{"type": "message", "client_id": "deep", "x": ' + "[" * 5000 + "]" * 5000 + "}", "invalid_json"),  # was a 1011 close
        ("[" * 33 + "]" * 33, "invalid_json"),
        ('{"type": "message", "client_id": "nul", "content": "late\\u0000order"}', "invalid_frame"),
    ]
    for raw, code in cases:
        await v.send(raw)
        error = await v.of_type("error")
        assert error["code"] == code, (raw, error)
    too_big = json.dumps({"type": "message", "client_id": "huge", "content": "y" * 70_000})
    await v.send(too_big)
    assert (await v.of_type("error"))["code"] == "frame_too_large"

    await v.send({"type": "message", "client_id": "ok", "content": "still here"})
    ack = await v.of_type("ack", client_id="ok")
    assert ack["seq"] == 1
    r = await client.get(f"/v1/conversations/{entry['session']['id']}/messages", headers=tenant.headers)
    assert [e["content"] for e in r.json()["events"]] == ["still here"]
    await v.close()


async def test_missing_or_bad_credentials_close_with_a_reason(client, ws_base, bot, tenant, other_tenant):
    entry = await visitor(client, bot)
    cases = [
        ("/v1/ws/visitor", {"session_id": entry["session"]["id"]}, 4401),
        ("/v1/ws/visitor", {"token": "garbage", "session_id": entry["session"]["id"]}, 4401),
        ("/v1/ws/visitor", {"token": entry["visitor_token"], "session_id": "not-a-uuid"}, 4400),
        ("/v1/ws/visitor", {"token": entry["visitor_token"], "session_id": str(uuid.uuid4())}, 4404),
        ("/v1/ws/operator", {"token": "garbage"}, 4401),
    ]
    for path, params, code in cases:
        sock = await open_socket(ws_base, path, **params)
        await sock.ws.wait_closed()
        assert sock.ws.close_code == code, (params, sock.ws.close_code, sock.ws.close_reason)
        assert sock.ws.close_reason
    # A foreign Origin is refused on the socket as on the entry endpoint.
    sock = await open_socket(ws_base, "/v1/ws/visitor", origin="https://evil.example", token=entry["visitor_token"],
                             session_id=entry["session"]["id"])
    await sock.ws.wait_closed()
    assert sock.ws.close_code == 4403

    # Operators may authenticate with a first frame; before that, frames are refused.
    op = await open_socket(ws_base, "/v1/ws/operator", origin=None)
    await op.send({"type": "subscribe", "session_id": entry["session"]["id"]})
    assert (await op.of_type("error"))["code"] == "unauthenticated"
    await op.send({"type": "auth", "token": other_tenant.access_token})
    await op.of_type("ready")
    await op.send({"type": "subscribe", "session_id": entry["session"]["id"]})
    assert (await op.of_type("error"))["code"] == "not_found"  # another workspace's conversation
    await op.send({"type": "message", "session_id": entry["session"]["id"], "client_id": "x", "content": "hi"})
    assert (await op.of_type("error", client_id="x"))["code"] == "not_found"
    await op.close()


async def test_heartbeat_detects_a_dead_client_and_spares_a_live_one(client, strict_base, bot):
    entry = await visitor(client, bot)
    silent = await visitor_socket(strict_base, entry)
    live = await visitor_socket(strict_base, entry)
    started = time.monotonic()
    while time.monotonic() - started < 3.0:
        frame = await live.next(timeout=1.0)
        if frame["type"] == "ping":
            await live.send({"type": "pong"})
    await silent.drain(0.2)
    assert any(f["type"] == "ping" for f in silent.frames)
    await silent.ws.wait_closed()
    assert silent.ws.close_code == 4408 and "heartbeat" in silent.ws.close_reason
    await live.send({"type": "ping", "nonce": "n1"})
    assert (await live.of_type("pong"))["nonce"] == "n1"
    await live.close()


async def test_flooding_is_rate_limited_then_closed(client, strict_base, bot):
    entry = await visitor(client, bot)
    v = await visitor_socket(strict_base, entry)
    await v.of_type("caught_up")
    for i in range(12):
        await v.send({"type": "ping", "nonce": str(i)})
    limited = await v.of_type("error")
    assert limited["code"] == "rate_limited" and limited["retry_after_ms"] > 0
    await v.drain(0.3)
    pongs = [f for f in v.frames if f["type"] == "pong"]
    assert 4 <= len(pongs) <= 8
    for _ in range(2):  # the bucket refills: the socket works again (a ping keeps it alive meanwhile)
        await asyncio.sleep(0.5)
        await v.send({"type": "ping"})
    await v.send({"type": "message", "client_id": "after", "content": "calm now"})
    assert (await v.of_type("ack", client_id="after"))["seq"] == 1

    for _ in range(100):
        try:
            await v.send({"type": "ping"})
        except Exception:
            break
    await v.ws.wait_closed()
    assert v.ws.close_code == 4429


async def test_expired_operator_token_closes_the_socket(client, strict_base, tenant, container):
    user = User(id=uuid.UUID(tenant.user_id), tenant_id=uuid.UUID(tenant.id), email=tenant.email, name="x",
                role=Role.owner, password_hash="")
    short = JwtAccessTokens(container.settings.secret_key, 1).issue(user, "free", uuid.uuid4())
    op = await operator_socket(strict_base, short)
    expired = await op.of_type("error", timeout=4)
    assert expired["code"] == "token_expired"
    await op.ws.wait_closed()
    assert op.ws.close_code == 4401


async def test_operator_without_auth_is_closed(strict_base):
    op = await open_socket(strict_base, "/v1/ws/operator", origin=None)
    await op.ws.wait_closed()
    assert op.ws.close_code == 4401


async def test_invalid_utf8_in_a_text_frame_closes_only_that_socket(client, ws_base, bot, tenant):
    entry = await visitor(client, bot)
    bystander = await visitor_socket(ws_base, entry)
    bad = await visitor_socket(ws_base, entry)
    bad.ws.protocol.send_text(b'{"type":"ping","nonce":"\xff\xfe"}')  # bypasses the client's own UTF-8 encoding
    bad.ws.send_data()
    await bad.ws.wait_closed()
    assert bad.ws.close_code == 1007  # invalid frame payload data, decided by the WebSocket layer
    await bystander.send({"type": "message", "client_id": "fine", "content": "unaffected"})
    assert (await bystander.of_type("ack", client_id="fine"))["seq"] == 1
    await bystander.close()


async def test_a_live_socket_gets_events_whose_fan_out_was_lost(client, strict_base, bot, tenant, container):
    entry = await visitor(client, bot)
    v = await visitor_socket(strict_base, entry)
    await v.of_type("caught_up")
    await post_unpublished(container, tenant, entry, "written, never published", client_id="quiet")
    started = time.monotonic()
    while True:  # keep the socket alive; the heartbeat's repair brings the event
        frame = await v.next(timeout=2)
        if frame["type"] == "ping":
            await v.send({"type": "pong"})
        if frame["type"] == "message":
            break
    assert frame["client_id"] == "quiet" and frame["seq"] == 1
    assert time.monotonic() - started < 2
    await v.close()
