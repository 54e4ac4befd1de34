"""What visitors notice in offline answers: tools fire only on purpose, follow-ups use the conversation,
and the reply speaks the session's language."""

from __future__ import annotations

from tests.integration.assistant.conftest import chat


async def test_numbers_in_a_technical_question_are_not_contact_details(client, kb_bot, replies, tenant):
    c = await chat(client, kb_bot)
    # questions the knowledge answers, so the reply reaches the model and its tools
    await c.say("Are refunds paid back within 5 business days on server 192.168.10.123 (CVE 2015-7575)?", replies)
    await c.say("Refunds: what is the refund policy for chargeback #1124381935-1?", replies)
    for reply in await c.replies():
        assert "lead_id" not in reply["data"] and "saved your contact details" not in reply["content"]
    leads = (await client.get(f"/v1/chatbots/{kb_bot.id}/leads", headers=tenant.headers)).json()
    assert not (leads["items"] if isinstance(leads, dict) else leads)


async def test_a_visitor_who_asks_to_be_called_back_is_saved_as_a_lead(client, kb_bot, replies, tenant):
    c = await chat(client, kb_bot)
    await c.say("Please call me back about a refund, my number is +44 20 7946 0958", replies)
    reply = await c.last_reply()
    assert reply["data"].get("lead_id") and "saved your contact details" in reply["content"]


async def test_a_request_that_only_resembles_asking_for_a_person_is_answered(client, kb_bot, replies):
    c = await chat(client, kb_bot)
    await c.say("I want to transfer my domain to another host.", replies)
    reply = await c.last_reply()
    assert "handoff" not in reply["data"]
    assert (await c.session())["status"] == "open"


async def test_a_follow_up_is_answered_from_the_question_it_follows_in_the_sessions_language(client, kb_bot, replies):
    c = await chat(client, kb_bot)
    await c.say("Do you offer express delivery?", replies)
    await c.say("And when does it arrive?", replies)
    reply = await c.last_reply()
    assert "next business day" in reply["content"]
    assert [x["title"] for x in reply["data"]["citations"]] == ["Shipping"]
    await c.say("and the price?", replies)  # three words: the session's language decides
    reply = await c.last_reply()
    assert reply["data"]["analysis"]["language"] == "en"
    assert "15 euros" in reply["content"]
