"""Knowledge gaps and leads are paged like every other list: {items, next_cursor}."""

from __future__ import annotations

from uuid import UUID

import pytest

from domain.assistant.ports import Lead


@pytest.mark.parametrize("kind", ["knowledge-gaps", "leads"])
async def test_gaps_and_leads_come_in_pages(client, container, tenant, kb_bot, kind):
    store, tid, bot_id = container.assistant_store, UUID(tenant.id), UUID(kb_bot.id)
    for i in range(3):
        if kind == "leads":
            await store.add_lead(tid, Lead(session_id=None, chatbot_id=bot_id, name=f"n{i}", email=f"n{i}@example.org", phone=None, note=None))
        else:
            await store.record_gap(tid, bot_id, None, f"question {i}", "en", "no passage")
    url = f"/v1/chatbots/{kb_bot.id}/{kind}"
    first = await client.get(url, headers=tenant.headers, params={"limit": 2})
    assert first.status_code == 200, first.text
    assert len(first.json()["items"]) == 2 and first.json()["next_cursor"]
    rest = await client.get(url, headers=tenant.headers, params={"limit": 2, "cursor": first.json()["next_cursor"]})
    assert len(rest.json()["items"]) == 1 and rest.json()["next_cursor"] is None
    seen = [x["id"] for x in first.json()["items"] + rest.json()["items"]]
    assert len(set(seen)) == 3
