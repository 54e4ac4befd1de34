"""Authenticated, database-backed "list chatbots" vs a bare Litestar hello-world, same machine, same run.

Both are served by one uvicorn worker; load comes from autocannon (bench/node_modules, installed on
first use). Prints requests/s, p50 and p99 latency for each, and their throughput ratio; and floors
served like the hello-world: one asyncpg query, and the bare tenant transaction (BEGIN + SET LOCAL,
the query, COMMIT) that any RLS-bound read costs before the application does anything; for the
chatbot list also that transaction returning the same rows as JSON, built in Python or by PostgreSQL.

    ./just bench-api [--seconds 10] [--connections 32]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT))

from bench.support import cpu_seconds, scratch_dir, serve, server_env, wait_healthy  # noqa: E402
from infrastructure.embedded import EmbeddedServices  # noqa: E402
from tests.contract.conftest import free_port  # noqa: E402


def autocannon() -> str:
    binary = BENCH / "node_modules" / ".bin" / "autocannon"
    if not binary.exists():
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=BENCH, check=True)
    return str(binary)


def load(url: str, seconds: int, connections: int, headers: dict[str, str], server: subprocess.Popen) -> dict:
    args = [autocannon(), "-j", "-c", str(connections), "-d", str(seconds)]
    for name, value in headers.items():
        args += ["-H", f"{name}={value}"]
    cpu = cpu_seconds(server.pid)
    out = subprocess.run([*args, url], capture_output=True, text=True, check=True).stdout
    cpu = cpu_seconds(server.pid) - cpu
    result = json.loads(out)
    non2xx = result.get("non2xx", 0) + result.get("errors", 0)
    if non2xx:
        raise SystemExit(f"{url}: {non2xx} failed requests during the run")
    return {"rps": result["requests"]["average"], "p50": result["latency"]["p50"], "p99": result["latency"]["p99"],
            "cpu_us": cpu / max(1, result["requests"]["total"]) * 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--chatbots", type=int, default=10, help="chatbots in the listed workspace (page size 20)")
    parser.add_argument("--path", default="/v1/chatbots", help="authenticated GET to measure against the floor")
    args = parser.parse_args()

    embedded = EmbeddedServices(scratch_dir("parley-bench-"))
    env, _ = asyncio.run(server_env(embedded))
    hello_port, parley_port = free_port(), free_port()
    servers = [serve("bench.hello_app:app", hello_port, env), serve("api.asgi:app", parley_port, env)]
    try:
        asyncio.run(wait_healthy(f"http://127.0.0.1:{hello_port}/hello", servers[0]))
        asyncio.run(wait_healthy(f"http://127.0.0.1:{parley_port}/health", servers[1]))
        api = f"http://127.0.0.1:{parley_port}"
        signup = httpx.post(f"{api}/v1/auth/signup", json={
            "company": "Bench", "name": "Bench", "email": "bench@example.com", "password": "benchmark password"}).json()
        auth = {"Authorization": f"Bearer {signup['tokens']['access_token']}"}
        for i in range(args.chatbots):
            httpx.post(f"{api}/v1/chatbots", headers=auth, json={"name": f"Bot {i}", "languages": ["en", "fr"]})
        listed = httpx.get(f"{api}/v1/chatbots", headers=auth).json()
        assert len(listed["items"]) == args.chatbots

        print(f"warming up ({args.connections} connections)…", file=sys.stderr)
        load(f"http://127.0.0.1:{hello_port}/hello", 2, args.connections, {}, servers[0])
        load(f"{api}{args.path}", 2, args.connections, auth, servers[1])
        hello = load(f"http://127.0.0.1:{hello_port}/hello", args.seconds, args.connections, {}, servers[0])
        one_query = load(f"http://127.0.0.1:{hello_port}/one-query", args.seconds, args.connections, {}, servers[0])
        rls_floor = load(f"http://127.0.0.1:{hello_port}/rls-transaction", args.seconds, args.connections, {}, servers[0])
        rows_floor = sql_floor = None
        if args.path == "/v1/chatbots":
            tenant = signup["tenant"]["id"]
            rows_floor = load(f"http://127.0.0.1:{hello_port}/rls-chatbots/{tenant}", args.seconds, args.connections,
                              {}, servers[0])
            sql_floor = load(f"http://127.0.0.1:{hello_port}/rls-chatbots-sql/{tenant}", args.seconds, args.connections,
                             {}, servers[0])
        parley = load(f"{api}{args.path}", args.seconds, args.connections, auth, servers[1])
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=10)
        embedded.stop()

    print(f"\n{'endpoint':<46}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'server CPU µs/req':>19}")
    label = f"Parley GET {args.path} ({args.chatbots} bots, JWT+RLS)" if args.path == "/v1/chatbots" else f"Parley GET {args.path}"
    floors = (("bare Litestar GET /hello", hello), ("bare Litestar + one asyncpg SELECT 1", one_query),
              ("bare Litestar + BEGIN;SET LOCAL/SELECT/COMMIT", rls_floor),
              ("same, the same chatbot rows as JSON", rows_floor),
              ("same, JSON rendered by PostgreSQL", sql_floor))
    for name, r in (*(f for f in floors if f[1] is not None), (label, parley)):
        print(f"{name:<46}{r['rps']:>10.0f}{r['p50']:>9.1f}{r['p99']:>9.1f}{r['cpu_us']:>19.0f}")
    ratio = parley["rps"] / hello["rps"]
    print(f"\nthroughput ratio Parley/bare = {ratio:.2f} (target ≥ 0.30); "
          f"one-query floor/bare = {one_query['rps'] / hello['rps']:.2f}; "
          f"tenant-transaction floor/bare = {rls_floor['rps'] / hello['rps']:.2f}"
          + (f"; same rows as JSON/bare = {rows_floor['rps'] / hello['rps']:.2f}, rendered by PostgreSQL "
             f"{sql_floor['rps'] / hello['rps']:.2f}" if rows_floor and sql_floor else "")
          + f"; on {os.cpu_count()} cores, "
          f"{args.connections} connections, {args.seconds} s each, one uvicorn worker per server")


if __name__ == "__main__":
    main()
