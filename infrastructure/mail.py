"""Outgoing e-mail over SMTP (stdlib smtplib in a worker thread: a job sends one message at a time, so
an async client would buy nothing). Configured by PARLEY_SMTP_URL (smtp://user:password@host:587,
smtps:// for TLS from the first byte) or PARLEY_SMTP_HOST/PORT/USER/PASSWORD, and PARLEY_SMTP_FROM."""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit


class MailSettingsError(ValueError):
    pass


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    username: str | None = None
    password: str | None = None
    implicit_tls: bool = False  # smtps://; otherwise STARTTLS whenever the server offers it
    timeout_seconds: float = 20.0


def load_smtp_settings(env: Mapping[str, str]) -> SmtpSettings | None:
    """None when no SMTP server is configured (then nothing is ever e-mailed)."""
    url, host = env.get("PARLEY_SMTP_URL", ""), env.get("PARLEY_SMTP_HOST", "")
    if not url and not host:
        return None
    sender = env.get("PARLEY_SMTP_FROM", "")
    if "@" not in sender:
        raise MailSettingsError("PARLEY_SMTP_FROM: the sender address (like support@example.com) is required with SMTP")
    if url:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise MailSettingsError("PARLEY_SMTP_URL: expected smtp://user:password@host:port or smtps://…")
        tls = parts.scheme == "smtps"
        try:
            port = parts.port or (465 if tls else 587)
        except ValueError:
            raise MailSettingsError("PARLEY_SMTP_URL: the port is not a number") from None
        return SmtpSettings(
            host=parts.hostname, port=port, sender=sender, implicit_tls=tls,
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
        )
    raw_port = env.get("PARLEY_SMTP_PORT", "587")
    if not raw_port.isdigit():
        raise MailSettingsError("PARLEY_SMTP_PORT: must be a port number")
    return SmtpSettings(
        host=host, port=int(raw_port), sender=sender, implicit_tls=raw_port == "465",
        username=env.get("PARLEY_SMTP_USER") or None, password=env.get("PARLEY_SMTP_PASSWORD") or None,
    )


class SmtpMailer:
    """The Mailer port over SMTP."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings

    async def send(self, to: str, subject: str, text: str) -> None:
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = self.settings.sender, to, subject
        message.set_content(text)
        await asyncio.to_thread(self._deliver, message)

    def _deliver(self, message: EmailMessage) -> None:
        s = self.settings
        context = ssl.create_default_context()
        if s.implicit_tls:
            client: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout_seconds, context=context)
        else:
            client = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
        with client:
            client.ehlo()
            if not s.implicit_tls and client.has_extn("starttls"):
                client.starttls(context=context)
                client.ehlo()
            if s.username:
                client.login(s.username, s.password or "")
            client.send_message(message)
