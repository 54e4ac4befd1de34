"""The operator workspace over REST: transfers, unassign, priority, teams with business hours, the operator's
context, canned responses, events for partners, and problem+json for every bad input."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

from domain.conversations.model import Sender, SessionStatus
from domain.conversations.services import Actor
from tests.integration.conversations.helpers import make_chatbot, visitor
from tests.integration.handoff.conftest import chat, enable, handoff_of, join, set_status

CONVERSATION = "/v1/handoff/conversations/{}"


def _problem(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json"), r.headers
    return r.json()


async def _queue(client, container, tenant, bot) -> str:
    session_id = (await visitor(client, bot))["session"]["id"]
    await container.conversations.change_status(UUID(tenant.id), UUID(session_id), Actor(sender=Sender.system), SessionStatus.queued)
    await container.handoff.drain()
    return session_id


async def test_transfer_unassign_priority_and_the_events_partners_receive(client, container, tenant):
    hook = await client.post("/v1/webhooks", headers=tenant.headers,
                             json={"url": "https://1.1.1.1/parley", "event_types": ["handoff.*", "conversation.queued", "conversation.assigned"]})
    assert hook.status_code == 201, hook.text
    bot = await make_chatbot(client, tenant)
    a, b = await join(client, tenant, name="Ann Able"), await join(client, tenant, name="Bob Baker")
    session_id = await _queue(client, container, tenant, bot)
    url = CONVERSATION.format(session_id)
    assert (await client.post(f"{url}/take", headers=a.headers)).status_code == 200
    # transferring to an offline operator: 422 naming the field
    assert _problem(await client.post(f"{url}/transfer", headers=a.headers, json={"to_user_id": b.user_id}), 422)["errors"][0]["field"] == "to_user_id"
    await set_status(client, b, "online", capacity=0)  # online, but takes nothing automatically
    r = await client.post(f"{url}/transfer", headers=a.headers, json={"to_user_id": b.user_id, "note": "VIP, knows the refund rules"})
    assert r.status_code == 200, r.text
    assert r.json()["operator_id"] == b.user_id and r.json()["assigned_by"] == "transfer"
    conversation = (await client.get(f"/v1/conversations/{session_id}", headers=tenant.headers)).json()
    assert conversation["assigned_user_id"] == b.user_id
    context = (await client.get(f"{url}/context", headers=b.headers)).json()
    assert context["transfers"][0]["note"] == "VIP, knows the refund rules" and context["transfers"][0]["from_user_id"] == a.user_id
    assert context["notes"][0]["body"] == "Transfer note: VIP, knows the refund rules"
    # to a team: back in the queue, for that team
    team = (await client.post("/v1/handoff/teams", headers=tenant.headers, json={"name": "Billing", "members": [a.user_id]})).json()
    r = await client.post(f"{url}/transfer", headers=b.headers, json={"to_team_id": team["id"]})
    assert r.status_code == 200 and r.json()["status"] == "queued" and r.json()["team_id"] == team["id"], r.text
    assert (await client.get(f"/v1/conversations/{session_id}", headers=tenant.headers)).json()["status"] == "queued"
    # priority, unassign
    assert (await client.post(f"{url}/priority", headers=b.headers, json={"priority": 7})).json()["priority"] == 7
    assert (await client.post(f"{url}/take", headers=b.headers)).status_code == 200
    r = await client.post(f"{url}/unassign", headers=b.headers)
    assert r.status_code == 200 and r.json()["status"] == "queued" and r.json()["operator_id"] is None
    # closing: the handoff is resolved, the visitor asked for a rating, writing afterwards is a 409
    assert (await client.post(f"{url}/take", headers=a.headers)).status_code == 200
    r = await client.post(f"{url}/close", headers=a.headers)
    assert r.status_code == 200 and r.json()["resolution"] == "closed", r.text
    _problem(await client.post(f"{url}/reply", headers=a.headers, json={"content": "hello?"}), 409)
    _problem(await client.post(f"{url}/take", headers=a.headers), 409)
    _problem(await client.post(f"{url}/close", headers=a.headers), 409)
    await container.handoff.drain()
    deliveries = (await client.get(f"/v1/webhooks/{hook.json()['id']}/deliveries", headers=tenant.headers, params={"limit": 100})).json()["items"]
    types = {d["event_type"] for d in deliveries}
    assert {"conversation.queued", "handoff.requested", "conversation.assigned", "handoff.transferred", "handoff.resolved"} <= types, types


async def test_a_team_outside_its_business_hours_gets_no_chats(client, container, tenant):
    op = await join(client, tenant)
    now = datetime.now(ZoneInfo("Asia/Tokyo"))
    day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[now.weekday()]
    later = (now + timedelta(hours=2)).strftime("%H:%M") if now.hour < 21 else None
    hours = {"timezone": "Asia/Tokyo", "weekly": {day: [[later, "23:59"]]} if later else {}, "away_message": "Back at 9 Tokyo time."}
    team = (await client.post("/v1/handoff/teams", headers=tenant.headers, json={"name": "Tokyo", "members": [op.user_id], "business_hours": hours})).json()
    assert team["business_hours"]["timezone"] == "Asia/Tokyo", team
    bot = await make_chatbot(client, tenant)
    await enable(client, tenant, bot.id, team_id=team["id"])
    await set_status(client, op)
    session_id = (await visitor(client, bot))["session"]["id"]
    await container.conversations.change_status(UUID(tenant.id), UUID(session_id), Actor(sender=Sender.system), SessionStatus.queued)
    await container.handoff.drain()
    handoff = await handoff_of(client, op.headers, session_id)
    assert handoff["status"] == "queued" and handoff["team_id"] == team["id"]
    events = (await client.get(f"/v1/conversations/{session_id}/messages", headers=tenant.headers)).json()["events"]
    assert any(e["content"] == "Back at 9 Tokyo time." for e in events if e["sender"] == "system")
    # open all day now: routing assigns it
    r = await client.patch(f"/v1/handoff/teams/{team['id']}", headers=tenant.headers,
                           json={"business_hours": {"timezone": "Asia/Tokyo", "weekly": {d: [["00:00", "24:00"]] for d in
                                                                                          ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}}})
    assert r.status_code == 200, r.text
    assert (await handoff_of(client, op.headers, session_id))["operator_id"] == op.user_id


async def test_the_operator_sees_summary_intents_sentiment_citations_and_the_customer(client, container, kb_bot, replies, tenant, operator):
    c = await chat(client, kb_bot, name="Ada Lovelace", email="ada@example.com", metadata={"plan": "gold", "page": "https://shop.example.com/orders"})
    earlier_id = c.session_id
    await c.say("How long do I have to ask for a refund?", replies)
    await client.post(f"/v1/conversations/{earlier_id}/close", headers=tenant.headers)
    c = await chat(client, kb_bot, visitor_token=c.entry["visitor_token"])
    assert c.session_id != earlier_id
    await c.say("My parcel never arrived and I am really annoyed.", replies)
    await c.say("Do you offer express delivery?", replies)
    r = await client.post(f"{CONVERSATION.format(c.session_id)}/take", headers=operator.headers)
    assert r.status_code == 200, r.text
    ctx = (await client.get(f"{CONVERSATION.format(c.session_id)}/context", headers=operator.headers)).json()
    assert ctx["status"] == "assigned" and ctx["language"] == "en"
    assert "parcel never arrived" in ctx["summary"]
    assert [i["intent"] for i in ctx["intents"]] and len(ctx["sentiment_trend"]) == 2
    assert ctx["sentiment_trend"][0]["sentiment"] < 0
    assert any("Shipping" in (cit["title"] or "") for cit in ctx["citations"])
    assert ctx["visitor"]["name"] == "Ada Lovelace" and ctx["visitor"]["email"] == "ada@example.com"
    assert ctx["visitor"]["attributes"]["plan"] == "gold" and ctx["visitor"]["pages"] == ["https://shop.example.com/orders"]
    assert ctx["visitor"]["user_agent"] is not None
    assert [e["id"] for e in ctx["earlier_conversations"]] == [earlier_id]
    assert [e["kind"] for e in ctx["transcript"]].count("message") >= 4
    assert ctx["handoff"]["trigger"] == "operator"


async def test_canned_responses_team_personal_and_workspace(client, container, tenant, operator):
    bot = await make_chatbot(client, tenant)
    session_id = (await visitor(client, bot, name="Ada Lovelace"))["session"]["id"]
    team = (await client.post("/v1/handoff/teams", headers=tenant.headers, json={"name": "Support", "members": [operator.user_id]})).json()
    for body in ({"shortcut": "hi", "body": "Hello {{visitor.name}}!"},
                 {"shortcut": "hi", "body": "Team hello {{visitor.first_name}}", "team_id": team["id"]}):
        assert (await client.post("/v1/handoff/canned-responses", headers=tenant.headers, json=body)).status_code == 201
    expand = f"{CONVERSATION.format(session_id)}/expand"
    assert (await client.post(expand, headers=operator.headers, json={"content": "/hi"})).json()["content"] == "Team hello Ada"
    mine = await client.post("/v1/handoff/canned-responses", headers=operator.headers,
                             json={"shortcut": "hi", "body": "Hey {{ visitor.name }}, {{operator.first_name}} here. {{unknown.var}}", "personal": True})
    assert mine.status_code == 201, mine.text
    assert (await client.post(expand, headers=operator.headers, json={"content": "/hi"})).json()["content"] == "Hey Ada Lovelace, Grace here."
    listed = (await client.get("/v1/handoff/canned-responses", headers=operator.headers)).json()["items"]
    assert len(listed) == 3
    # an operator may not write the workspace's responses, nor delete them
    _problem(await client.post("/v1/handoff/canned-responses", headers=operator.headers, json={"shortcut": "x", "body": "y"}), 403)
    workspace = next(c for c in listed if c["owner_user_id"] is None and c["team_id"] is None)
    _problem(await client.delete(f"/v1/handoff/canned-responses/{workspace['id']}", headers=operator.headers), 403)
    assert (await client.delete(f"/v1/handoff/canned-responses/{mine.json()['id']}", headers=operator.headers)).status_code == 204
    _problem(await client.post(expand, headers=operator.headers, json={"content": "/nope"}), 422)
    _problem(await client.post("/v1/handoff/canned-responses", headers=tenant.headers, json={"shortcut": "Bad Shortcut!", "body": "y"}), 422)
    _problem(await client.post("/v1/handoff/canned-responses", headers=tenant.headers, json={"shortcut": "hi", "body": "again"}), 409)


async def test_bad_input_is_problem_json(client, container, tenant, operator):
    bot = await make_chatbot(client, tenant)
    settings = f"/v1/handoff/settings/{bot.id}"
    assert (await client.get(settings, headers=operator.headers)).json()["enabled"] is False
    _problem(await client.put(settings, headers=operator.headers, json={}), 403)
    _problem(await client.put(settings, headers=tenant.headers, json={"ai_failures": 99}), 422)
    _problem(await client.put(settings, headers=tenant.headers, json={"negative_sentiment": {"threshold": 0.5}}), 422)
    _problem(await client.put(settings, headers=tenant.headers, json={"team_id": "01a24502-c381-74f3-a752-ad549eb0e3ea"}), 422)
    _problem(await client.put(settings, headers=tenant.headers, json={"surprise": True}), 400)
    _problem(await client.put(settings, headers=tenant.headers, json={"phrases": "talk to a human"}), 400)
    _problem(await client.put("/v1/handoff/settings/01a24502-c381-74f3-a752-ad549eb0e3ea", headers=tenant.headers, json={}), 404)
    _problem(await client.post("/v1/handoff/teams", headers=tenant.headers,
                               json={"name": "X", "business_hours": {"timezone": "Mars/Olympus", "weekly": {}}}), 422)
    _problem(await client.post("/v1/handoff/teams", headers=tenant.headers, json={"name": "X", "routing": "random"}), 400)
    _problem(await client.post("/v1/handoff/teams", headers=tenant.headers, json={"name": "X", "members": [str(UUID(int=5))]}), 422)
    _problem(await client.patch("/v1/handoff/operators/me", headers=operator.headers, json={"capacity": 1000}), 422)
    _problem(await client.patch("/v1/handoff/operators/me", headers=operator.headers, json={"status": "busy"}), 400)
    session_id = (await visitor(client, bot))["session"]["id"]
    url = CONVERSATION.format(session_id)
    _problem(await client.post(f"{url}/transfer", headers=operator.headers, json={}), 422)
    _problem(await client.post(f"{url}/unassign", headers=operator.headers), 409)  # not with a person
    _problem(await client.post(f"{url}/hand-back", headers=operator.headers), 409)
    _problem(await client.post(f"{url}/notes", headers=operator.headers, json={"body": "  "}), 422)
    _problem(await client.post(f"{url}/priority", headers=operator.headers, json={"priority": "high"}), 400)
    _problem(await client.post(f"{CONVERSATION.format(UUID(int=7))}/take", headers=operator.headers), 404)
    _problem(await client.get("/v1/handoff/handoffs", headers=operator.headers, params={"status": "lost"}), 400)
    _problem(await client.get(f"/v1/handoff/handoffs/{UUID(int=9)}", headers=operator.headers), 404)
    key = await client.post("/v1/api-keys", headers=tenant.headers, json={"name": "bot", "scopes": ["handoff:work", "handoff:read"]})
    assert key.status_code == 201, key.text
    _problem(await client.post(f"{url}/take", headers={"Authorization": f"Bearer {key.json()['secret']}"}), 403)  # a person takes chats


async def test_an_assigned_chat_cannot_be_taken_over_by_a_status_frame(client, container, tenant):
    """The conversations' own `status: assigned` (operator socket) is no way around the claim: only a transfer,
    which names the assignee, reassigns."""
    import pytest

    from domain.errors import Conflict

    bot = await make_chatbot(client, tenant)
    a, b = await join(client, tenant, name="Ann Able"), await join(client, tenant, name="Bob Baker")
    session_id = await _queue(client, container, tenant, bot)
    assert (await client.post(f"{CONVERSATION.format(session_id)}/take", headers=a.headers)).status_code == 200
    with pytest.raises(Conflict):
        await container.conversations.change_status(UUID(tenant.id), UUID(session_id), Actor(sender=Sender.human, user_id=UUID(b.user_id)),
                                                    SessionStatus.assigned)
    assert (await handoff_of(client, a.headers, session_id))["operator_id"] == a.user_id
