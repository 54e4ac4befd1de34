"""The weekly e-mail report: last week's figures against the week before, with a PNG chart, sent once to the
workspace's recipients over SMTP (a real local SMTP server, aiosmtpd)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from domain.conversations.events import ConversationStarted, FeedbackReceived, MessageCreated
from domain.ids import new_id
from infrastructure.analytics.reports import EmailReports
from infrastructure.mail import SmtpSettings
from tests.conftest import sign_up
from tests.integration.conversations.helpers import make_chatbot
from tests.mail_inbox import running_inbox


async def test_weekly_report_is_mailed_once_with_its_chart(client, container, monkeypatch):
    tenant = await sign_up(client)
    tenant_id = UUID(tenant.id)
    bot = UUID((await make_chatbot(client, tenant)).id)
    r = await client.put("/v1/analytics/settings", headers=tenant.headers,
                         json={"report_recipients": ["ada@example.com", "bob@example.com"], "follow_up_hours": 336})
    assert r.status_code == 200 and r.json()["report_recipients"] == ["ada@example.com", "bob@example.com"], r.text
    bad = await client.put("/v1/analytics/settings", headers=tenant.headers, json={"report_recipients": ["not-an-address"]})
    assert bad.status_code == 422

    today = datetime.now(UTC).date()
    last_monday = today - timedelta(days=today.weekday() + 7)

    def conversation(day, rating):  # started at noon UTC that day, answered by the AI, rated
        c, at = new_id(), datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=12)
        return [
            ConversationStarted(tenant_id=tenant_id, conversation_id=c, chatbot_id=bot, visitor_id=new_id(), occurred_at=at),
            MessageCreated(tenant_id=tenant_id, conversation_id=c, chatbot_id=bot, message_id=new_id(), seq=1, sender="customer",
                           content="hi", occurred_at=at),
            MessageCreated(tenant_id=tenant_id, conversation_id=c, chatbot_id=bot, message_id=new_id(), seq=2, sender="ai",
                           content="hello", occurred_at=at + timedelta(seconds=2)),
            FeedbackReceived(tenant_id=tenant_id, conversation_id=c, chatbot_id=bot, rating=rating, occurred_at=at + timedelta(minutes=1)),
        ]

    # last week: two conversations (Monday rated 5, Wednesday rated 2); the week before: one (rated 5)
    await container.analytics.record(tenant_id, conversation(last_monday, 5) + conversation(last_monday + timedelta(days=2), 2)
                                     + conversation(last_monday - timedelta(days=3), 5))

    with running_inbox() as inbox:
        monkeypatch.setattr(container.analytics, "reports",
                            EmailReports(SmtpSettings(host="127.0.0.1", port=inbox.port, sender="reports@parley.test")))
        assert await container.analytics.send_weekly_reports() >= 1
        mail = inbox.wait_for("ada@example.com, bob@example.com")
        assert mail["Subject"] == f"Parley weekly report: {last_monday} to {last_monday + timedelta(days=6)}"
        parts = list(mail.walk())
        text = next(p for p in parts if p.get_content_type() == "text/plain").get_payload(decode=True).decode()
        assert "Conversations: 2 (+1, +100.0 %)" in text
        assert "Resolution rate: 50.0 % (-50.0 points, -50.0 %)" in text
        assert "AI first response: 2.0 s (+0.0 s, +0.0 %)" in text
        png = next(p for p in parts if p.get_content_type() == "image/png")
        image = png.get_payload(decode=True)
        assert image.startswith(b"\x89PNG\r\n\x1a\n") and len(image) > 5_000
        assert png.get_filename() == "parley-week.png"

        count = len(inbox.messages)
        await container.analytics.send_weekly_reports()  # the week is reported: nothing again
        assert len([m for m in inbox.messages[count:] if m["To"] == "ada@example.com, bob@example.com"]) == 0
    assert (await client.get("/v1/analytics/settings", headers=tenant.headers)).json()["last_report_week"] == last_monday.isoformat()
