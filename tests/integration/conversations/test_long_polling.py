"""Visitors behind proxies that block WebSockets: long-polling and plain POSTs carry the same
events, with the same seq and the same idempotency."""

from __future__ import annotations

import asyncio

import httpx

from tests.integration.conversations.helpers import ORIGIN, operator_socket, visitor


async def test_long_polling_visitor_converses_with_a_websocket_operator(client, ws_base, bot, tenant):
    entry = await visitor(client, bot)
    sid = entry["session"]["id"]
    headers = {"Origin": ORIGIN, "X-Visitor-Token": entry["visitor_token"]}
    base = f"/v1/widget/{bot.public_id}/sessions/{sid}"
    op = await operator_socket(ws_base, tenant.access_token)
    await op.send({"type": "subscribe", "session_id": sid})
    await op.of_type("caught_up")

    async with httpx.AsyncClient(base_url=f"http://{ws_base}", timeout=20) as http:
        for _ in range(2):  # a retry with the same client_id is acknowledged, not stored twice
            r = await http.post(f"{base}/messages", headers=headers, json={"client_id": "lp-1", "content": "hello from a proxy"})
            assert r.status_code == 200, r.text
        assert r.json()["seq"] == 1 and r.json()["duplicate"] is True
        assert (await op.of_type("message", client_id="lp-1"))["content"] == "hello from a proxy"

        # Events already there come back at once.
        r = await http.get(f"{base}/events", headers=headers, params={"after_seq": 0})
        assert [e["seq"] for e in r.json()["events"]] == [1] and r.json()["last_seq"] == 1

        # A poll with nothing new waits, and returns as soon as the operator answers.
        poll = asyncio.create_task(http.get(f"{base}/events", headers=headers, params={"after_seq": 1, "wait": 10}))
        await asyncio.sleep(0.5)
        assert not poll.done()
        started = asyncio.get_running_loop().time()
        await op.send({"type": "message", "session_id": sid, "client_id": "op-1", "content": "hi there"})
        r = await poll
        assert asyncio.get_running_loop().time() - started < 3
        assert [(e["seq"], e["content"]) for e in r.json()["events"]] == [(2, "hi there")]

        # Nothing new within `wait`: an empty batch, same cursor.
        r = await http.get(f"{base}/events", headers=headers, params={"after_seq": 2, "wait": 1})
        assert r.json() == {"events": [], "last_seq": 2, "status": "open"}

        # The token is checked on every call.
        r = await http.get(f"{base}/events", headers={"Origin": ORIGIN, "X-Visitor-Token": "nope"}, params={"wait": 0})
        assert r.status_code == 401 and r.headers["content-type"].startswith("application/problem+json")
        r = await http.get(f"{base}/events", headers={"Origin": ORIGIN}, params={"wait": 0})
        assert r.status_code == 400
    await op.close()


async def test_server_sent_events_stream_replays_then_follows(client, ws_base, bot, tenant):
    entry = await visitor(client, bot)
    sid = entry["session"]["id"]
    headers = {"Origin": ORIGIN, "X-Visitor-Token": entry["visitor_token"]}
    base = f"/v1/widget/{bot.public_id}/sessions/{sid}"
    async with httpx.AsyncClient(base_url=f"http://{ws_base}", timeout=20) as http:
        for i in range(2):
            await http.post(f"{base}/messages", headers=headers, json={"client_id": f"s{i}", "content": f"before {i}"})
        op = await operator_socket(ws_base, tenant.access_token)
        params = {"token": entry["visitor_token"]}
        # The browser's reconnect says where it was with Last-Event-ID.
        async with http.stream("GET", f"{base}/stream", params=params, headers={"Origin": ORIGIN, "Last-Event-ID": "1"}) as r:
            assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
            got = []
            lines = r.aiter_lines()
            async for line in lines:
                if line.startswith("id:"):
                    got.append(int(line[3:].strip()))
                if line.startswith("data:") and got == [2]:
                    await op.send({"type": "message", "session_id": sid, "client_id": "live", "content": "live reply"})
                if line.startswith("data:") and "live reply" in line:
                    break
        assert got == [2, 3]
        bad = await http.get(f"{base}/stream", params={"token": "nope"}, headers={"Origin": ORIGIN})
        assert bad.status_code == 401
        # Public like the other widget routes: the visitor token decides, a stray Authorization header is not read.
        stray = {"Origin": ORIGIN, "Authorization": "Bearer not-a-token"}
        async with http.stream("GET", f"{base}/stream", params=params, headers=stray) as r:
            assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        await op.close()
