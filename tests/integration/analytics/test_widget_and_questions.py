"""Widget tracking (public, Do Not Track honoured, the chatbot's allowed origins), the conversion funnel, popular
questions grouped by similarity and knowledge gaps with the article to write."""

from __future__ import annotations

from tests.conftest import sign_up
from tests.integration.analytics.helpers import Chat, analysis
from tests.integration.conversations.helpers import ORIGIN, make_chatbot


async def test_widget_tracking_and_the_funnel(client, container):
    tenant = await sign_up(client)
    bot = await make_chatbot(client, tenant)
    url = f"/v1/widget/{bot.public_id}/track"
    page = {"Origin": ORIGIN}
    for body in ({"kind": "load", "page_url": f"{ORIGIN}/pricing?email=ada@example.com#x"}, {"kind": "load", "page_url": f"{ORIGIN}/pricing"},
                 {"kind": "load", "page_url": f"{ORIGIN}/"}, {"kind": "open", "page_url": f"{ORIGIN}/pricing"},
                 {"kind": "open"}, {"kind": "first_message"}):
        r = await client.post(url, json=body, headers=page)
        assert r.status_code == 204, r.text
    assert (await client.post(url, json={"kind": "open"}, headers={**page, "DNT": "1"})).status_code == 204  # not kept
    assert (await client.post(url, json={"kind": "load"}, headers={**page, "Sec-GPC": "1"})).status_code == 204  # not kept
    assert (await client.post(url, json={"kind": "open"}, headers={"Origin": "https://evil.example"})).status_code == 403
    assert (await client.post("/v1/widget/cb_nope/track", json={"kind": "open"}, headers=page)).status_code == 404
    assert (await client.post(url, json={"kind": "scroll"}, headers=page)).status_code in (400, 422)

    a = await Chat.start(client, container, bot)
    await a.say("I'd like a quote, call me at +1 202 555 0143")
    b = await Chat.start(client, container, bot)
    await b.say("hello")
    from domain.assistant.events import LeadCaptured
    from domain.ids import new_id

    await container.analytics.record(a.tenant_id, [LeadCaptured(tenant_id=a.tenant_id, lead_id=new_id(), chatbot_id=a.bot_id,
                                                                conversation_id=a.id)])
    await container.analytics_subscriber.flush()

    r = await client.get("/v1/analytics/funnel", headers=tenant.headers)
    assert r.status_code == 200, r.text
    f = r.json()
    assert [(s["step"], s["count"], s["rate"]) for s in f["steps"]] == [
        ("widget_loads", 3, None), ("widget_opens", 2, 0.6667), ("conversations", 2, 1.0), ("leads", 1, 0.5),
    ]
    assert f["first_messages"] == 1
    assert f["top_pages"] == [{"page": f"{ORIGIN}/pricing", "loads": 2, "opens": 1}, {"page": f"{ORIGIN}/", "loads": 1, "opens": 0}]

    # the page breakdown: a first message counts on its page too (the one without a page only in the totals)
    await client.post(url, json={"kind": "first_message", "page_url": f"{ORIGIN}/pricing?x=1"}, headers=page)
    pages = await client.get("/v1/analytics/pages", headers=tenant.headers)
    assert pages.status_code == 200, pages.text
    assert pages.json() == [
        {"page": f"{ORIGIN}/pricing", "loads": 2, "opens": 1, "first_messages": 1, "open_rate": 0.5, "message_rate": 1.0},
        {"page": f"{ORIGIN}/", "loads": 1, "opens": 0, "first_messages": 0, "open_rate": 0.0, "message_rate": None},
    ]
    exported = await client.get("/v1/analytics/exports/pages", params={"format": "csv"}, headers=tenant.headers)
    assert exported.text.splitlines()[:2] == ["page,loads,opens,first_messages,open_rate,message_rate",
                                              f"{ORIGIN}/pricing,2,1,1,0.5,1.0"]
    assert (await client.get("/v1/analytics/pages", params={"from": "2026-02-02", "to": "2026-02-01"},
                             headers=tenant.headers)).status_code == 422


async def test_popular_questions_and_knowledge_gaps(client, container):
    tenant = await sign_up(client)
    bot = await make_chatbot(client, tenant)
    questions = [
        ("How do I reset my password?", True), ("how can I reset my password", True), ("Password reset not working", False),
        ("Do you ship to Canada?", False), ("Do you ship to canada?", False), ("Can you ship to Canada", False),
        ("What are your opening hours?", True),
    ]
    for text, answered in questions:
        chat = await Chat.start(client, container, bot)
        await chat.say(text)
        await chat.ai("..." if answered else "I don't know.", answered=answered, analysis=analysis("question"))
        if not answered and "ship" not in text:
            await chat.hand_off()
        await chat.close()
    await container.analytics_subscriber.flush()

    r = await client.get("/v1/analytics/popular-questions", headers=tenant.headers)
    assert r.status_code == 200, r.text
    groups = r.json()
    assert [g["count"] for g in groups] == [3, 3, 1]
    assert {g["example"] for g in groups[:2]} >= {"Do you ship to Canada?"} or any("ship" in g["example"].lower() for g in groups[:2])
    shipping = next(g for g in groups if "ship" in g["example"].lower())
    assert shipping["resolved"] == 0 and len(shipping["examples"]) == 3

    r = await client.get("/v1/analytics/knowledge-gaps", params={"chatbot_id": bot.id}, headers=tenant.headers)
    assert r.status_code == 200, r.text
    gaps = r.json()
    assert gaps[0]["count"] == 3 and "ship" in gaps[0]["example"].lower()
    assert "canada" in gaps[0]["suggested_article"].lower() or "ship" in gaps[0]["suggested_article"].lower()
    assert gaps[0]["reasons"] == {"not answered": 3}
    password = next(g for g in gaps if "password" in g["example"].lower())
    assert password["count"] == 1 and password["reasons"] == {"handed off": 1}
