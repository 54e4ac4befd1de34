"""Escalation rules on real visitor messages (REST widget path, assistant replies on), the queue, routing
and the AI falling silent while a person has the chat."""

from __future__ import annotations

from tests.integration.handoff.conftest import chat, enable, handoff_of, join, set_status


async def test_asking_for_a_person_queues_the_chat_and_the_ai_stays_silent(client, kb_bot, replies, tenant, operator):
    await enable(client, tenant, kb_bot.id)
    c = await chat(client, kb_bot)
    await c.say("I want to talk to a real person please", replies)
    events = await c.events()
    assert not [e for e in events if e["sender"] == "ai"], events  # the rule acted before the assistant
    said = [e for e in events if e["sender"] == "system" and e["kind"] == "message"]
    assert "connecting you with a person" in said[0]["content"] and said[0]["data"]["handoff"]["trigger"] == "phrase"
    assert said[1]["data"]["handoff"]["away"] and "Nobody" in said[1]["content"]  # nobody online yet
    handoff = await handoff_of(client, operator.headers, c.session_id)
    assert handoff["status"] == "queued" and handoff["trigger"] == "phrase" and handoff["reason"] == "visitor asked for a person"
    # while queued, the AI says nothing
    await c.say("How long do refunds take?", replies)
    assert not [e for e in await c.events() if e["sender"] == "ai"]
    # an operator comes online: routing assigns the chat
    await set_status(client, operator)
    handoff = await handoff_of(client, operator.headers, c.session_id)
    assert handoff["status"] == "assigned" and handoff["operator_id"] == operator.user_id and handoff["assigned_by"] == "routing"
    conversation = (await client.get(f"/v1/conversations/{c.session_id}", headers=tenant.headers)).json()
    assert conversation["status"] == "assigned" and conversation["assigned_user_id"] == operator.user_id
    # the operator answers; the AI stays silent while assigned
    r = await client.post(f"/v1/handoff/conversations/{c.session_id}/reply", headers=operator.headers, json={"content": "Hi, Grace here."})
    assert r.status_code == 201, r.text
    await c.say("Thanks! And shipping?", replies)
    events = await c.events()
    assert not [e for e in events if e["sender"] == "ai"]
    human = [e for e in events if e["sender"] == "human"]
    assert human[-1]["content"] == "Hi, Grace here." and human[-1]["data"]["sender_name"] == "Grace"
    # hand back: the AI answers the next message, the visitor is asked for a rating
    r = await client.post(f"/v1/handoff/conversations/{c.session_id}/hand-back", headers=operator.headers)
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "resolved" and r.json()["resolution"] == "handed_back"
    events = await c.events()
    assert any(e.get("data", {}).get("csat_request") for e in events if e["sender"] == "system")
    await c.say("Do you offer express delivery?", replies)
    ai = [e for e in await c.events() if e["sender"] == "ai"]
    assert ai and ai[-1]["data"]["answered"] and "next business day" in ai[-1]["content"], ai


async def test_the_assistants_own_handoff_is_recorded_with_its_reason(client, kb_bot, replies, tenant, operator):
    c = await chat(client, kb_bot)  # no handoff settings: the assistant's rule/tool decides
    await c.say("I want to speak to a human agent", replies)
    handoff = await handoff_of(client, operator.headers, c.session_id)
    assert handoff is not None and handoff["status"] == "queued"
    assert handoff["trigger"] == "tool" and handoff["reason"] == "visitor asked for a person"


async def test_a_flood_of_requests_is_one_queue_entry(client, kb_bot, replies, tenant, operator):
    await enable(client, tenant, kb_bot.id)
    c = await chat(client, kb_bot)
    for _ in range(5):
        await c.say("talk to a human!!", replies)
    r = await client.get("/v1/handoff/handoffs", headers=operator.headers, params={"status": "queued"})
    assert [h["conversation_id"] for h in r.json()["items"]].count(c.session_id) == 1


