"""A visitor message acked just before the API process is killed still gets its AI reply: the worker finds
it in PostgreSQL, whatever Redis holds, and answers it once."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx

from infrastructure.db.migrate import migrate
from tests.contract.conftest import ROOT, free_port, server_env, start_server, stop_process
from tests.integration.conversations.helpers import ORIGIN, cid
from tests.integration.databases import fresh_database

REPLY_WITHIN_SECONDS = 30


def _on_database(url: str, database_url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=urlsplit(database_url).path))


async def test_a_message_acked_before_the_api_died_is_answered_by_the_worker_once(settings, services):
    database = await fresh_database(services.owner_url)
    await migrate(database)
    env = server_env(settings, services) | {
        "DATABASE_URL": database,
        "REDIS_URL": f"{services.redis_url}?db=7",  # a Redis database of its own: the worker sees only these jobs
        "PARLEY_ASSISTANT_AUTOREPLY": "true",
        "PARLEY_ASSISTANT_ORPHAN_AFTER_SECONDS": "1",
    }
    if services.app_url:
        env["APP_DATABASE_URL"] = _on_database(services.app_url, database)
    port = free_port()
    api = start_server(env, port)
    worker = None
    base = f"http://127.0.0.1:{port}"
    owner = await asyncpg.connect(database)
    try:
        async with httpx.AsyncClient(base_url=base, timeout=10) as http:
            signup = await http.post("/v1/auth/signup", json={"company": "Acme", "name": "Ada Owner",
                                                              "email": "ada@example.com", "password": "correct horse battery"})
            headers = {"Authorization": f"Bearer {signup.json()['tokens']['access_token']}"}
            bot = (await http.post("/v1/chatbots", headers=headers, json={"name": "Support", "allowed_origins": [ORIGIN]})).json()
            entry = (await http.post(f"/v1/widget/{bot['public_id']}/sessions", json={}, headers={"Origin": ORIGIN})).json()
            visitor = {"Origin": ORIGIN, "X-Visitor-Token": entry["visitor_token"]}
            session = f"/v1/widget/{bot['public_id']}/sessions/{entry['session']['id']}"

            # The reply cannot start (its claim waits on this lock) while the message itself is stored and acked.
            block = owner.transaction()
            await block.start()
            await owner.execute("LOCK TABLE assistant_turns IN SHARE ROW EXCLUSIVE MODE")
            ack = await http.post(f"{session}/messages", json={"content": "What is your refund policy?", "client_id": cid()},
                                  headers=visitor)
            api.send_signal(signal.SIGKILL)
            assert ack.status_code == 200, ack.text
            api.wait(10)
            await block.rollback()

        api = start_server(env, port)  # the API comes back; the worker starts
        worker = subprocess.Popen([sys.executable, "-m", "infrastructure.jobs.worker"], cwd=ROOT,
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        started = time.monotonic()
        async with httpx.AsyncClient(base_url=base, timeout=REPLY_WITHIN_SECONDS + 10) as http:
            polled = await http.get(f"{session}/events", params={"after_seq": ack.json()["seq"], "wait": REPLY_WITHIN_SECONDS},
                                    headers=visitor)
            assert polled.status_code == 200, polled.text
            reply = [e for e in polled.json()["events"] if e["type"] == "message" and e["sender"] == "ai"]
            assert reply and reply[0]["data"]["in_reply_to"] == ack.json()["message_id"], (
                f"no reply within {REPLY_WITHIN_SECONDS} s; worker: {worker.stderr.read1().decode()[-2000:] if worker.poll() else 'running'}")
            waited = time.monotonic() - started
            await asyncio.sleep(3)  # another sweep or a retried job must not answer it again
            everything = (await http.get(f"{session}/events", params={"after_seq": 0, "wait": 0}, headers=visitor)).json()["events"]
        assert [e["sender"] for e in everything if e["type"] == "message"] == ["customer", "ai"]
        print(f"reply {waited:.1f} s after the worker started")
    finally:
        await owner.close()
        stopped = [stop_process(process) for process in (worker, api) if process is not None]
    assert all(stopped), "a SIGTERM ends the worker and the API within 10 s"
