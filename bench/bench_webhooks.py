"""Webhooks: commit → delivery latency and deliveries/s through one worker process, to a local receiver that
verifies every delivery with `standardwebhooks`; then the same with one extra endpoint that never answers.

Events are committed in this process (each in its own unit of work, so the outbox dispatches it: the fan-out makes
the deliveries); the worker and the receiver are processes of their own. Phases:

- paced: events at --rate, the worker running: commit → delivery p50/p95;
- flood: events committed as fast as this process can (16 at a time), the worker running: deliveries/s, bounded by
  how fast this one process commits (printed beside it);
- backlog: the events committed while no worker runs, then a worker started: deliveries/s from the first arrival to
  the last, i.e. what one worker process delivers when it has work, and its CPU per delivery meanwhile;
- the backlog with and without a second endpoint that never answers, in --pairs alternated pairs (the machine's
  load drifts): what it costs the healthy one, the median of the pairs; then the flood and the paced phase with it.

Targets on this machine: p95 ≤ 250 ms, ≥ 300 deliveries/s per worker, the dead endpoint costing < 10 %.
The same file runs against older checkouts (it uses only the unit of work and the API).

    python bench/bench_webhooks.py [--events 1000] [--rate 100] [--pairs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from uuid import UUID

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support import ROOT, cpu_seconds, parley_in_process, percentile
from domain.conversations.events import ConversationClosed
from domain.ids import new_id


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _key(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def start_receiver(port: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "bench/webhook_receiver.py", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL)
    for _ in range(200):
        try:
            httpx.get(f"http://127.0.0.1:{port}/arrivals", timeout=1)
            return process
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("the receiver did not start")


def start_worker(container, owner_url: str, redis_url: str) -> subprocess.Popen:
    settings = container.settings
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PARLEY_", "DATABASE_URL", "APP_DATABASE_URL", "REDIS_URL"))}
    env |= {
        "PARLEY_SECRET_KEY": _key(settings.secret_key), "PARLEY_MASTER_KEY": _key(settings.master_key),
        "PARLEY_ENV": "test", "PARLEY_ALLOW_PRIVATE_URLS": "true", "DATABASE_URL": owner_url, "REDIS_URL": redis_url,
        "LOG_LEVEL": "warning",
    }
    if settings.app_database_url:
        env["APP_DATABASE_URL"] = settings.app_database_url
    return subprocess.Popen([sys.executable, "-m", "arq", "infrastructure.jobs.worker.WorkerSettings"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=open(os.environ.get("BENCH_WORKER_LOG", os.devnull), "w"))


async def commit_event(container, tenant_id: UUID, committed: dict[str, float]) -> None:
    event = ConversationClosed(tenant_id=tenant_id, conversation_id=new_id(), chatbot_id=new_id(), by="bench")
    async with container.db.unit_of_work(tenant_id) as uow:
        uow.record(event)
        committed[str(event.id)] = time.time()  # COMMIT follows; the dispatch (fan-out) comes after it


_http: httpx.AsyncClient | None = None  # one client for all polls (a new one per poll costs this process ~1 ms of TLS set-up)


async def arrivals(receiver: str) -> tuple[dict[str, float], int]:
    global _http
    if _http is None:
        _http = httpx.AsyncClient(timeout=30)
    body = (await _http.get(f"{receiver}/arrivals")).json()
    return body["arrivals"], body["refused"]


async def wait_for(receiver: str, ids: set[str], timeout: float, on_first=None) -> dict[str, float]:
    """Arrivals until all of `ids` arrived (or the timeout); `on_first()` is called once when the first one did."""
    deadline = time.monotonic() + timeout
    while True:
        got, _ = await arrivals(receiver)
        if on_first is not None and not ids.isdisjoint(got.keys()):
            on_first()
            on_first = None
        if ids <= got.keys() or time.monotonic() > deadline:
            return got
        await asyncio.sleep(0.02 if on_first is not None else 0.1)


async def paced(container, tenant_id, n: int, rate: float) -> dict[str, float]:
    committed: dict[str, float] = {}
    tasks = []
    start = time.monotonic()
    for i in range(n):
        await asyncio.sleep(max(0.0, start + i / rate - time.monotonic()))
        tasks.append(asyncio.create_task(commit_event(container, tenant_id, committed)))
    await asyncio.gather(*tasks)
    return committed


async def flood(container, tenant_id, n: int, concurrency: int = 16) -> dict[str, float]:
    committed: dict[str, float] = {}
    queue = iter(range(n))

    async def emitter() -> None:
        for _ in queue:
            await commit_event(container, tenant_id, committed)

    await asyncio.gather(*(emitter() for _ in range(concurrency)))
    return committed


def report_latency(label: str, committed: dict[str, float], got: dict[str, float]) -> None:
    latencies = [(got[i] - t) * 1000 for i, t in committed.items() if i in got]
    print(f"{label}: {len(latencies)}/{len(committed)} delivered; commit → delivery p50 {percentile(latencies, 50):.0f} ms, "
          f"p95 {percentile(latencies, 95):.0f} ms, max {max(latencies, default=float('nan')):.0f} ms")


def report_backlog(label: str, committed: dict[str, float], got: dict[str, float], worker_cpu: float) -> float:
    """Deliveries/s from the first arrival to the last (the events all waited before the worker started)."""
    delivered = sorted(got[i] for i in committed if i in got)
    span = delivered[-1] - delivered[0] if len(delivered) > 1 else float("nan")
    rate = (len(delivered) - 1) / span if len(delivered) > 1 else 0.0
    print(f"{label}: {len(delivered)}/{len(committed)} delivered in {span:.2f} s = {rate:.0f} deliveries/s per worker process "
          f"(worker CPU {worker_cpu:.2f} s, {worker_cpu / max(1, len(delivered)) * 1000:.2f} ms per delivery; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    return rate


async def backlog(container, tenant_id, n: int, parley, receiver: str, label: str) -> float:
    """Commits `n` events while no worker runs, starts one, and reports how fast it delivers them."""
    committed = await flood(container, tenant_id, n)
    worker = start_worker(container, parley.owner_url, parley.redis_url)
    try:
        cpu: list[float] = []
        got = await wait_for(receiver, set(committed), 180, on_first=lambda: cpu.append(cpu_seconds(worker.pid)))
        return report_backlog(label, committed, got, cpu_seconds(worker.pid) - cpu[0] if cpu else float("nan"))
    finally:
        stop_worker(worker)


async def warm_worker(container, tenant_id, parley, receiver: str) -> subprocess.Popen:
    """A worker that has started (imports, start-up sweeps) and delivered a few events: its CPU from here on is delivery
    work (a worker's start-up takes seconds of CPU, more on a loaded machine)."""
    worker = start_worker(container, parley.owner_url, parley.redis_url)
    await asyncio.sleep(2.0)
    warm = await flood(container, tenant_id, 20)
    await wait_for(receiver, set(warm), 60)
    return worker


def stop_worker(worker: subprocess.Popen) -> None:
    worker.terminate()  # arq waits for jobs in flight (the dead endpoint's) before it exits
    try:
        worker.wait(timeout=5)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait()


def report_throughput(label: str, committed: dict[str, float], got: dict[str, float], worker_cpu: float) -> float:
    delivered = [got[i] for i in committed if i in got]
    span = max(delivered) - min(committed.values()) if delivered else float("nan")
    rate = len(delivered) / span if delivered else 0.0
    committing = max(committed.values()) - min(committed.values())
    print(f"{label}: {len(delivered)}/{len(committed)} delivered in {span:.2f} s = {rate:.0f} deliveries/s "
          f"(worker CPU {worker_cpu:.2f} s, {worker_cpu / max(1, len(delivered)) * 1000:.2f} ms per delivery; "
          f"the events were committed in {committing:.2f} s = {len(committed) / max(committing, 1e-9):.0f}/s; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    return rate


async def run(args) -> None:
    from api.app import create_app

    port = free_port()
    receiver_process = start_receiver(port)
    receiver = f"http://127.0.0.1:{port}"
    try:
        async with parley_in_process("pw", allow_private_urls=True) as parley:
            container = parley.container
            app = create_app(container=container)
            app.state.container = container
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as api:
                signed = (await api.post("/v1/auth/signup", json={
                    "company": "Bench", "name": "Bench", "email": "bench@example.com", "password": "correct horse battery",
                })).json()
                headers = {"Authorization": f"Bearer {signed['tokens']['access_token']}"}
                tenant_id = UUID(signed["tenant"]["id"])
                created = await api.post("/v1/webhooks", headers=headers,
                                         json={"url": f"{receiver}/ok", "event_types": ["conversation.*"]})
                assert created.status_code == 201, created.text
                async with httpx.AsyncClient() as http:
                    await http.post(f"{receiver}/secret", content=created.json()["secret"])
                worker = await warm_worker(container, tenant_id, parley, receiver)
                try:

                    committed = await paced(container, tenant_id, args.events, args.rate)
                    report_latency(f"paced, {args.rate:g} events/s", committed, await wait_for(receiver, set(committed), 60))

                    cpu0 = cpu_seconds(worker.pid)
                    committed = await flood(container, tenant_id, args.events)
                    got = await wait_for(receiver, set(committed), 120)
                    report_throughput("flood, one endpoint", committed, got, cpu_seconds(worker.pid) - cpu0)
                finally:
                    stop_worker(worker)
                dead = await api.post("/v1/webhooks", headers=headers,
                                      json={"url": f"{receiver}/hang", "event_types": ["conversation.*"], "enabled": False})
                assert dead.status_code == 201, dead.text


                async def dead_endpoint(enabled: bool) -> None:
                    toggled = await api.patch(f"/v1/webhooks/{dead.json()['id']}", headers=headers, json={"enabled": enabled})
                    assert toggled.status_code == 200, toggled.text

                costs = []
                for pair in range(args.pairs):  # alternated, so a change in the machine's load hits both sides alike
                    rates: dict[bool, float] = {}
                    for with_dead in (False, True) if pair % 2 == 0 else (True, False):
                        await dead_endpoint(with_dead)
                        label = "plus an endpoint that never answers" if with_dead else "one endpoint"
                        rates[with_dead] = await backlog(container, tenant_id, args.events, parley, receiver,
                                                         f"backlog {pair + 1}, {label}")
                    costs.append(1 - rates[True] / rates[False])
                    print(f"  pair {pair + 1}: the dead endpoint cost the healthy one {costs[-1] * 100:.1f} %")
                print(f"the dead endpoint cost the healthy one {statistics.median(costs) * 100:.1f} % of its "
                      f"deliveries/s (median of {len(costs)} alternated backlog pairs)")
                await dead_endpoint(True)
                worker = await warm_worker(container, tenant_id, parley, receiver)
                try:
                    cpu0 = cpu_seconds(worker.pid)
                    committed = await flood(container, tenant_id, args.events)
                    got = await wait_for(receiver, set(committed), 120)
                    report_throughput("flood, plus an endpoint that never answers", committed, got,
                                      cpu_seconds(worker.pid) - cpu0)
                    committed = await paced(container, tenant_id, min(args.events, 200), args.rate)
                    report_latency("paced, with the dead endpoint", committed, await wait_for(receiver, set(committed), 60))
                    _, refused = await arrivals(receiver)
                    print(f"deliveries refused by the receiver's signature check: {refused}")
                finally:
                    stop_worker(worker)
    finally:
        receiver_process.kill()  # its /hang requests would hold a graceful shutdown
        receiver_process.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=100.0, help="events per second in the latency phase")
    parser.add_argument("--pairs", type=int, default=3, help="backlog runs with and without the dead endpoint, alternated")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
