"""The handoff context's view of its neighbours, over their services: the conversations use cases it drives,
the assistant's offline analysis, the members' names, and the waiting visitor's queue frame."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from domain.assistant.intents import decisive
from domain.assistant.ports import Lead
from domain.conversations import frames as fr
from domain.conversations.model import Sender, SessionEvent, SessionFilter, SessionStatus
from domain.conversations.services import Actor, ConversationService
from domain.errors import Conflict, NotFound
from domain.handoff.model import Signals
from domain.tenancy.model import Principal
from domain.tenancy.permissions import MEMBERS_READ
from domain.tenancy.services import TenancyService
from infrastructure.realtime.events import session_channel

if TYPE_CHECKING:
    from infrastructure.container import Container

SYSTEM = Actor(sender=Sender.system)


class ConversationsGateway:
    def __init__(self, conversations: ConversationService) -> None:
        self.service = conversations

    async def queue(self, tenant_id: UUID, conversation_id: UUID) -> bool:
        try:
            await self.service.change_status(tenant_id, conversation_id, SYSTEM, SessionStatus.queued)
            return True
        except Conflict:  # queued already (by the assistant), or closed
            return False

    async def assign(self, tenant_id: UUID, conversation_id: UUID, user_id: UUID) -> None:
        await self.service.change_status(tenant_id, conversation_id, SYSTEM, SessionStatus.assigned, assignee=user_id)

    async def reopen(self, tenant_id: UUID, conversation_id: UUID, user_id: UUID | None) -> None:
        await self.service.change_status(tenant_id, conversation_id, Actor(sender=Sender.human, user_id=user_id), SessionStatus.open)

    async def close(self, tenant_id: UUID, conversation_id: UUID, user_id: UUID | None) -> None:
        await self.service.change_status(tenant_id, conversation_id, Actor(sender=Sender.human, user_id=user_id), SessionStatus.closed)

    async def say(self, tenant_id: UUID, conversation_id: UUID, text: str, data: dict[str, Any]) -> None:
        await self.service.post_message(tenant_id, conversation_id, SYSTEM, text, [], None, data=data)

    async def post_as(self, tenant_id: UUID, conversation_id: UUID, user_id: UUID, text: str, data: dict[str, Any],
                      client_id: str | None) -> int:
        result = await self.service.post_message(
            tenant_id, conversation_id, Actor(sender=Sender.human, user_id=user_id), text, [], client_id, data=data
        )
        return result.event.seq


class ConversationTranscripts:
    def __init__(self, conversations: ConversationService) -> None:
        self.service = conversations

    async def export(self, principal: Principal, conversation_id: UUID) -> tuple[Any, Any, list[SessionEvent]]:
        session, visitor, events, _ = await self.service.export(principal, conversation_id)
        return session, visitor, events

    async def earlier(self, principal: Principal, visitor_id: UUID, limit: int) -> list[Any]:
        page = await self.service.list_sessions(principal, SessionFilter(visitor_id=visitor_id), limit, None)
        return list(page.items)


class TenancyMembers:
    def __init__(self, tenancy: TenancyService) -> None:
        self.tenancy = tenancy

    async def name(self, principal: Principal, user_id: UUID) -> str | None:
        try:
            return (await self.tenancy.get_member(principal, user_id)).name
        except NotFound:
            return None

    async def exists(self, principal: Principal, user_id: UUID) -> bool:
        return await self.name(principal, user_id) is not None


class AssistantAnalyzer:
    """The assistant's analyzers (language, sentiment, intent with the chatbot's custom intents). Looked up at
    call time: the handoff context is wired before the assistant, so its visitor-message hook runs first."""

    def __init__(self, container: Container) -> None:
        self.container = container

    async def signals(self, tenant_id: UUID, chatbot_id: UUID, texts: list[str], languages: list[str],
                      language: str | None) -> list[Signals]:
        assistant = self.container.assistant
        config = await assistant.store.get_config(tenant_id, chatbot_id)
        await assistant.intents.prepare(config.custom_intents)
        out = []
        for text in texts:
            analysis = assistant.analyze(text, languages, language, config, prior=language)
            out.append(Signals(analysis.language, analysis.sentiment.score, analysis.intent.intent,
                               decisive(analysis.intent.alternatives)))
        return out


class RealtimeQueueDisplay:
    """A `queue` frame to the waiting visitor's sockets (the session channel, like typing)."""

    def __init__(self, publisher) -> None:
        self.publisher = publisher

    async def queue_status(self, tenant_id: UUID, conversation_id: UUID, position: int, expected_wait_seconds: int,
                           away: bool, message: str | None) -> None:
        frame = fr.QueueStatus(session_id=conversation_id, position=position, expected_wait_seconds=expected_wait_seconds,
                               away=away, message=message)
        await self.publisher.publish_frame(session_channel(conversation_id), frame, conversation_id, to="visitor")


class TenancyDirectory:
    """Members' names and addresses for the clock's notices (no caller: it reads as the workspace itself)."""

    def __init__(self, tenancy: TenancyService) -> None:
        self.tenancy = tenancy

    async def contact(self, tenant_id: UUID, user_id: UUID) -> tuple[str | None, str | None]:
        reader = Principal(tenant_id=tenant_id, plan="", permissions=frozenset({MEMBERS_READ}))
        try:
            user = await self.tenancy.get_member(reader, user_id)
        except NotFound:
            return None, None
        return user.name, user.email


class AssistantLeads:
    """The assistant's leads (stored with `lead.captured`). Looked up at call time: wired after this context."""

    def __init__(self, container: Container) -> None:
        self.container = container

    async def capture(self, tenant_id: UUID, chatbot_id: UUID, conversation_id: UUID, name: str | None, email: str,
                      note: str | None) -> UUID:
        lead = Lead(session_id=conversation_id, chatbot_id=chatbot_id, name=name, email=email, phone=None, note=note)
        return await self.container.assistant.store.add_lead(tenant_id, lead)


class ConversationVisitors:
    def __init__(self, conversations: ConversationService) -> None:
        self.service = conversations

    async def set_contact(self, tenant_id: UUID, visitor_id: UUID, email: str, name: str | None) -> None:
        await self.service.set_visitor_contact(tenant_id, visitor_id, email, name)


class BusyTenants:
    """Workspaces with something for the handoff clock (a SECURITY DEFINER function: it spans tenants)."""

    def __init__(self, pool: Any, limit: int = 10_000) -> None:
        self.pool, self.limit = pool, limit

    async def __call__(self) -> list[UUID]:
        return [r["tenant_id"] for r in await self.pool.fetch("SELECT tenant_id FROM parley_handoff_busy_tenants($1)", self.limit)]
