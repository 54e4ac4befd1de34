"""The operator's tools: tags (and the lists filtered by them), snooze (the conversation leaves the lists and the
routing until its time, then returns), an AI-suggested reply grounded in the knowledge base that the operator
edits before sending (offline responder without a key; the chatbot's model with one), and the summary written
by the model when one is configured (extractive otherwise)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest

from tests.integration.assistant.conftest import REFUNDS_EN, add_text
from tests.integration.assistant.llm_server import Script, start_model_server
from tests.integration.conversations.helpers import make_chatbot
from tests.integration.handoff.conftest import chat, enable, handoff_of, set_status
from tests.integration.handoff.test_clock import at

CONV = "/v1/handoff/conversations"


async def listed(client, headers, **params) -> list[str]:
    r = await client.get("/v1/handoff/handoffs", headers=headers, params={"limit": 100, **params})
    assert r.status_code == 200, r.text
    return [h["conversation_id"] for h in r.json()["items"]]


async def test_tags_filter_the_lists(client, kb_bot, replies, tenant, operator):
    await enable(client, tenant, kb_bot.id)
    a, b = await chat(client, kb_bot), await chat(client, kb_bot)
    for c in (a, b):
        await c.say("talk to a human", replies)
    r = await client.post(f"{CONV}/{a.session_id}/tags", headers=operator.headers, json={"tags": ["Billing", "vip", "billing"]})
    assert r.status_code == 200 and r.json() == {"tags": ["billing", "vip"]}, r.text
    assert await listed(client, operator.headers, status="queued", tag="billing") == [a.session_id]
    assert set(await listed(client, operator.headers, status="queued")) == {a.session_id, b.session_id}
    assert (await client.delete(f"{CONV}/{a.session_id}/tags/vip", headers=operator.headers)).status_code == 204
    assert (await client.get(f"{CONV}/{a.session_id}/tags", headers=operator.headers)).json() == {"tags": ["billing"]}
    assert (await client.delete(f"{CONV}/{a.session_id}/tags/vip", headers=operator.headers)).status_code == 404
    bad = await client.post(f"{CONV}/{a.session_id}/tags", headers=operator.headers, json={"tags": ["<script>"]})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "tags", bad.text


async def test_a_snoozed_chat_leaves_the_lists_and_the_routing_until_its_time(client, container, kb_bot, replies, tenant, operator,
                                                                             monkeypatch):
    await enable(client, tenant, kb_bot.id)
    c = await chat(client, kb_bot)
    await c.say("talk to a human", replies)
    now = datetime.now(UTC)
    at(monkeypatch, container, now)
    until = now + timedelta(hours=1)
    r = await client.post(f"{CONV}/{c.session_id}/snooze", headers=operator.headers, json={"until": until.isoformat()})
    assert r.status_code == 200 and r.json()["conversation_id"] == c.session_id, r.text
    assert c.session_id not in await listed(client, operator.headers, status="queued")
    assert await listed(client, operator.headers, snoozed="true") == [c.session_id]
    await set_status(client, operator, "online", away_after_seconds=0)  # routing leaves it alone
    assert (await handoff_of(client, tenant.headers, c.session_id) or {}).get("status") is None  # hidden from the list
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        assert await uow.conn.fetchval("SELECT status FROM handoffs WHERE conversation_id = $1", UUID(c.session_id)) == "queued"

    at(monkeypatch, container, until + timedelta(seconds=1))  # its time: the clock wakes it and routes it
    result = await container.handoff_workflows.tick(UUID(tenant.id))
    assert result["woken"] == 1 and result["routed"] == 1
    assert c.session_id in await listed(client, operator.headers, mine="true")
    assert await listed(client, operator.headers, snoozed="true") == []

    bad = await client.post(f"{CONV}/{c.session_id}/snooze", headers=operator.headers, json={"until": "2020-01-01T00:00:00Z"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "until", bad.text
    assert (await client.delete(f"{CONV}/{c.session_id}/snooze", headers=operator.headers)).status_code == 404
    assert (await client.post(f"{CONV}/{c.session_id}/close", headers=operator.headers)).status_code == 200
    closed = await client.post(f"{CONV}/{c.session_id}/snooze", headers=operator.headers,
                               json={"until": (until + timedelta(hours=1)).isoformat()})
    assert closed.status_code == 409, closed.text


async def test_suggested_reply_offline_is_grounded_and_sends_nothing(client, kb_bot, replies, tenant, operator):
    await enable(client, tenant, kb_bot.id)
    await set_status(client, operator, "online", away_after_seconds=0)
    c = await chat(client, kb_bot)
    await c.say("I want to talk to a person", replies)
    await c.say("How long do I have to ask for a refund?", replies)
    before = await c.events()
    r = await client.post(f"{CONV}/{c.session_id}/suggest-reply", headers=operator.headers)
    assert r.status_code == 200, r.text
    draft = r.json()
    assert draft["provider"] == "offline" and draft["answered"] is True
    assert "30 days" in draft["content"], draft
    assert draft["citations"] and draft["citations"][0]["title"] == "Refund policy"
    assert await c.events() == before  # nothing reached the conversation
    # the operator edits it and sends it
    edited = draft["content"].split("[")[0].strip() + " Anything else?"
    sent = await client.post(f"{CONV}/{c.session_id}/reply", headers=operator.headers, json={"content": edited})
    assert sent.status_code == 201 and sent.json()["content"] == edited
    # the extractive summary without a model
    context = (await client.get(f"{CONV}/{c.session_id}/context", headers=operator.headers)).json()
    assert context["summary_source"] == "extractive" and "refund" in context["summary"].lower()


async def test_suggestion_of_a_chat_with_no_visitor_message_is_refused(client, kb_bot, tenant, operator):
    c = await chat(client, kb_bot)
    r = await client.post(f"{CONV}/{c.session_id}/suggest-reply", headers=operator.headers)
    assert r.status_code == 409, r.text
    r = await client.post(f"{CONV}/01a24502-c381-74f3-a752-ad549eb0e3ea/suggest-reply", headers=operator.headers)
    assert r.status_code == 404, r.text


@pytest.fixture
def llm(container):
    state, server = start_model_server()
    container.outbound.allow_private = True
    yield state
    container.outbound.allow_private = False
    server.shutdown()
    server.server_close()


async def test_with_a_model_the_summary_and_the_suggestion_are_the_models(client, container, tenant, operator, replies, llm):
    bot = await make_chatbot(
        client, tenant, languages=["en"],
        ai_settings={"provider": "anthropic", "model": "claude-test", "base_url": llm.base, "api_key": "sk-ant-test"},
    )
    await add_text(client, container, tenant, bot.id, "Refund policy", REFUNDS_EN, "en")
    await enable(client, tenant, bot.id)
    c = await chat(client, bot)
    await c.say("I want to talk to a person", replies)  # the handoff phrase: no model call
    replies.runner.enabled = False
    await c.say("My refund for order 42 never arrived", replies)
    llm.requests.clear()
    llm.scripts = [Script(text="The visitor asks about a missing refund for order 42; nothing answered yet.")]
    context = (await client.get(f"{CONV}/{c.session_id}/context", headers=operator.headers)).json()
    assert context["summary_source"] == "model"
    assert context["summary"] == "The visitor asks about a missing refund for order 42; nothing answered yet."
    body = llm.requests[0]["body"]
    assert "summarise a customer-support conversation" in str(body["system"])
    assert "order 42" in str(body["messages"])
    # the same transcript is not summarised twice
    again = (await client.get(f"{CONV}/{c.session_id}/context", headers=operator.headers)).json()
    assert again["summary"] == context["summary"] and len(llm.requests) == 1

    llm.scripts = [Script(text="Refunds are paid back within 5 business days [1].")]
    r = await client.post(f"{CONV}/{c.session_id}/suggest-reply", headers=operator.headers)
    assert r.status_code == 200, r.text
    draft = r.json()
    assert draft == {"content": "Refunds are paid back within 5 business days [1].", "answered": True, "provider": "anthropic",
                     "model": draft["model"], "citations": draft["citations"]}
    assert draft["citations"][0]["title"] == "Refund policy"
    assert not llm.requests[1]["body"].get("tools")  # a draft calls no tools
    usage = await container.assistant_store.usage(UUID(tenant.id))
    assert usage["calls"] == 2  # both charged to the workspace
