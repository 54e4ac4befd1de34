"""Analytics of conversations the real assistant answered (offline responder, knowledge about shipping): the AI's
first-response time, intents and declined answers, and knowledge gaps that merge the assistant's recorded gaps with
the conversations' questions without counting one twice."""

from __future__ import annotations

from tests.integration.assistant.conftest import SHIPPING_EN, add_text, chat, replies  # noqa: F401 (fixture)
from tests.integration.conversations.helpers import make_chatbot


async def test_answered_and_declined_questions(client, container, tenant, replies):  # noqa: F811
    bot = await make_chatbot(client, tenant, languages=["en"])
    await add_text(client, container, tenant, bot.id, "Shipping", SHIPPING_EN, "en")
    answered = await chat(client, bot)
    await answered.say("How long does express delivery take?", replies)
    declined = []
    for question in ("Do you sell garden gnomes made of titanium?", "do you sell titanium garden gnomes"):
        c = await chat(client, bot)
        await c.say(question, replies)
        declined.append(c)
    later = await chat(client, bot)
    await later.say("Hello there", replies)
    await later.say("Do you sell titanium gnomes for gardens?", replies)  # a gap, but not the first question
    for c in (answered, *declined, later):
        r = await client.post(f"/v1/conversations/{c.session_id}/close", headers=tenant.headers)
        assert r.status_code == 200, r.text
    await container.analytics_subscriber.flush()

    f = (await client.get("/v1/analytics/overview", params={"chatbot_id": bot.id}, headers=tenant.headers)).json()["figures"]
    assert f["conversations"] == 4
    assert f["messages_ai"] >= 5 and f["messages_visitor"] == 5
    assert f["declined_answers"] >= 3
    assert f["ai_first_response_ms"] is not None and 0 < f["ai_first_response_ms"] < 30_000
    assert f["resolved_by_ai"] >= 1 and f["unresolved"] >= 2  # declined and nobody took over: unresolved
    intents = {row["key"] for row in (await client.get("/v1/analytics/breakdown", params={"by": "intent"}, headers=tenant.headers)).json()}
    assert intents - {"none"}, "the AI replies' analysis gives each conversation its intents"

    gaps = (await client.get("/v1/analytics/knowledge-gaps", params={"chatbot_id": bot.id}, headers=tenant.headers)).json()
    gnomes = next(g for g in gaps if "gnome" in g["example"].lower())
    # two first questions (declined) + the assistant's gap for the later one; the assistant's gaps for the first two
    # are the same questions of the same conversations, not counted again
    assert gnomes["count"] == 3, gaps
    assert "gnome" in gnomes["suggested_article"].lower() or "titanium" in gnomes["suggested_article"].lower()
