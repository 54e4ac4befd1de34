"""The OAuth providers are configured by settings alone: an API process started with PARLEY_GOOGLE_* and
PARLEY_MICROSOFT_* pointing at the local peers connects both calendars through a browser-like redirect chain (the
provider sends the browser to PARLEY_PUBLIC_URL's callback) and reads busy time from them."""

from __future__ import annotations

import asyncio
import subprocess
import uuid
from datetime import UTC, datetime, timedelta

import httpx

from tests.contract.conftest import free_port, server_env, start_server
from tests.integration.scheduling.providers import GooglePeer, GraphPeer

ALWAYS = {d: [["00:00", "24:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


async def test_an_api_process_configured_by_settings_connects_google_and_microsoft(settings, services):
    google, graph = await GooglePeer().start(), await GraphPeer().start()
    port = free_port()
    api = f"http://127.0.0.1:{port}"
    env = server_env(settings, services) | {
        "PARLEY_ALLOW_PRIVATE_URLS": "true", "PARLEY_PUBLIC_URL": api,
        "PARLEY_GOOGLE_CLIENT_ID": google.client_id, "PARLEY_GOOGLE_CLIENT_SECRET": google.client_secret,
        "PARLEY_GOOGLE_ACCOUNTS_URL": google.base, "PARLEY_GOOGLE_OAUTH_URL": google.base,
        "PARLEY_GOOGLE_API_URL": google.base,
        "PARLEY_MICROSOFT_CLIENT_ID": graph.client_id, "PARLEY_MICROSOFT_CLIENT_SECRET": graph.client_secret,
        "PARLEY_MICROSOFT_LOGIN_URL": graph.base + "/common", "PARLEY_MICROSOFT_GRAPH_URL": graph.base + "/v1.0",
    }
    process = await asyncio.to_thread(start_server, env, port)
    try:
        async with httpx.AsyncClient(base_url=api, timeout=20) as client:
            r = await client.post("/v1/auth/signup", json={"company": "Acme", "name": "Ada", "password": "a long passphrase",
                                                           "email": f"oauth-{uuid.uuid4().hex[:8]}@example.com"})
            headers = {"Authorization": f"Bearer {r.json()['tokens']['access_token']}"}
            ids = []
            for kind in ("google", "microsoft"):
                consent = await client.post("/v1/calendars/oauth", headers=headers, json={"kind": kind, "name": kind})
                assert consent.status_code == 200, consent.text
                assert consent.json()["redirect_uri"] == f"{api}/v1/calendars/oauth/{kind}/callback"
                async with httpx.AsyncClient(follow_redirects=True, timeout=20) as browser:  # provider -> our callback
                    page = await browser.get(consent.json()["authorize_url"])
                assert page.status_code == 200 and "connected" in page.text, page.text
                ids.append(next(c["id"] for c in (await client.get("/v1/calendars", headers=headers)).json()["items"]
                                if c["kind"] == kind))
            bot = (await client.post("/v1/chatbots", headers=headers, json={"name": "Bot"})).json()
            schedule = (await client.post("/v1/schedules", headers=headers, json={
                "chatbot_id": bot["id"], "name": "Demo", "calendar_ids": ids,
                "rules": {"weekly": ALWAYS, "min_notice_minutes": 0, "slot_minutes": 60}})).json()
            day = (datetime.now(UTC) + timedelta(days=2)).replace(hour=0, minute=0, second=0, microsecond=0)
            google.add_busy(day.replace(hour=9), day.replace(hour=10))
            graph.add_busy(day.replace(hour=11), day.replace(hour=12))
            slots = await client.get(f"/v1/schedules/{schedule['id']}/slots", headers=headers, params={
                "start": day.replace(hour=8).isoformat(), "end": day.replace(hour=13).isoformat()})
            assert slots.status_code == 200, slots.text
            free = {datetime.fromisoformat(s).astimezone(UTC).hour for s in slots.json()["slots"]}
            assert free == {8, 10, 12}  # 9 busy at Google, 11 busy at Microsoft
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        await google.stop()
        await graph.stop()
