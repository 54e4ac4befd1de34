"""Any API process can serve any socket: a visitor on one process and an operator on another
converse through Redis (Litestar channels); killing the visitor's process mid-conversation loses
and duplicates nothing once the client resumes on the other process with after_seq."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import tempfile

import httpx
import pytest
from websockets.exceptions import ConnectionClosed

from tests.contract.conftest import ROOT, free_port, server_env
from tests.integration.conversations.helpers import make_chatbot, operator_socket, visitor, visitor_socket


async def _spawn(env: dict[str, str]) -> tuple[subprocess.Popen, int]:
    port = free_port()
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "api.asgi:app", "--host", "127.0.0.1", "--port", str(port),
         "--no-access-log", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log,
    )
    process.log = log  # type: ignore[attr-defined]
    return process, port


async def _wait_healthy(process: subprocess.Popen, port: int) -> None:
    async with httpx.AsyncClient() as http:
        for _ in range(300):
            if process.poll() is not None:
                process.log.seek(0)  # type: ignore[attr-defined]
                raise RuntimeError(f"API process exited: {process.log.read().decode()[-2000:]}")  # type: ignore[attr-defined]
            try:
                if (await http.get(f"http://127.0.0.1:{port}/health", timeout=1)).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("API process did not become healthy")


@pytest.fixture(scope="module")
async def processes(settings, services):
    """Three API processes on the same database and Redis (the third is the one that gets killed)."""
    env = server_env(settings, services) | {"PARLEY_ASSISTANT_AUTOREPLY": "false"}  # only people talk here
    spawned = [await _spawn(env) for _ in range(3)]
    try:
        await asyncio.gather(*(_wait_healthy(p, port) for p, port in spawned))
        yield spawned
    finally:
        for p, _ in spawned:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p, _ in spawned:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()


async def test_visitor_and_operator_on_different_processes_converse(client, tenant, processes):
    (_, port_a), (_, port_b), _ = processes
    bot = await make_chatbot(client, tenant)
    entry = await visitor(client, bot)
    sid = entry["session"]["id"]
    v = await visitor_socket(f"127.0.0.1:{port_a}", entry)
    op = await operator_socket(f"127.0.0.1:{port_b}", tenant.access_token)
    await op.send({"type": "subscribe", "session_id": sid})
    await op.of_type("caught_up")

    for i in range(3):
        await v.send({"type": "message", "client_id": f"v{i}", "content": f"visitor says {i}"})
        heard = await op.of_type("message", client_id=f"v{i}")
        assert heard["content"] == f"visitor says {i}"
        await op.send({"type": "typing", "session_id": sid, "state": "start"})
        assert (await v.of_type("typing"))["role"] == "operator"
        await op.send({"type": "message", "session_id": sid, "client_id": f"o{i}", "content": f"agent says {i}"})
        assert (await v.of_type("message", client_id=f"o{i}"))["content"] == f"agent says {i}"
    await v.drain(0.3)
    await op.drain(0.3)
    # Each side has the whole log once: the other's messages as events, its own as acks.
    acks = lambda sock: [f["seq"] for f in sock.frames if f["type"] == "ack"]  # noqa: E731
    assert [e["seq"] for e in v.events()] == [2, 4, 6] and acks(v) == [1, 3, 5]
    assert [e["seq"] for e in op.events()] == [1, 3, 5] and acks(op) == [2, 4, 6]
    await v.close()
    await op.close()


async def test_killing_the_visitors_process_loses_and_duplicates_nothing(client, tenant, processes):
    (_, _), (_, port_b), (victim, port_c) = processes
    bot = await make_chatbot(client, tenant)
    entry = await visitor(client, bot)
    sid = entry["session"]["id"]
    op = await operator_socket(f"127.0.0.1:{port_b}", tenant.access_token)
    await op.send({"type": "subscribe", "session_id": sid})
    await op.of_type("caught_up")

    outbox = [(f"m{i:02d}", f"visitor message {i}") for i in range(40)]
    acked: dict[str, int] = {}
    received: list[tuple[int, str | None]] = []  # the visitor's log across connections: (seq, client_id)
    state = {"last_seq": 0}

    async def converse(port: int, kill_after: int | None) -> None:
        sock = await visitor_socket(f"127.0.0.1:{port}", entry, after_seq=state["last_seq"])
        window = asyncio.Semaphore(4)

        def take(frame: dict) -> None:
            if frame.get("type") == "ack":
                acked[frame["client_id"]] = frame["seq"]
                window.release()
                if frame["duplicate"]:  # stored before its first ack was lost: the replay brought it
                    assert frame["seq"] <= state["last_seq"]
                else:  # the sender's own message: everything before it has arrived first
                    assert frame["seq"] == state["last_seq"] + 1, f"ack {frame['seq']} after {state['last_seq']}"
                    received.append((frame["seq"], frame["client_id"]))
                    state["last_seq"] = frame["seq"]
                if kill_after is not None and len(acked) >= kill_after and victim.poll() is None:
                    victim.send_signal(signal.SIGKILL)
            elif frame.get("type") in ("message", "status", "read"):
                assert frame["seq"] == state["last_seq"] + 1, f"gap or repeat: {frame['seq']} after {state['last_seq']}"
                received.append((frame["seq"], frame.get("client_id")))
                state["last_seq"] = frame["seq"]

        async def reader() -> None:
            for frame in sock.frames[sock._cursor:]:
                take(frame)
            while True:
                take(__import__("json").loads(await sock.ws.recv()))

        reading = asyncio.create_task(reader())
        try:
            for client_id, content in outbox:
                if client_id in acked:
                    continue
                while not reading.done():
                    try:
                        await asyncio.wait_for(window.acquire(), 0.2)
                        break
                    except TimeoutError:
                        continue
                if reading.done():
                    break
                await sock.send({"type": "message", "client_id": client_id, "content": content})
            # wait until everything is acknowledged
            for _ in range(200):
                if reading.done() or (len(acked) == len(outbox) and state["last_seq"] >= max(acked.values())):
                    break
                await asyncio.sleep(0.05)
        except ConnectionClosed:
            pass
        finally:
            if not reading.done():
                reading.cancel()
            try:
                await reading
            except (asyncio.CancelledError, ConnectionClosed):
                pass
            await sock.ws.close()

    await converse(port_c, kill_after=15)
    assert victim.poll() is not None, "the process was killed mid-conversation"
    assert 15 <= len(acked) < len(outbox)
    await converse(port_b, kill_after=None)  # reconnect to the other process, resend what was not acked

    assert len(acked) == len(outbox)
    assert [client_id for _, client_id in received] == [c for c, _ in outbox]  # each exactly once, in order
    assert [seq for seq, _ in received] == sorted(acked.values()) == list(range(1, len(outbox) + 1))

    # The operator on the surviving process saw the same log, once each.
    await op.drain(0.5)
    assert [e["client_id"] for e in op.events(sid)] == [c for c, _ in outbox]
    r = await client.get(f"/v1/conversations/{sid}/messages", headers=tenant.headers, params={"limit": 500})
    assert [e["client_id"] for e in r.json()["events"]] == [c for c, _ in outbox]
    await op.close()
