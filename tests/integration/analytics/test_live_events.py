"""Metrics and rollups kept from the real event flow: conversations driven through the public API and the
conversations service, folded by the outbox subscriber, read back through the analytics API."""

from __future__ import annotations

from tests.conftest import sign_up
from tests.integration.analytics.helpers import Chat, analysis
from tests.integration.conversations.helpers import make_chatbot


async def test_a_day_of_conversations_adds_up(client, container):
    tenant = await sign_up(client)
    bot = await make_chatbot(client, tenant)

    # 1. answered by the AI, the visitor says it helped -> resolved by AI (confirmed)
    a = await Chat.start(client, container, bot)
    await a.say("How do I reset my password?")
    await a.ai("Use the link on the login page.", credits=2, answered=True, analysis=analysis("account", 0.2))
    await a.say("Thanks, that helped!")
    # 2. handed off, a person answers, visitor rates 5 -> resolved by a person (rating)
    b = await Chat.start(client, container, bot)
    await b.say("I want a refund for order 123")
    await b.ai("Let me get someone.", credits=1, answered=True, analysis=analysis("refund", -0.4))
    await b.hand_off()
    await b.human("I refunded it.", tenant.user_id)
    await b.rate(5)
    # 3. the AI does not know, visitor rates 2 -> unresolved (rating)
    c = await Chat.start(client, container, bot)
    await c.say("Do you ship to Mars?")
    await c.ai("I don't know.", credits=0, answered=False, analysis=analysis("shipping", -0.1))
    await c.rate(2)
    # 4. the visitor writes, nobody answers, closed -> abandoned
    d = await Chat.start(client, container, bot)
    await d.say("hello?")
    await d.close()
    # 5. opened, nothing written: started, not a conversation
    await Chat.start(client, container, bot)

    await container.analytics_subscriber.flush()
    r = await client.get("/v1/analytics/overview", headers=tenant.headers)
    assert r.status_code == 200, r.text
    f = r.json()["figures"]
    assert f["started"] == 5
    assert f["conversations"] == 4
    assert (f["resolved_by_ai"], f["resolved_by_human"], f["unresolved"], f["abandoned"], f["open"]) == (1, 1, 1, 1, 0)
    assert f["resolution_rate"] == 0.5  # 2 of 4 decided
    assert f["ai_resolution_rate"] == 0.25
    assert f["handoffs"] == 1 and f["handoff_rate"] == 0.25
    assert (f["ratings"], f["average_rating"], f["csat"]) == (2, 3.5, 0.5)
    assert (f["messages_visitor"], f["messages_ai"], f["messages_human"]) == (5, 3, 1)
    assert f["credits"] == 0  # credits come from the AI reply's stored data: read when the conversation is rebuilt
    assert f["ai_first_response_ms"] is not None and f["ai_first_response_ms"] >= 0

    # closing rebuilds a conversation from its log: credits, intents, the declined answer appear
    for chat in (a, b, c):
        await chat.close()
    await container.analytics_subscriber.flush()
    f = (await client.get("/v1/analytics/overview", headers=tenant.headers)).json()["figures"]
    assert f["credits"] == 3
    assert f["declined_answers"] == 1
    assert (f["resolved_by_ai"], f["resolved_by_human"], f["unresolved"], f["abandoned"]) == (1, 1, 1, 1)

    r = await client.get("/v1/analytics/breakdown", params={"by": "intent"}, headers=tenant.headers)
    assert r.status_code == 200, r.text
    by_intent = {row["key"]: row for row in r.json()}
    assert by_intent["refund"]["handoffs"] == 1 and by_intent["refund"]["resolved"] == 1
    assert by_intent["shipping"]["resolved"] == 0
    assert by_intent["none"]["conversations"] == 1  # the abandoned one had no AI analysis

    r = await client.get("/v1/analytics/breakdown", params={"by": "operator"}, headers=tenant.headers)
    assert [(row["key"], row["conversations"], row["resolved"], row["handoffs"]) for row in r.json()] == [(tenant.user_id, 1, 1, 1)]
