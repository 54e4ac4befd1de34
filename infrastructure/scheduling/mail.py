"""The booking e-mails: the project's SMTP mailer, with attachments (the .ics)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from email.message import EmailMessage

from infrastructure.mail import SmtpMailer


class BookingMailer(SmtpMailer):
    async def send(self, to: str, subject: str, text: str, attachments: Sequence[tuple[str, str, bytes]] = ()) -> None:
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = self.settings.sender, to, subject
        message.set_content(text)
        for filename, mime, data in attachments:
            maintype, _, subtype = mime.partition("/")
            params = {"method": "REQUEST"} if mime == "text/calendar" else {}
            message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename, params=params)
        await asyncio.to_thread(self._deliver, message)