async def test_vip_visitors_and_chosen_intents_and_ai_turn_caps(client, kb_bot, replies, tenant, operator):
    await enable(client, tenant, kb_bot.id, vip={"attribute": "plan", "values": ["gold"], "priority": 20}, max_ai_turns=1,
                 intents=["complaint"])
    vip = await chat(client, kb_bot, metadata={"plan": "Gold"})
    await vip.say("How long do refunds take?", replies)
    handoff = await handoff_of(client, operator.headers, vip.session_id)
    assert handoff["trigger"] == "vip" and handoff["priority"] == 20
    capped = await chat(client, kb_bot)
    await capped.say("How long do refunds take?", replies)
    assert await handoff_of(client, operator.headers, capped.session_id) is None
    await capped.say("And shipping to France?", replies)
    handoff = await handoff_of(client, operator.headers, capped.session_id)
    assert handoff["trigger"] == "ai_turns"
    # the queue is ordered by priority: the VIP first
    r = await client.get("/v1/handoff/handoffs", headers=operator.headers, params={"status": "queued"})
    order = [h["conversation_id"] for h in r.json()["items"]]
    assert order.index(vip.session_id) < order.index(capped.session_id)


async def test_two_failed_answers_hand_off(client, kb_bot, replies, tenant, operator):
    await enable(client, tenant, kb_bot.id, ai_failures=2, negative_sentiment=None)
    c = await chat(client, kb_bot)
    await c.say("What is the airspeed velocity of an unladen swallow?", replies)
    await c.say("Which rocket engines power the Saturn V first stage?", replies)
    declined = [e for e in await c.events() if e["sender"] == "ai" and e["data"].get("answered") is False]
    assert len(declined) == 2, await c.events()
    handoff = await handoff_of(client, operator.headers, c.session_id)  # at once, after the second failed answer
    assert handoff is not None and handoff["trigger"] == "ai_failures"
    assert handoff["reason"] == "the assistant could not answer 2 times"
    events = await c.events()
    assert events[-1]["kind"] == "status" or events[-1]["sender"] == "system"


async def test_sustained_negative_sentiment_hands_off(client, kb_bot, replies, tenant, operator):
    await enable(client, tenant, kb_bot.id, negative_sentiment={"threshold": -0.3, "messages": 2}, ai_failures=0)
    r = await client.put(f"/v1/chatbots/{kb_bot.id}/assistant", headers=tenant.headers, json={"handoff_on_negative": False})
    assert r.status_code == 200, r.text  # the assistant's own upset-complaint rule would hand off at once
    c = await chat(client, kb_bot)
    await c.say("This is terrible, your product is awful and broken.", replies)
    assert await handoff_of(client, operator.headers, c.session_id) is None
    await c.say("I am furious, this is the worst service ever, still nothing works!", replies)
    handoff = await handoff_of(client, operator.headers, c.session_id)
    assert handoff is not None and handoff["trigger"] == "sentiment", await c.events()


async def test_least_busy_routing_respects_capacity_and_language(client, kb_bot, replies, tenant):
    await enable(client, tenant, kb_bot.id)
    a = await join(client, tenant, name="Ann Able")
    b = await join(client, tenant, name="Bob Baker")
    await set_status(client, a, capacity=1)
    await set_status(client, b, capacity=2, languages=["en"])
    chats = [await chat(client, kb_bot) for _ in range(4)]
    for c in chats:
        await c.say("talk to a person please", replies)
    operators = {o["user_id"]: o for o in (await client.get("/v1/handoff/operators", headers=a.headers)).json()}
    assert operators[a.user_id]["active"] == 1 and operators[b.user_id]["active"] == 2
    queued = (await client.get("/v1/handoff/handoffs", headers=a.headers, params={"status": "queued"})).json()["items"]
    assert [h["conversation_id"] for h in queued] == [chats[3].session_id]
