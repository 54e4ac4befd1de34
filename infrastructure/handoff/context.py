"""The handoff context: escalation on visitor messages (before the assistant answers), the queue and its
routing on the conversations' status events, and the operator workspace's use cases."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from arq import cron, func

from domain.conversations.events import (
    ConversationAssigned,
    ConversationClosed,
    ConversationStarted,
    FeedbackReceived,
    HandoffRequested,
    MessageCreated,
)
from domain.handoff.services import HandoffService
from domain.handoff.workflows import NOTIFY_JOB, HandoffWorkflows
from infrastructure.contexts import Context
from infrastructure.handoff.drafting import AssistantDrafts
from infrastructure.handoff.gateways import (
    AssistantAnalyzer,
    AssistantLeads,
    BusyTenants,
    ConversationsGateway,
    ConversationTranscripts,
    ConversationVisitors,
    RealtimeQueueDisplay,
    TenancyDirectory,
    TenancyMembers,
)
from infrastructure.handoff.repositories import HandoffRepo
from infrastructure.mail import SmtpMailer

if TYPE_CHECKING:
    from infrastructure.container import Container


async def wire(container: Container) -> None:
    service = HandoffService(
        uow=container.db.unit_of_work,
        conversations=ConversationsGateway(container.conversations),
        analyzer=AssistantAnalyzer(container),
        display=RealtimeQueueDisplay(container.publisher),
        members=TenancyMembers(container.tenancy),
        transcripts=ConversationTranscripts(container.conversations),
    )
    # Subscribed before the assistant's reply trigger (CONTEXTS order): a handoff decided on a visitor message
    # is committed before the assistant reads the conversation, which it then leaves to the person.
    container.conversations.on_visitor_message(service.on_visitor_message)
    container.conversations.on_event_interest(service.wants_event)  # chat messages as events where rules need them
    container.events.subscribe(MessageCreated, service.on_message)  # type: ignore[arg-type]
    container.events.subscribe(ConversationStarted, service.on_started)  # type: ignore[arg-type]
    container.events.subscribe(HandoffRequested, service.on_requested)  # type: ignore[arg-type]
    container.events.subscribe(ConversationAssigned, service.on_assigned)  # type: ignore[arg-type]
    container.events.subscribe(ConversationClosed, service.on_closed)  # type: ignore[arg-type]
    service.drafts = drafts = AssistantDrafts(container)
    container.provide("handoff", service)

    settings = container.settings
    workflows = HandoffWorkflows(
        uow=container.db.unit_of_work,
        handoff=service,
        conversations=service.conversations,
        directory=TenancyDirectory(container.tenancy),
        leads=AssistantLeads(container),
        visitors=ConversationVisitors(container.conversations),
        busy_tenants=BusyTenants(container.db.pool),
        mailer=SmtpMailer(settings.smtp) if settings.smtp else None,
        drafts=drafts,
        away_after_seconds=settings.handoff_away_after_seconds,
        wait_mail_after_seconds=settings.handoff_wait_mail_after_seconds,
        console_url=f"{settings.public_url.rstrip('/')}/console",
    )
    container.conversations.on_event_interest(workflows.wants_event)  # waits and response times need the messages
    container.events.subscribe(MessageCreated, workflows.on_message)  # type: ignore[arg-type]
    container.events.subscribe(FeedbackReceived, workflows.on_feedback)  # type: ignore[arg-type]
    container.provide("handoff_workflows", workflows)


async def close(container: Container) -> None:
    await container.handoff.drain(5.0)
    await container.handoff_workflows.drain(5.0)


async def handoff_tick(ctx: dict) -> int:
    """The handoff clock: idle operators go away, snoozes end, service levels are checked, the queue is routed
    (hours opened, capacity freed) and assignees who are not online hear of visitors waiting on them."""
    container: Container = ctx["container"]
    return await container.handoff_workflows.tick_all()


async def handoff_notify(ctx: dict, tenant_id: str, kind: str, handoff_id: str, extra: dict[str, Any] | None = None) -> int:
    """One handoff e-mail (visitor_waiting, contact_left, breach)."""
    container: Container = ctx["container"]
    return await container.handoff_workflows.notify(UUID(tenant_id), kind, UUID(handoff_id), extra)


assert handoff_notify.__name__ == NOTIFY_JOB

CONTEXT = Context(
    name="handoff",
    repositories={"handoff": HandoffRepo},
    wire=wire,
    close=close,
    jobs=(func(handoff_notify, timeout=120, max_tries=5),),
    cron_jobs=(cron(handoff_tick, second=set(range(0, 60, 10)), run_at_startup=True, unique=True, timeout=55),),
)
