"""The handoff clock (the worker's `handoff_tick` cron, called here as the worker does): operators idle for
their auto-away time go away (teammates see it) and come back on their next activity; queued chats are
routed when a team's business hours open, without waiting for another event; assignees who are not online
are e-mailed (aiosmtpd, a real SMTP peer) once per wait when their visitor writes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest

from infrastructure.mail import SmtpMailer, SmtpSettings
from tests.integration.handoff.conftest import chat, enable, handoff_of, join, set_status
from tests.integration.inprocess_worker import in_process_worker
from tests.integration.polling import eventually
from tests.mail_inbox import running_inbox

HOURS = {"timezone": "Europe/Paris", "weekly": {d: [["09:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}}
MONDAY_EARLY = datetime(2026, 12, 7, 6, 30, tzinfo=UTC)  # 07:30 in Paris: closed
MONDAY_OPEN = datetime(2026, 12, 7, 8, 5, tzinfo=UTC)  # 09:05 in Paris: open


def at(monkeypatch, container, moment: datetime) -> None:
    monkeypatch.setattr(container.handoff, "clock", lambda: moment)
    monkeypatch.setattr(container.handoff_workflows, "clock", lambda: moment)


@pytest.fixture
def inbox(container, monkeypatch):
    with running_inbox() as inbox:
        smtp = SmtpSettings(host="127.0.0.1", port=inbox.port, sender="handoff@parley.example")
        monkeypatch.setattr(container.handoff_workflows, "mailer", SmtpMailer(smtp))
        yield inbox


@pytest.fixture
async def worker(container, monkeypatch):
    async with in_process_worker(container, monkeypatch) as w:
        yield w


async def operators_seen_by(client, headers) -> dict[str, dict]:
    r = await client.get("/v1/handoff/operators", headers=headers)
    assert r.status_code == 200, r.text
    return {o["user_id"]: o for o in r.json()}


async def email_of(client, tenant, user_id: str) -> str:
    r = await client.get(f"/v1/members/{user_id}", headers=tenant.headers)
    assert r.status_code == 200, r.text
    return r.json()["email"]


async def test_an_idle_operator_goes_away_for_teammates_and_comes_back_on_activity(client, container, tenant, operator, monkeypatch):
    mate = await join(client, tenant, name="Ada Lovelace")
    start = datetime.now(UTC)
    at(monkeypatch, container, start)
    me = await set_status(client, operator, "online", away_after_seconds=120)
    assert me["status"] == "online" and me["away_after_seconds"] == 120 and me["auto_away"] is False
    await set_status(client, mate, "online", away_after_seconds=0)  # never auto-away
    tick = container.handoff_workflows.tick
    tenant_id = UUID(tenant.id)

    at(monkeypatch, container, start + timedelta(seconds=60))  # not idle long enough yet
    assert (await tick(tenant_id))["away"] == 0
    at(monkeypatch, container, start + timedelta(seconds=125))
    assert (await tick(tenant_id))["away"] == 1
    seen = await operators_seen_by(client, mate.headers)  # a teammate sees it
    assert seen[operator.user_id]["status"] == "away" and seen[operator.user_id]["auto_away"] is True
    assert seen[mate.user_id]["status"] == "online"  # 0: never
    assert (await tick(tenant_id))["away"] == 0  # once

    # any API call of theirs is activity: back online
    assert (await client.get("/v1/handoff/canned-responses", headers=operator.headers)).status_code == 200
    seen = await operators_seen_by(client, mate.headers)
    assert seen[operator.user_id]["status"] == "online" and seen[operator.user_id]["auto_away"] is False

    # away by their own choice stays away whatever they do; the heartbeat is activity too
    await set_status(client, operator, "away")
    at(monkeypatch, container, start + timedelta(seconds=400))
    assert (await client.post("/v1/handoff/operators/me/heartbeat", headers=operator.headers)).status_code == 204
    assert (await operators_seen_by(client, mate.headers))[operator.user_id]["status"] == "away"
    r = await client.patch("/v1/handoff/operators/me", headers=operator.headers, json={"away_after_seconds": 86401})
    assert r.status_code == 400 or r.status_code == 422, r.text


async def test_an_operator_back_from_auto_away_gets_the_queue_at_once(client, container, kb_bot, replies, tenant, operator, monkeypatch):
    await enable(client, tenant, kb_bot.id)
    start = datetime.now(UTC)
    at(monkeypatch, container, start)
    await set_status(client, operator, "online", away_after_seconds=60, capacity=2)
    at(monkeypatch, container, start + timedelta(seconds=61))
    await container.handoff_workflows.tick(UUID(tenant.id))
    c = await chat(client, kb_bot)
    await c.say("I want to talk to a human", replies)
    assert (await handoff_of(client, tenant.headers, c.session_id))["status"] == "queued"  # nobody online
    container.handoff_workflows._touched.clear()
    await client.post("/v1/handoff/operators/me/heartbeat", headers=operator.headers)
    handoff = await handoff_of(client, tenant.headers, c.session_id)
    assert handoff["status"] == "assigned" and handoff["operator_id"] == operator.user_id


async def test_queued_chats_are_routed_when_the_teams_hours_open(client, container, kb_bot, replies, tenant, operator, monkeypatch):
    at(monkeypatch, container, MONDAY_EARLY)
    team = (await client.post("/v1/handoff/teams/", headers=tenant.headers,
                              json={"name": "Day shift", "business_hours": HOURS, "members": [operator.user_id]})).json()
    await enable(client, tenant, kb_bot.id, team_id=team["id"])
    await set_status(client, operator, "online", away_after_seconds=0)
    c = await chat(client, kb_bot)
    await c.say("Can I speak to a person?", replies)
    assert (await handoff_of(client, tenant.headers, c.session_id))["status"] == "queued"  # closed before 09:00
    assert (await container.handoff_workflows.tick(UUID(tenant.id)))["routed"] == 0
    at(monkeypatch, container, MONDAY_OPEN)  # nothing else happens: the clock alone routes it
    result = await container.handoff_workflows.tick(UUID(tenant.id))
    assert result["routed"] == 1
    handoff = await handoff_of(client, tenant.headers, c.session_id)
    assert handoff["status"] == "assigned" and handoff["operator_id"] == operator.user_id and handoff["assigned_by"] == "routing"
    # the worker's cron finds the workspace by itself
    assert UUID(tenant.id) in await container.handoff_workflows.busy_tenants()


async def test_an_assignee_not_online_is_emailed_once_per_wait(client, container, kb_bot, replies, tenant, operator, inbox, worker,
                                                               monkeypatch):
    await enable(client, tenant, kb_bot.id)
    await set_status(client, operator, "online", away_after_seconds=0)
    address = await email_of(client, tenant, operator.user_id)
    c = await chat(client, kb_bot)
    await c.say("I need to talk to a human", replies)
    assert (await handoff_of(client, tenant.headers, c.session_id))["status"] == "assigned"
    await client.post(f"/v1/handoff/conversations/{c.session_id}/reply", headers=operator.headers, json={"content": "Hello!"})
    await set_status(client, operator, "offline")

    await c.say("Are you still there?", replies)
    [mail] = await eventually(lambda: [m for m in inbox.messages if m["To"] == address])
    assert mail["Subject"] == "A visitor is waiting for your reply"
    assert f"conversation={c.session_id}" in mail.get_payload(decode=True).decode()
    await c.say("Hello??", replies)
    await c.say("Anyone?", replies)
    await container.handoff_workflows.tick(UUID(tenant.id))
    await worker_idle(container)
    assert len([m for m in inbox.messages if m["To"] == address]) == 1  # one wait, one mail

    # the operator answers (from their phone, say): the next wait is mailed again
    await client.post(f"/v1/handoff/conversations/{c.session_id}/reply", headers=operator.headers, json={"content": "Yes, here"})
    await eventually(lambda: _waiting(container, tenant, c.session_id, False))
    await c.say("Great, one more thing", replies)
    await eventually(lambda: len([m for m in inbox.messages if m["To"] == address]) == 2)


async def test_the_clock_mails_an_assignee_who_went_offline_while_the_visitor_waited(
    client, container, kb_bot, replies, tenant, operator, inbox, worker, monkeypatch
):
    await enable(client, tenant, kb_bot.id)
    await set_status(client, operator, "online", away_after_seconds=0)
    address = await email_of(client, tenant, operator.user_id)
    c = await chat(client, kb_bot)
    await c.say("talk to a person please", replies)
    await c.say("My order is late", replies)  # written while the assignee was online: no mail
    await eventually(lambda: _waiting(container, tenant, c.session_id, True))
    await set_status(client, operator, "offline")
    tenant_id = UUID(tenant.id)
    assert (await container.handoff_workflows.tick(tenant_id))["mailed"] == 0  # not waiting long enough yet
    at(monkeypatch, container, datetime.now(UTC) + timedelta(seconds=61))
    assert (await container.handoff_workflows.tick(tenant_id))["mailed"] == 1
    assert (await container.handoff_workflows.tick(tenant_id))["mailed"] == 0
    await eventually(lambda: [m for m in inbox.messages if m["To"] == address])
    await worker_idle(container)
    assert len([m for m in inbox.messages if m["To"] == address]) == 1


async def _waiting(container, tenant, session_id: str, waiting: bool) -> bool:
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        since = await uow.conn.fetchval(
            "SELECT waiting_since FROM handoffs WHERE conversation_id = $1 AND status <> 'resolved'", UUID(session_id))
    return (since is not None) == waiting


async def worker_idle(container) -> None:
    """Nothing left in the arq queue (jobs run by the in-process worker)."""
    await eventually(lambda: _queue_empty(container))


async def _queue_empty(container) -> bool:
    return await container.redis.zcard("arq:queue") == 0
