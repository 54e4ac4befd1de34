"""`parley analytics backfill` rebuilds a workspace's analytics from its stored conversations (through the
conversations service) after they were lost: the figures come back exactly as the live events had made them."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
from uuid import UUID

import asyncpg

from api.cli import main
from tests.conftest import sign_up
from tests.integration.analytics.helpers import Chat, analysis
from tests.integration.conversations.helpers import make_chatbot


def _key(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


async def test_backfill_rebuilds_what_was_lost(client, container, services, settings, monkeypatch, tmp_path):
    tenant = await sign_up(client)
    bot = await make_chatbot(client, tenant)
    a = await Chat.start(client, container, bot)
    await a.say("Can I change my delivery address?")
    await a.ai("Yes, in your account.", credits=3, answered=True, analysis=analysis("account", 0.1))
    await a.rate(5)
    await a.close()
    b = await Chat.start(client, container, bot)
    await b.say("Do you sell gift cards?")
    await b.ai("I don't know.", credits=1, answered=False, analysis=analysis("pricing", 0.0))
    await container.analytics_subscriber.flush()
    h = tenant.headers
    live = (await client.get("/v1/analytics/overview", headers=h)).json()["figures"]
    assert (live["conversations"], live["resolved_by_ai"], live["open"], live["credits"]) == (2, 1, 1, 3)

    conn = await asyncpg.connect(services.owner_url)
    try:
        for table in ("analytics_conversations", "analytics_daily", "analytics_daily_dimensions"):
            await conn.execute(f"DELETE FROM {table} WHERE tenant_id = $1", UUID(tenant.id))
    finally:
        await conn.close()
    assert (await client.get("/v1/analytics/overview", headers=h)).json()["figures"]["conversations"] == 0

    key = await client.post("/v1/api-keys", headers=h, json={"name": "backfill", "scopes": ["analytics:write", "conversations:read"]})
    assert key.status_code == 201, key.text
    for name, value in {
        "PARLEY_API_KEY": key.json()["secret"], "PARLEY_SECRET_KEY": _key(settings.secret_key),
        "PARLEY_MASTER_KEY": _key(settings.master_key), "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url, "PARLEY_DATA_DIR": str(tmp_path), "PARLEY_ENV": "test",
    }.items():
        monkeypatch.setenv(name, value)
    if settings.app_database_url:
        monkeypatch.setenv("APP_DATABASE_URL", settings.app_database_url)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        await asyncio.to_thread(main, ["analytics", "backfill"])
    assert "2 conversations rebuilt" in out.getvalue()
    assert "conversations: " in err.getvalue() and "2conv" in err.getvalue().replace(" ", "")  # the tqdm bar

    rebuilt = (await client.get("/v1/analytics/overview", headers=h)).json()["figures"]
    # b's credits (1) and declined answer were not folded live (the AI reply's data is read from the log); the
    # rebuild reads every stored message, so it now has them too.
    # Times of the open conversation come from the stored messages now, not from the events (a few ms apart).
    timed = ("ai_first_response_ms", "average_response_ms", "average_duration_s")
    for name in timed:
        assert abs(rebuilt[name] - live[name]) < 0.5 * (1000 if name.endswith("_ms") else 1), name
    assert {k: v for k, v in rebuilt.items() if k not in timed} == {
        **{k: v for k, v in live.items() if k not in timed}, "credits": 4, "declined_answers": 1,
    }
