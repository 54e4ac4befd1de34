"""Handoff: visitor asks for a person → operator notified, across two API processes, and queue operations/s.

Two API processes share the embedded PostgreSQL and Redis. Visitors write "I want to talk to a human" over REST to
process A (handoff rules on, assistant off); an operator socket on process B waits for each conversation's `session`
frame with status `queued` (the notification the console listens for). Latency = from sending the message to that
frame. Then operators take every queued chat (REST, spread over both processes) and the bench reports takes/s.
Target on this machine: notification p95 ≤ 100 ms.

    python bench/bench_handoff.py [--visitors 200] [--rate 20] [--takers 8]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
import time
from pathlib import Path

import httpx
from websockets.asyncio.client import connect

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support import cpu_seconds, percentile, scratch_dir, serve, server_env, wait_healthy
from infrastructure.embedded import EmbeddedServices

ORIGIN = "https://shop.example.com"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def run(args) -> None:
    embedded = EmbeddedServices(scratch_dir("parley-bench-handoff-"))
    env, _ = await server_env(embedded, PARLEY_ASSISTANT_AUTOREPLY="false")
    ports = [free_port(), free_port()]
    servers = [serve("api.asgi:app", port, env) for port in ports]
    try:
        a, b = (f"http://127.0.0.1:{p}" for p in ports)
        for url, server in zip((a, b), servers):
            await wait_healthy(f"{url}/health", server)
        async with httpx.AsyncClient(base_url=a, timeout=60) as http:
            signup = (await http.post("/v1/auth/signup", json={
                "company": "Bench", "name": "Bench Owner", "email": f"bench-handoff-{time.time_ns()}@example.com",
                "password": "benchmark password"})).json()
            token = signup["tokens"]["access_token"]
            auth = {"Authorization": f"Bearer {token}"}
            bot = (await http.post("/v1/chatbots", headers=auth, json={"name": "Bench", "allowed_origins": [ORIGIN]})).json()
            (await http.put(f"/v1/handoff/settings/{bot['id']}", headers=auth, json={})).raise_for_status()
            sem = asyncio.Semaphore(20)

            async def enter() -> dict:
                async with sem:
                    r = await http.post(f"/v1/widget/{bot['public_id']}/sessions", headers={"Origin": ORIGIN}, json={})
                    r.raise_for_status()
                    return r.json()

            entries = await asyncio.gather(*(enter() for _ in range(args.visitors)))
            await asyncio.sleep(1.0)
            waiting: dict[str, asyncio.Future[float]] = {}
            ws = await connect(f"ws://127.0.0.1:{ports[1]}/v1/ws/operator?token={token}", max_size=2**22)

            async def listen() -> None:
                async for raw in ws:
                    frame = json.loads(raw)
                    if frame.get("type") == "session" and frame["session"]["status"] == "queued":
                        done = waiting.get(frame["session"]["id"])
                        if done is not None and not done.done():
                            done.set_result(time.perf_counter())

            listener = asyncio.create_task(listen())
            latencies: list[float] = []
            cpu = [cpu_seconds(s.pid) for s in servers]

            async def ask(entry: dict) -> None:
                session_id = entry["session"]["id"]
                waiting[session_id] = asyncio.get_running_loop().create_future()
                started = time.perf_counter()
                r = await http.post(f"/v1/widget/{bot['public_id']}/sessions/{session_id}/messages",
                                    headers={"Origin": ORIGIN, "X-Visitor-Token": entry["visitor_token"]},
                                    json={"content": "I want to talk to a human please", "client_id": f"c-{session_id}"})
                r.raise_for_status()
                arrived = await asyncio.wait_for(waiting[session_id], 30)
                latencies.append((arrived - started) * 1000)

            began = time.perf_counter()
            tasks = []
            for entry in entries:  # an open loop at a fixed rate
                tasks.append(asyncio.create_task(ask(entry)))
                await asyncio.sleep(1 / args.rate)
            await asyncio.gather(*tasks)
            asked = time.perf_counter() - began
            used = [cpu_seconds(s.pid) - c for s, c in zip(servers, cpu)]
            listener.cancel()
            await ws.close()
            print(f"handoff → operator notification across two API processes ({len(latencies)} visitors at {args.rate}/s, "
                  f"{asked:.1f} s): p50 {percentile(latencies, 50):.1f} ms, p95 {percentile(latencies, 95):.1f} ms, "
                  f"max {max(latencies):.1f} ms (target p95 ≤ 100 ms); server CPU {used[0]:.2f} s + {used[1]:.2f} s")

            queued = (await http.get("/v1/handoff/handoffs", headers=auth, params={"status": "queued", "limit": 100})).json()["items"]
            ids = [e["session"]["id"] for e in entries]
            operators = []
            for i in range(args.takers):  # each taker is an operator of its own
                invite = (await http.post("/v1/invitations", headers=auth,
                                          json={"email": f"op{i}-{time.time_ns()}@example.com", "role": "operator"})).json()
                joined = (await http.post("/v1/invitations/accept",
                                          json={"token": invite["token"], "name": f"Operator {i}", "password": "operator password"})).json()
                operators.append({"Authorization": f"Bearer {joined['tokens']['access_token']}"})
            clients = [httpx.AsyncClient(base_url=(a, b)[i % 2], timeout=60, headers=operators[i]) for i in range(args.takers)]
            owners: dict[str, int] = {}
            conflicts = 0

            async def taker(i: int) -> None:
                nonlocal conflicts
                for session_id in ids[i::args.takers] + ids:  # its share first, then everyone else's (contention)
                    if len(owners) >= len(ids):
                        return
                    r = await clients[i].post(f"/v1/handoff/conversations/{session_id}/take")
                    if r.status_code == 200:
                        if owners.setdefault(session_id, i) != i:
                            raise SystemExit(f"{session_id} taken twice")
                    elif r.status_code == 409:
                        conflicts += 1
                    else:
                        raise SystemExit(f"take answered {r.status_code}: {r.text}")

            began = time.perf_counter()
            await asyncio.gather(*(taker(i) for i in range(args.takers)))
            took = time.perf_counter() - began
            for c in clients:
                await c.aclose()
            taken = len(owners)
            print(f"queue operations: {taken} takes + {conflicts} refused (409) by {args.takers} takers over two processes in "
                  f"{took:.2f} s: {(taken + conflicts) / took:.0f} operations/s ({len(queued)}+ were queued)")
            if taken != len(ids):
                raise SystemExit(f"taken {taken} of {len(ids)}")
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            try:
                server.wait(timeout=10)
            except Exception:  # noqa: BLE001
                server.kill()
        embedded.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visitors", type=int, default=200)
    parser.add_argument("--rate", type=float, default=20.0, help="visitors asking per second")
    parser.add_argument("--takers", type=int, default=8)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
