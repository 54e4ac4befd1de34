"""End to end: a chatbot with a knowledge base answers visitors (offline responder, no key), in their
language, citing the right document; asking for a person hands off; replies stream to the socket."""

from __future__ import annotations

from tests.integration.assistant.conftest import chat
from tests.integration.conversations.helpers import visitor_socket


async def test_answers_in_english_and_french_citing_the_right_document(client, kb_bot, replies):
    c = await chat(client, kb_bot)
    await c.say("What is your refund policy?", replies)
    reply = await c.last_reply()
    assert "30 days" in reply["content"]
    titles = [x["title"] for x in reply["data"]["citations"]]
    assert titles and titles[0] == "Refund policy"
    data = reply["data"]
    assert data["provider"] == "offline" and data["model"] and data["latency_ms"] >= 0
    assert data["tokens"]["input"] > 0 and data["tokens"]["output"] > 0
    assert data["analysis"]["language"] == "en" and data["analysis"]["intent"] == "question"

    fr = await chat(client, kb_bot)
    await fr.say("Quelle est votre politique de remboursement ?", replies)
    reply = await fr.last_reply()
    assert "30 jours" in reply["content"]
    assert reply["data"]["citations"][0]["title"] == "Politique de remboursement"
    assert reply["data"]["analysis"]["language"] == "fr"


async def test_asking_for_a_person_hands_off(client, kb_bot, replies):
    c = await chat(client, kb_bot)
    await c.say("I want to talk to a person", replies)
    reply = await c.last_reply()
    assert "person" in reply["content"].lower()
    assert reply["data"]["handoff"]
    assert (await c.session())["status"] == "queued"
    handed = [e for e in await c.events() if e["kind"] == "status"][-1]
    assert handed["data"] == {"status": "queued", "by": "ai"}  # the assistant handed it over, not an operator
    # once a human owns the conversation, the AI stays quiet
    await c.say("hello?", replies)
    assert len(await c.replies()) == 1


async def test_unknown_question_is_declined_and_recorded_as_a_gap(client, kb_bot, replies, tenant):
    c = await chat(client, kb_bot)
    await c.say("Do you sell garden gnomes made of titanium?", replies)
    reply = await c.last_reply()
    assert "don't know" in reply["content"]
    assert reply["data"]["answered"] is False and reply["data"]["citations"] == []
    gaps = (await client.get(f"/v1/chatbots/{kb_bot.id}/knowledge-gaps", headers=tenant.headers)).json()["items"]
    assert gaps[0]["question"] == "Do you sell garden gnomes made of titanium?"


async def test_reply_streams_deltas_to_the_visitor_socket(client, kb_bot, replies, ws_base):
    c = await chat(client, kb_bot)
    sock = await visitor_socket(ws_base, c.entry)
    await sock.send({"type": "message", "client_id": "q1", "content": "How long does express delivery take?"})
    typing = await sock.of_type("ai_typing", timeout=10)
    deltas = []
    while True:
        frame = await sock.next(lambda f: f.get("type") in ("ai_delta", "ai_done"), timeout=10)
        if frame["type"] == "ai_done":
            break
        deltas.append(frame)
    # the stored message (a durable event with a seq) arrives before ai_done
    stored = next(f for f in sock.frames if f.get("type") == "message" and f.get("sender") == "ai")
    assert [d["index"] for d in deltas] == list(range(len(deltas)))
    assert "".join(d["delta"] for d in deltas) == stored["content"]
    assert stored["data"]["reply_id"] == typing["reply_id"]
    assert "next business day" in stored["content"]
    await sock.close()
