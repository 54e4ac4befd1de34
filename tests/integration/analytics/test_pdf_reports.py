"""PDF and CSV reports: asked for through the API, rendered by the arq job (a real worker in the test's loop), stored
sealed, served only once ready; the PDF is turned into text (pdftotext) and PNG pages (pdftoppm) and checked for its
tables, figures and charts. A render that keeps failing is retried, then failed, and the member is told (aiosmtpd).

Seeded set (workspace UTC, report of the 14 days ending today, chatbot "Support"):
- 13 earlier days, day -13 … day -1, with 1 … 13 conversations (91): visitor message, AI answer 2 s later, rating 5 on
  odd-numbered conversations of the day -> a rising volume (Mann-Kendall significant);
- today, through the conversations service: a pricing question answered by the AI and rated 5; two questions about
  paying in bitcoin handed off, one answered by the owner (Ada Owner) -> 3 conversations, a knowledge gap of 2.
So the period has 94 conversations, the previous period (the 14 days before) none.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest

from domain.conversations.events import ConversationStarted, FeedbackReceived, MessageCreated
from domain.ids import new_id
from infrastructure.analytics import context as analytics_context
from infrastructure.analytics.reports import ReportMailer
from infrastructure.mail import SmtpSettings
from tests.conftest import sign_up
from tests.integration.analytics.helpers import Chat, analysis
from tests.integration.conversations.helpers import make_chatbot
from tests.integration.inprocess_worker import in_process_worker
from tests.integration.polling import eventually
from tests.mail_inbox import running_inbox

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is not installed")


def history(tenant_id: UUID, bot: UUID, today):
    events = []
    for offset in range(13, 0, -1):
        day = today - timedelta(days=offset)
        for n in range(14 - offset):
            c, at = new_id(), datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=9, minutes=n)
            events += [
                ConversationStarted(tenant_id=tenant_id, conversation_id=c, chatbot_id=bot, visitor_id=new_id(), occurred_at=at),
                MessageCreated(tenant_id=tenant_id, conversation_id=c, chatbot_id=bot, message_id=new_id(), seq=1,
                               sender="customer", content="where is my parcel", occurred_at=at),
                MessageCreated(tenant_id=tenant_id, conversation_id=c, chatbot_id=bot, message_id=new_id(), seq=2, sender="ai",
                               content="it ships tomorrow", occurred_at=at + timedelta(seconds=2)),
            ]
            if n % 2 == 0:
                events.append(FeedbackReceived(tenant_id=tenant_id, conversation_id=c, chatbot_id=bot, rating=5,
                                               occurred_at=at + timedelta(minutes=1)))
    return events


async def seeded(client, container):
    tenant = await sign_up(client)
    bot = await make_chatbot(client, tenant)
    today = datetime.now(UTC).date()
    await container.analytics.record(UUID(tenant.id), history(UUID(tenant.id), UUID(bot.id), today))
    pricing = await Chat.start(client, container, bot)
    await pricing.say("How much does the pro plan cost?")
    await pricing.ai("The pro plan costs 49 euros a month.", analysis=analysis("pricing"), answered=True)
    await pricing.rate(5)
    await pricing.close()
    for question in ("Can I pay with bitcoin?", "can I pay in bitcoin"):
        c = await Chat.start(client, container, bot)
        await c.say(question)
        await c.ai("I do not know that.", analysis=analysis("payment"), answered=False)
        await c.hand_off()
        if question.startswith("Can"):
            await c.human("Not yet, sorry.", tenant.user_id)
        await c.close()
    await container.analytics_subscriber.flush()
    return tenant, bot, today


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def first_page_png(pdf: bytes, tmp_path: Path) -> Path:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")], check=True)
    return next(tmp_path.glob("page*.png"))


async def test_report_pdf_has_its_charts_and_tables(client, container, monkeypatch, tmp_path):
    tenant, bot, today = await seeded(client, container)
    start = today - timedelta(days=13)
    async with in_process_worker(container, monkeypatch):
        r = await client.post("/v1/analytics/reports", headers=tenant.headers,
                              json={"from": start.isoformat(), "to": today.isoformat()})
        assert r.status_code == 202, r.text
        report = r.json()
        assert report["status"] == "pending" and report["pdf_url"] is None
        # nothing half-written is served
        early = await client.get(f"/v1/analytics/reports/{report['id']}/pdf", headers=tenant.headers)
        assert early.status_code == 409 and early.headers["content-type"].startswith("application/problem+json")

        async def ready():
            got = (await client.get(f"/v1/analytics/reports/{report['id']}", headers=tenant.headers)).json()
            return got if got["status"] == "ready" else None

        done = await eventually(ready, timeout=60)
    assert done["pdf_url"] == f"/v1/analytics/reports/{report['id']}/pdf" and done["attempts"] == 1

    pdf = await client.get(done["pdf_url"], headers=tenant.headers)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF") and len(pdf.content) == done["pdf_bytes"]
    text = pdf_text(pdf.content, tmp_path)
    for heading in ("Summary", "Figure", "This period", "Previous period", "Change", "Volume", "Trends", "Resolution",
                    "Ratings", "Top intents", "Knowledge gaps", "Article to write", "Operators", "Resolution rate",
                    "Average response time"):
        assert heading in text, heading
    assert f"Parley report, {start} to {today}" in text
    # the summary's figures, worked out above: 94 conversations (none before), everyone who rated gave 5, the AI's
    # first answers took 2 s (91 seeded) or a few ms (3 live)
    assert re.search(r"Conversations\s+94\s+0\s+\+94", text), text[:1500]
    assert re.search(r"CSAT\s+100\.0 %\s+-\s+no comparison", text)
    assert re.search(r"AI first response\s+1\.9 s", text)
    assert "Conversations: rising, significant" in text
    assert "Ada Owner" in text  # the operator table names the member who wrote
    assert "pricing" in text and "bitcoin" in text.lower()

    png = first_page_png(pdf.content, tmp_path)
    from PIL import Image

    page = Image.open(png).convert("RGB")
    w, h = page.size
    # the volume chart sits in the lower part of page 1: plenty of its pixels are the bars' blue
    area = page.crop((0, h // 2, w, h))
    blue = sum(1 for px in area.getdata() if px[2] > 150 and px[0] < 120 and px[1] < 160)
    assert blue > 500, f"no chart on page 1 ({blue} blue pixels)"
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    shutil.copy(png, artifacts / "analytics-report-page1.png")
    shutil.copy(png, "/tmp/analytics-report-page1.png")

    csv = await client.get(f"/v1/analytics/reports/{report['id']}/csv", headers=tenant.headers)
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    body = csv.text
    assert "# summary\nfigure,current,previous,delta,percent\nconversations,94,0,94,\n" in body
    assert "# trends\n" in body and "\nconversations,rising," in body
    assert "Ada Owner,1,1," in body

    listed = (await client.get("/v1/analytics/reports", headers=tenant.headers)).json()
    assert [x["id"] for x in listed["items"]] == [report["id"]]
    other = await sign_up(client)  # another workspace sees nothing of it
    assert (await client.get(f"/v1/analytics/reports/{report['id']}/pdf", headers=other.headers)).status_code == 404


@pytest.mark.parametrize("body, field", [
    ({"from": "2026-05-02", "to": "2026-05-01"}, "from"),
    ({"from": "2023-01-01", "to": "2026-01-01"}, "to"),
    ({"time_zone": "Mars/Olympus"}, "time_zone"),
    ({"time_zone": "../../etc/passwd"}, "time_zone"),
])
async def test_bad_report_requests_are_422(client, body, field):
    tenant = await sign_up(client)
    r = await client.post("/v1/analytics/reports", headers=tenant.headers, json=body)
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert field in r.text


async def test_operators_and_api_keys_without_the_permission_cannot_ask(client):
    tenant = await sign_up(client)
    from tests.integration.tenancy.test_members_and_keys import _join

    _, _, operator = await _join(client, tenant, "operator")
    assert (await client.post("/v1/analytics/reports", headers=operator, json={})).status_code == 403
    assert (await client.get("/v1/analytics/reports", headers=operator)).status_code == 403


async def test_a_failing_render_is_retried_then_failed_and_the_member_told(client, container, monkeypatch):
    tenant = await sign_up(client)
    reports = container.analytics_reports

    class Broken:
        calls = 0

        def pdf(self, content):
            Broken.calls += 1
            raise RuntimeError("the chart library fell over")

    monkeypatch.setattr(reports, "renderer", Broken())
    monkeypatch.setattr(analytics_context, "REPORT_RETRY_SECONDS", 0.05)
    with running_inbox() as inbox:
        monkeypatch.setattr(reports, "mail", ReportMailer(SmtpSettings(host="127.0.0.1", port=inbox.port, sender="r@parley.test")))
        async with in_process_worker(container, monkeypatch):
            r = await client.post("/v1/analytics/reports", headers=tenant.headers, json={})
            assert r.status_code == 202, r.text
            rid = r.json()["id"]

            async def failed():
                got = (await client.get(f"/v1/analytics/reports/{rid}", headers=tenant.headers)).json()
                return got if got["status"] == "failed" else None

            done = await eventually(failed, timeout=60)
            # (the mail goes out right after the status is written, from this event loop)
            await eventually(lambda: any(m["To"] == tenant.email for m in inbox.messages), timeout=20)
        assert done["attempts"] == analytics_context.REPORT_TRIES == Broken.calls
        assert "the chart library fell over" in done["error"]
        assert (await client.get(f"/v1/analytics/reports/{rid}/pdf", headers=tenant.headers)).status_code == 409
        mail = inbox.wait_for(tenant.email)
        assert mail["Subject"] == "Parley could not render your report"
        assert "could not be rendered after 3 attempts" in mail.get_payload(decode=True).decode()


async def test_signed_links_open_a_ready_report_and_nothing_else(client, container):
    tenant = await sign_up(client)
    r = await client.post("/v1/analytics/reports", headers=tenant.headers, json={})
    rid = UUID(r.json()["id"])
    reports = container.analytics_reports
    assert await reports.render(UUID(tenant.id), rid, last_try=False) == "ready"
    report = await reports.get(await _principal(container, tenant), rid)
    link = reports.link(report, "csv")
    path = link.split("://", 1)[1].split("/", 1)[1]
    got = await client.get("/" + path)
    assert got.status_code == 200 and got.text.startswith("# report\n"), got.text
    forged = path[:-3] + ("abc" if not path.endswith("abc") else "abd")
    assert (await client.get("/" + forged)).status_code == 401
    assert (await client.get("/v1/analytics/report-links", params={"token": "x"})).status_code == 401


async def _principal(container, tenant):
    from domain.analytics.permissions import ANALYTICS_READ
    from domain.tenancy.model import Principal

    return Principal(tenant_id=UUID(tenant.id), plan="free", permissions=frozenset({ANALYTICS_READ}))


async def test_a_report_whose_job_was_lost_is_queued_again(client, container, services, monkeypatch):
    import asyncpg

    tenant = await sign_up(client)
    r = await client.post("/v1/analytics/reports", headers=tenant.headers, json={})
    rid = r.json()["id"]
    await container.redis.delete("arq:queue", f"arq:job:analytics-report:{rid}")  # Redis lost the job
    conn = await asyncpg.connect(services.owner_url)
    try:
        await conn.execute("UPDATE analytics_reports SET created_at = now() - interval '20 minutes' WHERE id = $1", UUID(rid))
    finally:
        await conn.close()
    async with in_process_worker(container, monkeypatch):
        assert await analytics_context.requeue_stale_reports({"container": container}) >= 1

        async def ready():
            return (await client.get(f"/v1/analytics/reports/{rid}", headers=tenant.headers)).json()["status"] == "ready"

        await eventually(ready, timeout=60)


async def test_a_workspace_has_at_most_five_reports_waiting(client, container):
    tenant = await sign_up(client)
    for _ in range(5):  # (no worker runs here: they stay pending)
        assert (await client.post("/v1/analytics/reports", headers=tenant.headers, json={})).status_code == 202
    sixth = await client.post("/v1/analytics/reports", headers=tenant.headers, json={})
    assert sixth.status_code == 409 and "being rendered" in sixth.json()["detail"]
    await container.redis.delete("arq:queue")  # their jobs are nobody's to run
