"""Widget features an owner configures per chatbot, checked by the server: languages, pre-chat form,
business hours, proactive messages, transcript by e-mail."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid

import asyncpg
import pytest

from infrastructure.mail import SmtpMailer, SmtpSettings
from tests.integration.conversations.helpers import ORIGIN, cid, enter, make_chatbot, visitor, visitor_socket
from tests.mail_inbox import running_inbox


def _field_errors(r) -> list[str]:
    assert r.headers["content-type"].startswith("application/problem+json"), r.text
    return [e["field"] for e in r.json().get("errors") or []]


async def test_languages_are_limited_to_what_the_widget_speaks(client, tenant):
    for languages in (["xx"], ["en", "sw"]):
        r = await client.post("/v1/chatbots", headers=tenant.headers, json={"name": "Polyglot", "languages": languages})
        assert r.status_code == 422 and _field_errors(r) == ["languages"], r.text
    bot = await make_chatbot(client, tenant, languages=["ar", "he", "en"])
    r = await client.patch(f"/v1/chatbots/{bot.id}", headers=tenant.headers, json={"languages": ["xx"]})
    assert r.status_code == 422 and _field_errors(r) == ["languages"]


async def test_the_launcher_text_is_the_owners_or_none(client, tenant):
    bot = await make_chatbot(client, tenant)
    config = (await client.get(f"/v1/widget/{bot.public_id}/config", headers={"Origin": ORIGIN})).json()
    assert config["appearance"]["launcher_text"] == ""  # the widget then says "Open chat" in the visitor's language
    await client.patch(f"/v1/chatbots/{bot.id}", headers=tenant.headers, json={"appearance": {"launcher_text": "Ask Acme"}})
    config = (await client.get(f"/v1/widget/{bot.public_id}/config", headers={"Origin": ORIGIN})).json()
    assert config["appearance"]["launcher_text"] == "Ask Acme"


FORM = [
    {"key": "name", "label": "Your name", "kind": "name", "required": True},
    {"key": "email", "label": "E-mail", "kind": "email", "required": True},
    {"key": "phone", "label": "Phone", "kind": "phone"},
    {"key": "order", "label": "Order number", "kind": "text"},
]


async def test_pre_chat_answers_are_checked_and_stored_sealed(client, tenant, services):
    bot = await make_chatbot(client, tenant, pre_chat_form=FORM)
    config = (await client.get(f"/v1/widget/{bot.public_id}/config", headers={"Origin": ORIGIN})).json()
    assert [f["key"] for f in config["pre_chat_form"]] == ["name", "email", "phone", "order"]

    missing = await enter(client, bot.public_id, details={"name": "Ada"})
    assert missing.status_code == 422 and _field_errors(missing) == ["details.email"], missing.text
    bad = await enter(client, bot.public_id, details={"name": "Ada", "email": "ada@example.org", "phone": "ring me"})
    assert bad.status_code == 422 and _field_errors(bad) == ["details.phone"]
    unknown = await enter(client, bot.public_id, details={"name": "Ada", "email": "ada@example.org", "iban": "DE00"})
    assert unknown.status_code == 422 and _field_errors(unknown) == ["details.iban"]

    entry = await visitor(client, bot, details={"name": "Ada Lovelace", "email": "ada@example.org", "order": " A-1042 "})
    session_id = entry["session"]["id"]
    r = await client.get(f"/v1/conversations/{session_id}/visitor-details", headers=tenant.headers)
    assert r.status_code == 200 and r.json() == {"values": {"name": "Ada Lovelace", "email": "ada@example.org", "order": "A-1042"}}
    # the form's name and e-mail identify the visitor: operators find the conversation by e-mail
    found = await client.get("/v1/conversations", params={"visitor_email": "ada@example.org"}, headers=tenant.headers)
    assert [c["id"] for c in found.json()["items"]] == [session_id]
    # a returning visitor resuming the open conversation is not asked again
    assert (await enter(client, bot.public_id, visitor_token=entry["visitor_token"])).status_code == 201

    conn = await asyncpg.connect(services.owner_url)
    try:
        sealed = await conn.fetchval("SELECT details_ciphertext FROM chat_session_details WHERE session_id = $1", uuid.UUID(session_id))
    finally:
        await conn.close()
    assert sealed is not None and b"Lovelace" not in bytes(sealed) and b"A-1042" not in bytes(sealed)

    bad_form = await client.patch(
        f"/v1/chatbots/{bot.id}", headers=tenant.headers, json={"pre_chat_form": [{"key": "a", "label": "A"}, {"key": "a", "label": "B"}]}
    )
    assert bad_form.status_code == 422 and _field_errors(bad_form) == ["pre_chat_form.key"]


async def test_business_hours_decide_open_now_and_the_away_message(client, tenant):
    always = {"timezone": "Pacific/Auckland", "weekly": {d: [["00:00", "24:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}}
    bot = await make_chatbot(client, tenant, business_hours=always | {"away_message": "Back at nine."})
    url = f"/v1/widget/{bot.public_id}/config"
    config = (await client.get(url, headers={"Origin": ORIGIN})).json()
    assert config["open_now"] is True and config["away_message"] == "Back at nine."

    closed = {"timezone": "Europe/Paris", "weekly": {}, "away_message": "We are closed: leave a message."}
    assert (await client.patch(f"/v1/chatbots/{bot.id}", headers=tenant.headers, json={"business_hours": closed})).status_code == 200
    config = (await client.get(url, headers={"Origin": ORIGIN})).json()
    assert config["open_now"] is False and config["away_message"] == "We are closed: leave a message."
    assert (await visitor(client, bot))["session"]["status"] == "open"  # visitors can still write

    for body, field in (
        ({"timezone": "Mars/Olympus", "weekly": {}}, "business_hours.timezone"),
        ({"timezone": "UTC", "weekly": {"mon": [["18:00", "09:00"]]}}, "business_hours.weekly.mon"),
    ):
        r = await client.patch(f"/v1/chatbots/{bot.id}", headers=tenant.headers, json={"business_hours": body})
        assert r.status_code == 422 and _field_errors(r) == [field], r.text
    cleared = await client.patch(f"/v1/chatbots/{bot.id}", headers=tenant.headers, json={"business_hours": None})
    assert cleared.json()["business_hours"] is None
    assert (await client.get(url, headers={"Origin": ORIGIN})).json()["open_now"] is True


async def test_proactive_messages_reach_the_widget_config(client, tenant):
    rules = [{"path": "/pricing", "message": "Questions about plans?", "delay_seconds": 5}, {"path": "/docs/*", "message": "Stuck?"}]
    bot = await make_chatbot(client, tenant, proactive_messages=rules)
    config = (await client.get(f"/v1/widget/{bot.public_id}/config", headers={"Origin": ORIGIN})).json()
    assert config["proactive_messages"] == [rules[0], rules[1] | {"delay_seconds": 10}]
    r = await client.patch(f"/v1/chatbots/{bot.id}", headers=tenant.headers, json={"proactive_messages": [{"path": "pricing", "message": "x"}]})
    assert r.status_code == 400  # a path starts with "/" (or is "*")


@pytest.fixture
def smtp_inbox():
    with running_inbox() as inbox:
        yield inbox, SmtpSettings(host="127.0.0.1", port=inbox.port, sender="support@acme.example")


async def test_without_smtp_the_transcript_is_refused_with_503(client, tenant, bot, container):
    entry = await visitor(client, bot)
    assert (await client.get(f"/v1/widget/{bot.public_id}/config", headers={"Origin": ORIGIN})).json()["transcript_by_email"] is False
    r = await client.post(
        f"/v1/widget/{bot.public_id}/sessions/{entry['session']['id']}/transcript",
        headers={"Origin": ORIGIN, "X-Visitor-Token": entry["visitor_token"]}, json={"email": "ada@example.org"},
    )
    assert r.status_code == 503 and r.headers["content-type"].startswith("application/problem+json"), r.text
    assert "SMTP" in r.json()["detail"]


async def test_the_transcript_is_mailed_through_smtp_by_a_job(client, tenant, bot, container, ws_base, smtp_inbox, monkeypatch):
    inbox, smtp = smtp_inbox
    monkeypatch.setattr(container, "transcript_emails", dataclasses.replace(container.transcript_emails, mailer=SmtpMailer(smtp)))
    monkeypatch.setattr(container.chatbots, "sends_email", True)
    assert (await client.get(f"/v1/widget/{bot.public_id}/config", headers={"Origin": ORIGIN})).json()["transcript_by_email"] is True
    entry = await visitor(client, bot)
    sock = await visitor_socket(ws_base, entry)
    await sock.send({"type": "message", "client_id": cid(), "content": "Where is parcel 77?"})
    await sock.of_type("ack")
    await sock.close()
    url = f"/v1/widget/{bot.public_id}/sessions/{entry['session']['id']}/transcript"
    headers = {"Origin": ORIGIN, "X-Visitor-Token": entry["visitor_token"]}
    assert (await client.post(url, headers=headers, json={"email": "not-an-address"})).status_code == 400
    other = await visitor(client, bot)
    foreign = await client.post(url, headers=headers | {"X-Visitor-Token": other["visitor_token"]}, json={"email": "eve@example.org"})
    assert foreign.status_code == 404  # another visitor's conversation
    r = await client.post(url, headers=headers, json={"email": "ada@example.org"})
    assert r.status_code == 202, r.text

    [job] = [j for j in await container.transcript_emails.jobs.queued() if j.function == "email_transcript" and j.kwargs["session_id"] == entry["session"]["id"]]
    # what the arq worker's email_transcript job runs
    await container.transcript_emails.send(uuid.UUID(job.kwargs["tenant_id"]), uuid.UUID(job.kwargs["session_id"]), job.kwargs["address"])
    mail = await asyncio.to_thread(inbox.wait_for, "ada@example.org")
    assert mail["From"] == "support@acme.example"
    assert "Support" in mail["Subject"] and "Visitor: Where is parcel 77?" in mail.get_payload(decode=True).decode()


def test_the_worker_runs_transcript_jobs_and_keeps_no_record_of_the_address(monkeypatch):
    import importlib
    import sys

    from domain.conversations.transcript_email import JOB
    from infrastructure.settings import generate_key

    monkeypatch.setenv("PARLEY_SECRET_KEY", generate_key())
    monkeypatch.setenv("PARLEY_MASTER_KEY", generate_key())
    sys.modules.pop("infrastructure.jobs.worker", None)
    worker = importlib.import_module("infrastructure.jobs.worker")
    [job] = [f for f in worker.WorkerSettings.functions if getattr(f, "name", None) == JOB]
    assert job.keep_result_s == 0
