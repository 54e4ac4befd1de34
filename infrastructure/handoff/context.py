"""The handoff context: escalation on visitor messages (before the assistant answers), the queue and its
routing on the conversations' status events, and the operator workspace's use cases."""

from __future__ import annotations

from typing import TYPE_CHECKING

from domain.conversations.events import (
    ConversationAssigned,
    ConversationClosed,
    ConversationStarted,
    HandoffRequested,
    MessageCreated,
)
from domain.handoff.services import HandoffService
from infrastructure.contexts import Context
from infrastructure.handoff.gateways import (
    AssistantAnalyzer,
    ConversationsGateway,
    ConversationTranscripts,
    RealtimeQueueDisplay,
    TenancyMembers,
)
from infrastructure.handoff.repositories import HandoffRepo

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
    container.provide("handoff", service)


async def close(container: Container) -> None:
    await container.handoff.drain(5.0)


CONTEXT = Context(name="handoff", repositories={"handoff": HandoffRepo}, wire=wire, close=close)
