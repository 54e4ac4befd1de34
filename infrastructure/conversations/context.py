"""The conversations context: visitors, sessions, their event log, attachments and e-mailed transcripts."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from arq import func

from domain.conversations.attachments import AttachmentService
from domain.conversations.services import ConversationService
from domain.conversations.transcript_email import TranscriptEmails
from infrastructure.contexts import Context
from infrastructure.conversations.attachments import AttachmentRepo
from infrastructure.conversations.repositories import ChatMessageRepo, ChatSessionRepo, VisitorRepo
from infrastructure.conversations.session_details import SessionDetailsRepo
from infrastructure.jobs.queue import ArqJobQueue
from infrastructure.mail import SmtpMailer
from infrastructure.security.visitor_tokens import JwtVisitorTokens

if TYPE_CHECKING:
    from infrastructure.container import Container


async def wire(container: Container) -> None:
    s, db = container.settings, container.db
    conversations = ConversationService(
        uow=db.unit_of_work,
        directory=db,
        tokens=JwtVisitorTokens(s.secret_key),
        publisher=container.publisher,
        email_index=db.keys.visitor_email_index,
    )
    container.provide("conversations", conversations)
    container.provide("attachments", AttachmentService(uow=db.unit_of_work, max_bytes=s.attachment_limits.max_bytes))
    container.provide(
        "transcript_emails",
        TranscriptEmails(
            uow=db.unit_of_work,
            conversations=conversations,
            jobs=ArqJobQueue(container.redis),
            mailer=SmtpMailer(s.smtp) if s.smtp else None,
        ),
    )


async def email_transcript(ctx: dict, tenant_id: str, session_id: str, address: str) -> None:
    """Send a visitor the transcript they asked for (over the configured SMTP server)."""
    container: Container = ctx["container"]
    await container.transcript_emails.send(UUID(tenant_id), UUID(session_id), address)


CONTEXT = Context(
    name="conversations",
    repositories={
        "visitors": lambda uow: VisitorRepo(uow, uow.keys.visitor_email_index),
        "chat_sessions": ChatSessionRepo,
        "chat_messages": ChatMessageRepo,
        "session_details": SessionDetailsRepo,
        "attachments": AttachmentRepo,
    },
    wire=wire,
    # its arguments hold an e-mail address: keep no result record
    jobs=(func(email_transcript, keep_result=0),),
)
