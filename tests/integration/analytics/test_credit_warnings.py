"""Credit warnings: at 80 % and 100 % of the month's AI credits (the plan's allowance from the tenancy service, the
use from the assistant's ledger through its service), a `credits.threshold_reached` event (in the webhooks'
catalogue) and an e-mail to the owners, each once a month; the check runs after AI replies."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from domain.analytics.events import CreditsThresholdReached
from domain.webhooks.catalogue import EVENT_TYPES
from infrastructure.analytics.reports import ReportMailer
from infrastructure.mail import SmtpSettings
from tests.conftest import sign_up
from tests.integration.analytics.helpers import Chat
from tests.integration.conversations.helpers import make_chatbot
from tests.integration.inprocess_worker import in_process_worker
from tests.integration.polling import eventually
from tests.mail_inbox import running_inbox


async def test_owners_are_warned_once_at_80_and_100_percent(client, container, monkeypatch):
    tenant = await sign_up(client)  # free plan: 500 credits a month
    tenant_id = UUID(tenant.id)
    bot = await make_chatbot(client, tenant)
    seen: list[CreditsThresholdReached] = []

    async def heard(event):
        if event.tenant_id == tenant_id:
            seen.append(event)

    container.events.subscribe(CreditsThresholdReached, heard)
    reports = container.analytics_reports
    store = container.assistant.store

    async def spend(credits: int) -> None:
        await store.charge(tenant_id, UUID(bot.id), None, "anthropic", "claude", 1000, 1000, credits)

    with running_inbox() as inbox:
        monkeypatch.setattr(reports, "mail", ReportMailer(SmtpSettings(host="127.0.0.1", port=inbox.port, sender="r@parley.test")))

        def mails():
            return [m for m in inbox.messages if m["To"] == tenant.email]

        async with in_process_worker(container, monkeypatch):
            await spend(399)
            assert await reports.check_credits(tenant_id) == []  # 79.8 %
            await spend(1)
            assert await reports.check_credits(tenant_id) == [80]
            assert await reports.check_credits(tenant_id) == []  # once
            await eventually(lambda: len(mails()) == 1 and len(seen) == 1, timeout=30)
            assert mails()[0]["Subject"] == "Parley: 80 % of this month's AI credits used"
            assert "used 400 of its 500 AI credits" in mails()[0].get_payload(decode=True).decode()
            e = seen[0]
            assert (e.threshold, e.used, e.allowance, e.plan) == (80, 400, 500, "free")
            assert e.period == datetime.now(UTC).date().replace(day=1)

            # the live path: an AI reply makes the watch check a moment later
            monkeypatch.setattr(container.analytics_credit_watch, "delay", 0.05)
            await spend(100)
            chat = await Chat.start(client, container, bot)
            await chat.say("hello")
            await chat.ai("hi there")
            await eventually(lambda: len(seen) == 2 and len(mails()) == 2, timeout=30)
            assert seen[1].threshold == 100 and seen[1].used == 500
            assert sorted(m["Subject"] for m in mails())[0] == "Parley: 80 % of this month's AI credits used"
            assert "Parley: this month's AI credits are used up" in {m["Subject"] for m in mails()}
            await chat.ai("and again")
            assert await reports.check_credits(tenant_id) == []
        assert len(seen) == 2 and len(mails()) == 2


async def test_the_warning_is_a_webhook_event_partners_can_subscribe_to(client):
    assert "credits.threshold_reached" in EVENT_TYPES
    tenant = await sign_up(client)
    r = await client.post("/v1/webhooks", headers=tenant.headers,
                          json={"url": "https://1.1.1.1/hook", "event_types": ["credits.threshold_reached"]})
    assert r.status_code == 201, r.text
