"""Teams' service levels, checked by the handoff clock: escalation rules on queued chats (notify the team lead by
e-mail, reassign to another team, hand back to the AI with an away message) and first-response targets; each
miss recorded once (the clock runs every 10 s) and listed through the API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from tests.integration.handoff.conftest import chat, enable, handoff_of, join, set_status
from tests.integration.handoff.test_clock import at, email_of, inbox, worker, worker_idle  # noqa: F401
from tests.integration.polling import eventually


async def make_team(client, tenant, name: str, **body) -> dict:
    r = await client.post("/v1/handoff/teams/", headers=tenant.headers, json={"name": name, **body})
    assert r.status_code == 201, r.text
    return r.json()


async def breaches(client, headers, **params) -> list[dict]:
    r = await client.get("/v1/handoff/breaches", headers=headers, params=params)
    assert r.status_code == 200, r.text
    return r.json()["items"]


async def test_rules_are_checked_and_refused_when_incomplete(client, tenant):
    r = await client.post("/v1/handoff/teams/", headers=tenant.headers,
                          json={"name": "No lead", "sla": {"rules": [{"after_minutes": 5, "action": "notify_lead"}]}})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "sla.lead_user_id", r.text
    r = await client.post("/v1/handoff/teams/", headers=tenant.headers,
                          json={"name": "Odd", "sla": {"rules": [{"after_minutes": 5, "action": "panic"}]}})
    assert r.status_code in (400, 422), r.text
    r = await client.post("/v1/handoff/teams/", headers=tenant.headers, json={"name": "Twice", "sla": {"rules": [
        {"after_minutes": 5, "action": "hand_back"}, {"after_minutes": 5, "action": "hand_back"}]}})
    assert r.status_code == 422, r.text


async def test_queued_too_long_notifies_the_lead_then_reassigns_once_each(client, container, kb_bot, replies, tenant, operator,
                                                                        inbox, worker, monkeypatch):  # noqa: F811
    lead = await join(client, tenant, name="Lena Lead")
    overflow = await make_team(client, tenant, "Overflow", members=[operator.user_id])
    support = await make_team(client, tenant, "Support", members=[lead.user_id], sla={
        "first_response_seconds": 60, "lead_user_id": lead.user_id,
        "rules": [{"after_minutes": 5, "action": "notify_lead"},
                  {"after_minutes": 10, "action": "reassign", "to_team_id": overflow["id"]}]})
    assert support["sla"]["rules"][1]["to_team_id"] == overflow["id"]
    await enable(client, tenant, kb_bot.id, team_id=support["id"])
    c = await chat(client, kb_bot)
    await c.say("talk to a human please", replies)
    tenant_id = UUID(tenant.id)
    start = datetime.now(UTC)
    tick = container.handoff_workflows.tick

    assert (await tick(tenant_id))["breaches"] == 0  # nothing missed yet
    at(monkeypatch, container, start + timedelta(minutes=6))
    assert (await tick(tenant_id))["breaches"] == 2  # queued 5 min: lead told; first reply target (60 s) missed
    assert (await tick(tenant_id))["breaches"] == 0  # recorded once
    found = await breaches(client, operator.headers)
    assert {(b["kind"], b["rule"], b["action"]) for b in found} == {
        ("first_response", "first_response", None), ("queued", "queued:5:notify_lead", "notify_lead")}
    assert all(b["conversation_id"] == c.session_id and b["team_id"] == support["id"] for b in found)
    assert [b["target_seconds"] for b in await breaches(client, operator.headers, kind="first_response")] == [60]
    lead_address = await email_of(client, tenant, lead.user_id)
    await eventually(lambda: len([m for m in inbox.messages if m["To"] == lead_address]) == 2)
    subjects = {m["Subject"] for m in inbox.messages}
    assert subjects == {"Service level missed in team Support"}
    assert any("queued for more than 5 minutes" in m.get_payload(decode=True).decode() for m in inbox.messages)
    assert (await handoff_of(client, tenant.headers, c.session_id))["team_id"] == support["id"]

    # 10 minutes: moved to the overflow team (whose operator comes online and gets it)
    at(monkeypatch, container, start + timedelta(minutes=11))
    assert (await tick(tenant_id))["breaches"] == 1
    assert (await handoff_of(client, tenant.headers, c.session_id))["team_id"] == overflow["id"]
    await set_status(client, operator, "online", away_after_seconds=0)
    handoff = await handoff_of(client, tenant.headers, c.session_id)
    assert handoff["status"] == "assigned" and handoff["operator_id"] == operator.user_id
    assert (await tick(tenant_id))["breaches"] == 0
    await worker_idle(container)
    assert len(inbox.messages) == 2
    assert [b["rule"] for b in await breaches(client, operator.headers, team_id=overflow["id"])] == []
    assert len(await breaches(client, operator.headers, kind="queued")) == 2


async def test_nobody_answers_the_chat_goes_back_to_the_ai_with_a_message(client, container, kb_bot, replies, tenant, monkeypatch):
    night = await make_team(client, tenant, "Night", sla={"rules": [
        {"after_minutes": 15, "action": "hand_back", "message": "Sorry, nobody is free; our assistant will help you."}]})
    await enable(client, tenant, kb_bot.id, team_id=night["id"])
    c = await chat(client, kb_bot)
    await c.say("I want to speak to a person", replies)
    at(monkeypatch, container, datetime.now(UTC) + timedelta(minutes=16))
    assert (await container.handoff_workflows.tick(UUID(tenant.id)))["breaches"] == 1
    handoff = await handoff_of(client, tenant.headers, c.session_id)
    assert handoff["status"] == "resolved" and handoff["resolution"] == "returned_to_ai"
    conversation = (await client.get(f"/v1/conversations/{c.session_id}", headers=tenant.headers)).json()
    assert conversation["status"] == "open"
    said = [e for e in await c.events() if e["sender"] == "system"]
    assert said[-1]["content"] == "Sorry, nobody is free; our assistant will help you."
    # the AI answers again
    await c.say("How long do refunds take?", replies)
    assert await c.replies()
    [b] = await breaches(client, tenant.headers)
    assert b["action"] == "hand_back" and b["rule"] == "queued:15:hand_back" and b["waited_seconds"] >= 900


async def test_a_late_first_reply_is_a_breach_on_the_operator(client, container, kb_bot, replies, tenant, operator):
    team = await make_team(client, tenant, "Fast", members=[operator.user_id], sla={"first_response_seconds": 60})
    await enable(client, tenant, kb_bot.id, team_id=team["id"])
    c = await chat(client, kb_bot)
    await c.say("talk to a person", replies)
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:  # the visitor asked two minutes ago
        await uow.conn.execute("UPDATE handoffs SET requested_at = requested_at - interval '2 minutes' WHERE conversation_id = $1",
                               UUID(c.session_id))
    await set_status(client, operator, "online", away_after_seconds=0)
    r = await client.post(f"/v1/handoff/conversations/{c.session_id}/reply", headers=operator.headers, json={"content": "Hi!"})
    assert r.status_code == 201, r.text
    await eventually(lambda: _first_response(container, tenant, c.session_id))
    await container.handoff_workflows.tick(UUID(tenant.id))
    await container.handoff_workflows.tick(UUID(tenant.id))
    [b] = await breaches(client, operator.headers)
    assert b["kind"] == "first_response" and b["operator_id"] == operator.user_id and 120 <= b["waited_seconds"] < 180


async def _first_response(container, tenant, session_id: str) -> bool:
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        return await uow.conn.fetchval("SELECT first_response_at IS NOT NULL FROM handoffs WHERE conversation_id = $1",
                                       UUID(session_id))
