"""While nobody can take the chat, the visitor leaves an e-mail address (the widget's public REST path with
the visitor token): it becomes the visitor's, a lead (`lead.captured`), and the team is e-mailed (aiosmtpd)."""

from __future__ import annotations

from uuid import UUID

from tests.integration.conversations.helpers import ORIGIN
from tests.integration.handoff.conftest import chat, enable, handoff_of, join, set_status
from tests.integration.handoff.test_clock import email_of, inbox, worker, worker_idle  # noqa: F401
from tests.integration.polling import eventually


def contact(client, c, token: str | None = None, **body):
    return client.post(f"/v1/widget/{c.bot.public_id}/sessions/{c.session_id}/contact", json=body,
                       headers={"Origin": ORIGIN, "X-Visitor-Token": token or c.entry["visitor_token"]})


async def test_a_waiting_visitor_leaves_an_email_the_team_hears_of_it(client, container, kb_bot, replies, tenant, operator,
                                                                       inbox, worker):  # noqa: F811
    mate = await join(client, tenant, name="Ada Lovelace")
    team = (await client.post("/v1/handoff/teams/", headers=tenant.headers,
                              json={"name": "Support", "members": [operator.user_id, mate.user_id]})).json()
    await enable(client, tenant, kb_bot.id, team_id=team["id"])
    c = await chat(client, kb_bot)
    await c.say("I want to talk to a person", replies)
    events = await c.events()
    assert any(e["data"].get("handoff", {}).get("away") for e in events if e["sender"] == "system")  # the away message

    r = await contact(client, c, email="not-an-address")
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json"), r.text
    other = await chat(client, kb_bot)
    assert (await contact(client, c, token=other.entry["visitor_token"], email="x@example.com")).status_code == 404

    r = await contact(client, c, email=" jane@example.com ", name="Jane Doe", note="Where is my parcel?")
    assert r.status_code == 201, r.text
    assert r.json() == {"conversation_id": c.session_id, "email": "jane@example.com"}
    assert r.headers["access-control-allow-origin"] == ORIGIN

    # stored on the visitor (the operator's sidebar shows it)
    sidebar = (await client.get(f"/v1/handoff/conversations/{c.session_id}/context", headers=operator.headers)).json()["visitor"]
    assert sidebar["email"] == "jane@example.com" and sidebar["name"] == "Jane Doe"
    # a lead of the chatbot, and lead.captured went out
    leads = (await client.get(f"/v1/chatbots/{kb_bot.id}/leads", headers=tenant.headers)).json()["items"]
    assert [(lead["email"], lead["session_id"], lead["note"]) for lead in leads] == [("jane@example.com", c.session_id, "Where is my parcel?")]
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        names = [r["name"] for r in await uow.conn.fetch("SELECT name FROM outbox WHERE kind = 'event' ORDER BY id")]
    assert "lead.captured" in names and "handoff.contact_left" in names
    # the visitor is told, the team e-mailed (each member)
    assert any(e["data"].get("handoff", {}).get("contact_left") for e in await c.events() if e["sender"] == "system")
    for member in (operator, mate):
        address = await email_of(client, tenant, member.user_id)
        [mail] = await eventually(lambda a=address: [m for m in inbox.messages if m["To"] == a])  # (wait_for would block the loop)
        assert mail["Subject"] == "A visitor left their e-mail address"
        body = mail.get_payload(decode=True).decode()
        assert "jane@example.com" in body and "Where is my parcel?" in body and c.session_id in body

    # a second address updates the visitor, no second lead or mail
    assert (await contact(client, c, email="jane.doe@example.com")).status_code == 201
    await worker_idle(container)
    assert len((await client.get(f"/v1/chatbots/{kb_bot.id}/leads", headers=tenant.headers)).json()["items"]) == 1
    assert len(inbox.messages) == 2
    sidebar = (await client.get(f"/v1/handoff/conversations/{c.session_id}/context", headers=operator.headers)).json()["visitor"]
    assert sidebar["email"] == "jane.doe@example.com"

    # once a person has the chat, there is nothing to leave an address for
    await set_status(client, operator, "online", away_after_seconds=0)
    assert (await handoff_of(client, tenant.headers, c.session_id))["status"] == "assigned"
    r = await contact(client, c, email="jane@example.com")
    assert r.status_code == 409, r.text


async def test_no_contact_for_a_chat_with_the_ai(client, kb_bot, tenant):
    c = await chat(client, kb_bot)
    r = await contact(client, c, email="jane@example.com")
    assert r.status_code == 409 and "not waiting for a person" in r.json()["detail"], r.text
