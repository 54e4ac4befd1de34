"""Chat sockets under load: N concurrent visitor WebSockets each sending messages (ack after the
durable write), against a bare WebSocket echo on the same server, measured in the same run.

Prints, for N in --sockets (default 100 and 1000): ack latency p50/p95/p99, messages/s, memory per
idle connection (server RSS growth / N), and the same for the echo floor and for a durable floor
(the mandated parts alone: group commit in a tenant transaction, ack, Redis fan-out; see
bench/ws_app.py); plus the cost of one database commit on this machine. Each round also prints the
CPU per message of the server, the database and this load generator (they share the cores, so together
they bound the messages per second, and with it the latency: every socket waits for its ack), and the
share of the machine's CPU the hypervisor gave to others meanwhile (a round with much of it stolen
measured the neighbours). Checks that no acknowledged message is lost or duplicated, and that a sender
gets its own message as the ack only.

    .venv/bin/python bench/bench_ws.py [--sockets 100 1000] [--messages 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections.abc import Awaitable
from pathlib import Path

import asyncpg
import httpx
import msgspec
from websockets.asyncio.client import connect

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.support import cpu_seconds, percentile, scratch_dir, serve, server_env, wait_healthy  # noqa: E402
from infrastructure.embedded import EmbeddedServices  # noqa: E402
from tests.contract.conftest import free_port  # noqa: E402

ORIGIN = "https://bench.example.com"
WARM_SOCKETS = 10  # conversations that warm each round up, outside the measured ones
# One deadline per round, not one per receive: the load generator shares the cores with the server, so it
# must do the same per message in every round (asyncio.wait_for runs a task per receive: it was a third of
# the load generator's CPU per chat message, which the echo round never paid).
ROUND_TIMEOUT = 300
decode_frame = msgspec.json.decode


def database_cpu_seconds() -> float:
    """CPU used so far by every PostgreSQL process on the machine (the bench's database does the writes)."""
    import psutil

    total = 0.0
    for process in psutil.process_iter(["name", "cpu_times"]):
        if process.info["name"] == "postgres" and process.info["cpu_times"] is not None:
            total += process.info["cpu_times"].user + process.info["cpu_times"].system
    return total


def cpu_ticks() -> tuple[int, int]:
    """(all, stolen) CPU ticks of the machine so far: stolen time is the hypervisor running others."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return sum(fields[:8]), fields[7]


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


COMPRESSION: list = [None]  # set from --deflate


async def open_many(urls: list[str], headers: dict[str, str], first_frames: int) -> list:
    """Open sockets 50 at a time; read each one's first frames (ready, caught_up)."""
    sockets = []
    sem = asyncio.Semaphore(50)

    async def one(url: str):
        async with sem:
            ws = await connect(url, additional_headers=headers, open_timeout=30, ping_interval=None, max_queue=64,
                                 compression=COMPRESSION[0])
            for _ in range(first_frames):
                await asyncio.wait_for(ws.recv(), 30)
            return ws

    sockets = await asyncio.gather(*(one(u) for u in urls))
    return list(sockets)


async def settle(pid: int) -> int:
    await asyncio.sleep(1.0)
    return rss_kib(pid)


async def chat_round(sockets: list, messages: int, tag: str) -> dict:
    latencies: list[float] = []
    problems: list[str] = []

    async def visitor(i: int, ws) -> None:
        seqs: list[int] = []
        for m in range(messages):
            client_id = f"{tag}-{i}-{m}"
            started = time.perf_counter()
            await ws.send(json.dumps({"type": "message", "client_id": client_id, "content": f"bench message {m}"}))
            while True:
                frame = decode_frame(await ws.recv())
                if frame["type"] == "ack" and frame["client_id"] == client_id:
                    seqs.append(frame["seq"])
                    latencies.append((time.perf_counter() - started) * 1000)
                    break
                if frame["type"] == "error":
                    problems.append(f"socket {i}: {frame}")
                    return
                if frame["type"] == "message" and frame.get("client_id", "").startswith(f"{tag}-{i}-"):
                    problems.append(f"socket {i}: its own message {frame['client_id']} came back as an event")
        if seqs != sorted(set(seqs)):
            problems.append(f"socket {i}: acks out of order or repeated: {seqs}")

    started = time.perf_counter()
    async with asyncio.timeout(ROUND_TIMEOUT):
        await asyncio.gather(*(visitor(i, ws) for i, ws in enumerate(sockets)))
    wall = time.perf_counter() - started
    return {"lat": latencies, "rate": len(latencies) / wall, "problems": problems}


async def echo_round(sockets: list, messages: int) -> dict:
    latencies: list[float] = []

    async def one(ws) -> None:
        for m in range(messages):
            payload = json.dumps({"type": "message", "client_id": f"e{m}", "content": f"bench message {m}"})
            started = time.perf_counter()
            await ws.send(payload)
            assert await ws.recv() == payload
            latencies.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    async with asyncio.timeout(ROUND_TIMEOUT):
        await asyncio.gather(*(one(ws) for ws in sockets))
    return {"lat": latencies, "rate": len(latencies) / (time.perf_counter() - started), "problems": []}


async def measured(round_: Awaitable[dict], pid: int) -> dict:
    """The round's result with the CPU per message of the server, the database and this load generator
    added: they share the machine's cores, so together they bound the messages per second."""
    cpu, db_cpu, client_cpu, ticks = cpu_seconds(pid), database_cpu_seconds(), time.process_time(), cpu_ticks()
    result = await round_
    (total, stolen), (total0, stolen0) = cpu_ticks(), ticks
    result["steal_pct"] = 100 * (stolen - stolen0) / max(1, total - total0)
    per_message = 1e6 / max(1, len(result["lat"]))
    result["cpu_us"] = (cpu_seconds(pid) - cpu) * per_message
    result["db_cpu_us"] = (database_cpu_seconds() - db_cpu) * per_message
    result["client_cpu_us"] = (time.process_time() - client_cpu) * per_message
    return result


async def warm_up(urls: list[str], headers: dict[str, str], first_frames: int, tag: str) -> None:
    """A few conversations outside the measured ones, so a round starts warm."""
    warm = await open_many(urls, headers, first_frames)
    await chat_round(warm, 3, tag)
    for ws in warm:
        await ws.close()


async def durable_floor_round(ws_base: str, n: int, messages: int, pid: int) -> dict:
    await warm_up([f"{ws_base}/bench/durable"] * WARM_SOCKETS, {}, 0, f"w{n}")
    sockets = await open_many([f"{ws_base}/bench/durable"] * n, {}, 0)
    result = await measured(chat_round(sockets, messages, f"d{n}"), pid)
    for ws in sockets:
        await ws.close()
    return result


async def commit_floor(url: str, n: int = 300) -> list[float]:
    conn = await asyncpg.connect(url)
    try:
        await conn.execute("CREATE TABLE IF NOT EXISTS bench_commit (id bigserial PRIMARY KEY, v text)")
        out = []
        for i in range(n):
            started = time.perf_counter()
            await conn.execute("INSERT INTO bench_commit (v) VALUES ($1)", f"v{i}")  # autocommit: one commit
            out.append((time.perf_counter() - started) * 1000)
        return out
    finally:
        await conn.close()


async def run(args) -> None:
    embedded = EmbeddedServices(scratch_dir("parley-bench-ws-"))
    env, owner_url = await server_env(
        embedded, PARLEY_WS_RATE_PER_SECOND="1000", PARLEY_WS_BURST="1000", PARLEY_DB_POOL_SIZE=str(args.pool),
        PARLEY_ASSISTANT_AUTOREPLY="true" if args.with_assistant else "false")
    port = free_port()
    server = serve("bench.ws_app:app", port, env, "--backlog", "4096")
    results = []
    try:
        api = f"http://127.0.0.1:{port}"
        await wait_healthy(f"{api}/health", server)
        async with httpx.AsyncClient(base_url=api, timeout=60) as http:
            signup = (await http.post("/v1/auth/signup", json={
                "company": "Bench", "name": "Bench", "email": "bench-ws@example.com", "password": "benchmark password"})).json()
            auth = {"Authorization": f"Bearer {signup['tokens']['access_token']}"}
            bot = (await http.post("/v1/chatbots", headers=auth, json={"name": "Bench", "allowed_origins": [ORIGIN]})).json()
            entries = []
            sem = asyncio.Semaphore(20)

            async def enter():
                async with sem:
                    r = await http.post(f"/v1/widget/{bot['public_id']}/sessions", headers={"Origin": ORIGIN}, json={})
                    r.raise_for_status()
                    return r.json()

            entries = await asyncio.gather(*(enter() for _ in range(max(args.sockets) + WARM_SOCKETS)))
        commit = await commit_floor(owner_url)
        ws_base = f"ws://127.0.0.1:{port}"
        for n in args.sockets:
            # warm-up, then the echo floor
            warm = await open_many([f"{ws_base}/bench/echo"] * WARM_SOCKETS, {}, 0)
            await echo_round(warm, 3)
            for ws in warm:
                await ws.close()
            before = await settle(server.pid)
            echo_sockets = await open_many([f"{ws_base}/bench/echo"] * n, {}, 0)
            echo_mem = (await settle(server.pid) - before) / n
            echo = await measured(echo_round(echo_sockets, args.messages), server.pid)
            for ws in echo_sockets:
                await ws.close()

            # The durable floor: what the mandated parts (group commit in a tenant transaction, ack,
            # Redis fan-out) cost without the rest of Parley.
            durable = await durable_floor_round(ws_base, n, args.messages, server.pid)

            def visitor_urls(chosen: list[dict]) -> list[str]:
                return [f"{ws_base}/v1/ws/visitor?token={e['visitor_token']}&session_id={e['session']['id']}&after_seq="
                        f"{e['session']['last_seq']}" for e in chosen]

            # Warm-up, as the floors get; each visitor socket starts with `ready` and `caught_up`.
            await warm_up(visitor_urls(entries[-WARM_SOCKETS:]), {"Origin": ORIGIN}, 2, f"w{n}")
            before = await settle(server.pid)
            chat_sockets = await open_many(visitor_urls(entries[:n]), {"Origin": ORIGIN}, 2)
            chat_mem = (await settle(server.pid) - before) / n
            chat = await measured(chat_round(chat_sockets, args.messages, f"n{n}"), server.pid)
            for ws in chat_sockets:
                await ws.close()
            # The next round resumes after everything stored so far (AI replies included).
            conn = await asyncpg.connect(owner_url)
            try:
                last = {str(r["id"]): r["last_seq"] for r in await conn.fetch("SELECT id, last_seq FROM chat_sessions")}
            finally:
                await conn.close()
            for e in entries:
                e["session"]["last_seq"] = last[e["session"]["id"]]
            results.append((n, echo, echo_mem, durable, chat, chat_mem))
            await asyncio.sleep(1.0)
        # Nothing lost, nothing doubled: the database holds exactly what was acknowledged.
        conn = await asyncpg.connect(owner_url)
        try:
            stored = await conn.fetchval("SELECT count(*) FROM chat_messages WHERE client_id LIKE 'n%'")
            doubled = await conn.fetchval(
                "SELECT count(*) FROM (SELECT session_id, seq FROM chat_messages GROUP BY 1, 2 HAVING count(*) > 1) d")
        finally:
            await conn.close()
    finally:
        server.terminate()
        server.wait(timeout=15)
        embedded.stop()

    c50, c95 = percentile(commit, 50), percentile(commit, 95)
    print(f"\none database commit (INSERT, autocommit, sequential): p50 {c50:.2f} ms  p95 {c95:.2f} ms")
    print(f"\n{'run':<34}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'msg/s':>9}{'KiB/idle conn':>15}{'server CPU µs/msg':>19}{'database CPU µs/msg':>21}{'load generator CPU µs/msg':>27}{'stolen CPU %':>14}")
    acked_total = 0
    for n, echo, echo_mem, durable, chat, chat_mem in results:
        for label, r, mem in ((f"echo floor, {n} sockets", echo, echo_mem), (f"durable floor ack, {n} sockets", durable, None),
                              (f"Parley visitor ack, {n} sockets", chat, chat_mem)):
            memory = f"{mem:>15.1f}" if mem is not None else f"{'':>15}"
            print(f"{label:<34}{percentile(r['lat'], 50):>9.2f}{percentile(r['lat'], 95):>9.2f}{percentile(r['lat'], 99):>9.2f}"
                  f"{r['rate']:>9.0f}{memory}{r['cpu_us']:>19.0f}{r['db_cpu_us']:>21.0f}{r['client_cpu_us']:>27.0f}{r['steal_pct']:>14.0f}")
        acked_total += len(chat["lat"])
        target = 3 * percentile(echo["lat"], 95) + c95

        def against_target(r: dict) -> str:
            return f"{percentile(r['lat'], 95):.2f} ms, {'within' if percentile(r['lat'], 95) <= target else 'ABOVE'}"

        print(f"  → target 3×echo p95 + commit p95 = {target:.2f} ms; Parley's ack p95 {against_target(chat)}; "
              f"idle connection {chat_mem:.1f} KiB (target < 48.8 KiB = 50 KB)")
        print(f"  → the durable floor's ack p95 {against_target(durable)}")
        # Each socket waits for its ack, so the mean latency is N / (msg/s) (Little's law): the target
        # is a throughput, which the CPU all three processes spend per message bounds on shared cores.
        spread = percentile(chat["lat"], 95) / (sum(chat["lat"]) / len(chat["lat"]))
        total = {label: r["cpu_us"] + r["db_cpu_us"] + r["client_cpu_us"] for label, r in
                 (("echo", echo), ("durable floor", durable), ("Parley", chat))}
        print(f"  → with Parley's spread (p95 = {spread:.2f} × mean) the target needs ≥ {spread * n / target * 1000:.0f} msg/s "
              f"(Parley {chat['rate']:.0f}); CPU per message, server + database + load generator: "
              + ", ".join(f"{label} {us:.0f} µs" for label, us in total.items()))
        for problem in (durable["problems"] + chat["problems"])[:5]:
            print("  PROBLEM", problem)
    print(f"\nacknowledged {acked_total} messages; stored {stored}; duplicated seqs {doubled}; "
          f"lost {acked_total - stored}. {os.cpu_count()} cores; client and server share them; one uvicorn worker.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sockets", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--messages", type=int, default=20,
                        help="messages per socket, each awaiting its ack (20: rounds long enough for a steady p95)")
    parser.add_argument("--with-assistant", action="store_true",
                        help="let the AI answer every visitor message in the same process (default: off, to measure the chat path)")
    parser.add_argument("--pool", type=int, default=10, help="database connections of the API process (PARLEY_DB_POOL_SIZE)")
    parser.add_argument("--deflate", action="store_true",
                        help="negotiate permessage-deflate like browsers do (default off: the load generator shares the 2 cores)")
    args = parser.parse_args()
    COMPRESSION[0] = "deflate" if args.deflate else None
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
