"""The weekly report's delivery: a matplotlib chart (Agg backend, PNG) and an SMTP message with it attached."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Sequence
from datetime import date
from email.message import EmailMessage

from infrastructure.mail import SmtpMailer, SmtpSettings


class EmailReports:
    def __init__(self, smtp: SmtpSettings) -> None:
        self.mailer = _Mailer(smtp)

    def chart(self, title: str, days: list[date], series: dict[str, list[float]]) -> bytes:
        import matplotlib

        matplotlib.use("Agg")  # no display; safe in a worker
        from matplotlib.figure import Figure

        figure = Figure(figsize=(7, 3.2), dpi=100)  # not pyplot: no global state shared between jobs
        ax = figure.subplots()
        labels = [d.strftime("%a %d") for d in days]
        width = 0.8 / max(1, len(series))
        for i, (name, values) in enumerate(series.items()):
            ax.bar([x + i * width for x in range(len(days))], values, width=width, label=name)
        ax.set_xticks([x + width * (len(series) - 1) / 2 for x in range(len(days))], labels)
        ax.set_title(title)
        ax.legend(loc="upper left", fontsize="small")
        ax.spines[["top", "right"]].set_visible(False)
        figure.tight_layout()
        out = io.BytesIO()
        figure.savefig(out, format="png")
        return out.getvalue()

    async def send(self, to: list[str], subject: str, text: str, png: bytes) -> None:
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = self.mailer.settings.sender, ", ".join(to), subject
        message.set_content(text)
        message.add_attachment(png, maintype="image", subtype="png", filename="parley-week.png")
        await self.mailer.deliver(message)


class _Mailer(SmtpMailer):
    async def deliver(self, message: EmailMessage) -> None:
        await asyncio.to_thread(self._deliver, message)


class ReportMailer(SmtpMailer):
    """The ReportMail port: plain text with optional attachments (a report's PDF)."""

    async def send(self, to: str, subject: str, text: str, attachments: Sequence[tuple[str, str, bytes]] = ()) -> None:
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = self.settings.sender, to, subject
        message.set_content(text)
        for filename, media_type, data in attachments:
            maintype, _, subtype = media_type.partition("/")
            message.add_attachment(data, maintype=maintype, subtype=subtype.split(";")[0], filename=filename)
        await asyncio.to_thread(self._deliver, message)
