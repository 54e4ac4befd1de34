"""The visitor's language, from the conversation to the mailbox: a meeting booked by the assistant in a German
conversation is confirmed in German (aiosmtpd as the real SMTP peer), and its cancellation too."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

from domain.assistant.tools import ToolContext
from tests.integration.scheduling.conftest import make_chatbot, make_schedule
from tests.integration.scheduling.test_notifications import body_of, mails, subject
from tests.integration.webhooks.conftest import eventually


async def test_a_german_conversation_gets_german_mails(client, tenant, container, worker, inbox):
    bot = await make_chatbot(client, tenant)
    await make_schedule(client, tenant, bot)
    ctx = ToolContext(tenant_id=UUID(tenant.id), chatbot_id=UUID(bot), session_id=uuid4(), language="de",
                      question="Kann ich einen Termin buchen?")
    start = (datetime.now(UTC) + timedelta(days=5)).replace(hour=9, minute=0, second=0, microsecond=0)
    booked = await container.assistant.tools.get("book_meeting").run(ctx, {
        "slot": start.isoformat(), "name": "Jonas", "email": "jonas@example.com", "time_zone": "Europe/Berlin",
        "confirmed": True})
    assert not booked.is_error, booked.content
    [mail] = await eventually(lambda: mails(inbox, "jonas@example.com", "Bestätigt"))
    assert subject(mail).startswith("Bestätigt: Ihr Termin am ") and "Europe/Berlin" in subject(mail)
    text = body_of(mail)
    assert text.startswith("Hallo Jonas,") and "Zum Videoanruf:" in text and "Sie können nicht?" in text
    r = await client.post(f"/v1/bookings/{ctx.effects['booking_id']}/cancel", headers=tenant.headers)
    assert r.status_code == 200 and r.json()["language"] == "de"
    [cancelled] = await eventually(lambda: mails(inbox, "jonas@example.com", "Abgesagt"))
    assert "ist abgesagt" in body_of(cancelled)
