"""A visitor asks for their conversation by e-mail: the request is checked and queued; a job renders
the transcript and sends it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol
from uuid import UUID

from domain.chatbots.services import ChatbotService
from domain.conversations.model import VisitorIdentity, transcript_text
from domain.conversations.ports import ConversationsUnitOfWork
from domain.conversations.services import ConversationService, every_event
from domain.errors import InvalidInput, NotFound, Unavailable
from domain.ports import JobQueue, UnitOfWorkFactory

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
JOB = "email_transcript"


class Mailer(Protocol):
    async def send(self, to: str, subject: str, text: str) -> None: ...


@dataclass
class TranscriptEmails:
    uow: UnitOfWorkFactory[ConversationsUnitOfWork]
    conversations: ConversationService
    jobs: JobQueue
    mailer: Mailer | None  # None: no SMTP server configured, the widget does not offer it

    async def request(self, identity: VisitorIdentity, session_id: UUID, address: str) -> None:
        if self.mailer is None:
            raise Unavailable("this server cannot send e-mail (no SMTP server is configured)")
        address = address.strip()
        if not _EMAIL.match(address):
            raise InvalidInput("not an e-mail address", field="email")
        await self.conversations.visitor_session(identity, session_id)  # theirs, or 404
        await self.jobs.enqueue(JOB, tenant_id=str(identity.tenant_id), session_id=str(session_id), address=address)

    async def send(self, tenant_id: UUID, session_id: UUID, address: str) -> None:
        if self.mailer is None:
            raise RuntimeError("no SMTP server configured")
        async with self.uow(tenant_id) as uow:
            session = await uow.chat_sessions.get(session_id)
            if session is None:
                raise NotFound("conversation not found")
            chatbot = await ChatbotService.find(uow, session.chatbot_id)
            events = await every_event(uow, session_id)
        name = chatbot.name if chatbot else "Support"
        await self.mailer.send(address, f"Your conversation with {name}", transcript_text(session, events))
