"""Members' weekly and monthly reports: the cron creates one report per member and period (claimed with the report
in one transaction), the job renders it and e-mails it with signed download links and the PDF attached (aiosmtpd),
once, also when the cron runs again after a worker restart."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from datetime import UTC, datetime
from uuid import UUID

from domain.analytics.reports import last_complete
from infrastructure.analytics.reports import ReportMailer
from infrastructure.mail import SmtpSettings
from tests.conftest import sign_up
from tests.integration.analytics.test_pdf_reports import history
from tests.integration.conversations.helpers import make_chatbot
from tests.integration.inprocess_worker import in_process_worker
from tests.integration.polling import eventually
from tests.integration.tenancy.test_members_and_keys import _join
from tests.mail_inbox import running_inbox


async def test_weekly_and_monthly_reports_go_once_per_member_and_period(client, container, monkeypatch):
    tenant = await sign_up(client)
    bot = await make_chatbot(client, tenant)
    today = datetime.now(UTC).date()
    await container.analytics.record(UUID(tenant.id), history(UUID(tenant.id), UUID(bot.id), today))
    _, _, operator = await _join(client, tenant, "operator")
    assert (await client.put("/v1/analytics/report-subscription", headers=operator, json={"weekly": True})).status_code == 403

    assert (await client.get("/v1/analytics/report-subscription", headers=tenant.headers)).json() == {"weekly": False, "monthly": False}
    r = await client.put("/v1/analytics/report-subscription", headers=tenant.headers, json={"weekly": True, "monthly": True})
    assert r.status_code == 200 and r.json() == {"weekly": True, "monthly": True}
    bad = await client.put("/v1/analytics/report-subscription", headers=tenant.headers, json={"daily": True})
    assert bad.status_code == 400  # unknown fields are refused like everywhere

    reports = container.analytics_reports
    week, month = last_complete("weekly", today), last_complete("monthly", today)
    with running_inbox() as inbox:
        monkeypatch.setattr(reports, "mail", ReportMailer(SmtpSettings(host="127.0.0.1", port=inbox.port, sender="r@parley.test")))

        def mine():
            return [m for m in inbox.messages if m["To"] == tenant.email]

        async with in_process_worker(container, monkeypatch):
            assert await reports.schedule_due() >= 2
            await eventually(lambda: len(mine()) >= 2, timeout=60)
        subjects = sorted(m["Subject"] for m in mine())
        assert subjects == sorted([f"Parley weekly report: {week.start} to {week.end}",
                                   f"Parley monthly report: {month.start} to {month.end}"])
        weekly = next(m for m in mine() if "weekly" in m["Subject"])
        parts = list(weekly.walk())
        text = next(p for p in parts if p.get_content_type() == "text/plain").get_payload(decode=True).decode()
        link = next(line.split(" ", 1)[1] for line in text.splitlines() if line.startswith("PDF: "))
        assert link.startswith(container.settings.public_url + "/v1/analytics/report-links?token=")
        attached = next(p for p in parts if p.get_content_type() == "application/pdf")
        pdf = attached.get_payload(decode=True)
        assert pdf.startswith(b"%PDF") and attached.get_filename() == f"parley-report-{week.start}-{week.end}.pdf"
        got = await client.get(link.removeprefix(container.settings.public_url))
        assert got.status_code == 200 and got.content == pdf and got.headers["content-type"] == "application/pdf"

        # a worker restart and the cron again (and again): nothing new is created or sent
        async with in_process_worker(container, monkeypatch):
            assert await reports.schedule_due() == 0
            assert await reports.schedule_due() == 0
            listed = (await client.get("/v1/analytics/reports", headers=tenant.headers)).json()["items"]
            assert sorted(x["kind"] for x in listed) == ["monthly", "weekly"]
            for item in listed:  # a render job delivered again (a crash after the send) does not mail twice
                assert await reports.render(UUID(tenant.id), UUID(item["id"]), last_try=False) == "ready"
        assert len(mine()) == 2

    # unsubscribing stops them
    await client.put("/v1/analytics/report-subscription", headers=tenant.headers, json={"weekly": False, "monthly": False})
    assert UUID(tenant.id) not in await reports.subscribed()



class _SlowMailer(ReportMailer):
    """Hands each message to the SMTP server after a pause, from its thread, as a slow server would."""

    def __init__(self, settings: SmtpSettings) -> None:
        super().__init__(settings)
        self.sending = threading.Event()

    def _deliver(self, message) -> None:
        self.sending.set()
        time.sleep(0.5)
        super()._deliver(message)


async def test_a_render_job_cancelled_while_its_mail_goes_out_does_not_mail_again_on_its_retry(client, container, monkeypatch):
    """A worker stopping cancels the job mid-send; the mail still leaves (its thread cannot be stopped), so it
    must be recorded as sent, or the job's next try mails the member a second time."""
    tenant = await sign_up(client)
    bot = await make_chatbot(client, tenant)
    today = datetime.now(UTC).date()
    await container.analytics.record(UUID(tenant.id), history(UUID(tenant.id), UUID(bot.id), today))
    await client.put("/v1/analytics/report-subscription", headers=tenant.headers, json={"weekly": True})
    reports = container.analytics_reports
    with running_inbox() as inbox:
        mailer = _SlowMailer(SmtpSettings(host="127.0.0.1", port=inbox.port, sender="r@parley.test"))
        monkeypatch.setattr(reports, "mail", mailer)
        assert await reports.schedule_due() >= 1
        report_id = UUID((await client.get("/v1/analytics/reports", headers=tenant.headers)).json()["items"][0]["id"])

        job = asyncio.create_task(reports.render(UUID(tenant.id), report_id, last_try=False))
        await eventually(mailer.sending.is_set, timeout=60)
        job.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await job
        await eventually(lambda: len(inbox.messages) == 1, timeout=10)
        await asyncio.sleep(0.5)  # the job's retry comes later still

        assert await reports.render(UUID(tenant.id), report_id, last_try=False) == "ready"
        await asyncio.sleep(1)
        assert [m["Subject"] for m in inbox.messages if m["To"] == tenant.email] == [
            f"Parley weekly report: {last_complete('weekly', today).start} to {last_complete('weekly', today).end}"]
