"""The operator workspace over REST: handoff settings per chatbot, teams, operators' status, the queue,
take / transfer / unassign / priority / hand back / close, the operator's reply (with canned responses),
the conversation's context, private notes and canned responses."""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import Annotated, Any
from uuid import UUID

import msgspec
from litestar import Controller, Request, delete, get, patch, post, put
from litestar.params import Parameter

from api.problems import AUTHED, problems
from api.v1.common import BEARER, CursorParam, LimitParam, decode_cursor, principal_of, requires, struct_changes
from api.v1.handoff import schemas as s
from domain.chatbots.model import BusinessHours
from domain.handoff import model as m
from domain.handoff.permissions import HANDOFF_MANAGE, HANDOFF_READ, HANDOFF_WORK
from domain.ids import new_id
from infrastructure.container import Container

log = logging.getLogger(__name__)
READ = requires(HANDOFF_READ)
WORK = requires(HANDOFF_WORK)
MANAGE = requires(HANDOFF_MANAGE)


def _wire(value: Any, kind: type) -> Any:
    return msgspec.convert(value, kind, from_attributes=True)


def _handoff(h: m.Handoff | None) -> s.Handoff | None:
    return _wire(h, s.Handoff) if h is not None else None


def _config(data: s.HandoffSettings) -> m.HandoffConfig:
    return msgspec.convert(msgspec.to_builtins(data), m.HandoffConfig)


def _hours(data: s.BusinessHours | None) -> BusinessHours | None:
    return BusinessHours(**msgspec.to_builtins(data)) if data is not None else None


def _sla(data: s.Sla | None) -> m.Sla | None:
    return msgspec.convert(msgspec.to_builtins(data), m.Sla) if data is not None else None


async def operator_activity(request: Request) -> None:
    """Every handoff request of a member counts as the operator's activity (their idle clock restarts; an
    auto-away ends). Best effort: it never fails the request."""
    principal = request.scope.get("user")
    if principal is None or getattr(principal, "user_id", None) is None:
        return
    try:
        await request.app.state.container.handoff_workflows.touch(principal.tenant_id, principal.user_id)
    except Exception as exc:  # noqa: BLE001
        log.warning("operator activity not recorded: %r", exc)


class HandoffSettingsController(Controller):
    before_request = staticmethod(operator_activity)
    path = "/v1/handoff/settings"
    tags = ["handoff"]
    security = BEARER

    @get("/{chatbot_id:uuid}", responses=problems(*AUTHED, 404), opt=READ, summary="A chatbot's escalation rules")
    async def get_handoff_settings(self, request: Request, container: Container, chatbot_id: UUID) -> s.HandoffSettings:
        return _wire(await container.handoff.get_config(principal_of(request), chatbot_id), s.HandoffSettings)

    @put("/{chatbot_id:uuid}", responses=problems(*AUTHED, 404, 422), opt=MANAGE, summary="Set a chatbot's escalation rules")
    async def put_handoff_settings(self, request: Request, container: Container, chatbot_id: UUID,
                                   data: s.HandoffSettings) -> s.HandoffSettings:
        return _wire(await container.handoff.put_config(principal_of(request), chatbot_id, _config(data)), s.HandoffSettings)


class TeamController(Controller):
    before_request = staticmethod(operator_activity)
    path = "/v1/handoff/teams"
    tags = ["handoff"]
    security = BEARER

    @post("/", responses=problems(*AUTHED, 409, 422), opt=MANAGE, summary="Create a team (routing, business hours, members)")
    async def create_team(self, request: Request, container: Container, data: s.TeamCreate) -> s.Team:
        principal = principal_of(request)
        team = m.Team(id=new_id(), tenant_id=principal.tenant_id, name=data.name, routing=data.routing,
                      business_hours=_hours(data.business_hours), members=list(data.members), sla=_sla(data.sla))
        return _wire(await container.handoff.create_team(principal, team), s.Team)

    @get("/", responses=problems(*AUTHED), opt=READ)
    async def list_teams(self, request: Request, container: Container) -> list[s.Team]:
        return [_wire(t, s.Team) for t in await container.handoff.list_teams(principal_of(request))]

    @get("/{team_id:uuid}", responses=problems(*AUTHED, 404), opt=READ)
    async def get_team(self, request: Request, container: Container, team_id: UUID) -> s.Team:
        return _wire(await container.handoff.get_team(principal_of(request), team_id), s.Team)

    @patch("/{team_id:uuid}", responses=problems(*AUTHED, 404, 409, 422), opt=MANAGE)
    async def update_team(self, request: Request, container: Container, team_id: UUID, data: s.TeamUpdate) -> s.Team:
        changes = struct_changes(data)
        if "business_hours" in changes:
            changes["business_hours"] = _hours(data.business_hours) if isinstance(data.business_hours, s.BusinessHours) else None
        if "members" in changes:
            changes["members"] = list(data.members)  # type: ignore[arg-type]
        if "sla" in changes:
            changes["sla"] = _sla(data.sla) if isinstance(data.sla, s.Sla) else None
        return _wire(await container.handoff.update_team(principal_of(request), team_id, changes), s.Team)

    @delete("/{team_id:uuid}", responses=problems(*AUTHED, 404), opt=MANAGE)
    async def delete_team(self, request: Request, container: Container, team_id: UUID) -> None:
        await container.handoff.delete_team(principal_of(request), team_id)


class OperatorController(Controller):
    before_request = staticmethod(operator_activity)
    path = "/v1/handoff/operators"
    tags = ["handoff"]
    security = BEARER

    @get("/", responses=problems(*AUTHED), opt=READ, summary="Every operator's status, capacity and current load")
    async def list_operators(self, request: Request, container: Container) -> list[s.Operator]:
        return [_wire(o, s.Operator) for o in await container.handoff.list_operators(principal_of(request))]

    @patch("/me", responses=problems(*AUTHED, 422), opt=WORK, summary="Your status (online / away / offline), capacity, languages, skills")
    async def update_my_operator_status(self, request: Request, container: Container, data: s.OperatorUpdate) -> s.Operator:
        changes = struct_changes(data)
        if isinstance(changes.get("status"), s.OperatorStatus):
            changes["status"] = changes["status"].value
        return _wire(await container.handoff.set_operator(principal_of(request), changes), s.Operator)


class HandoffController(Controller):
    before_request = staticmethod(operator_activity)
    path = "/v1/handoff"
    tags = ["handoff"]
    security = BEARER

    @get("/handoffs", responses=problems(*AUTHED, 422), opt=READ, summary="The queue (status=queued, in order) or any handoffs")
    async def list_handoffs(
        self, request: Request, container: Container, limit: LimitParam = 20, cursor: CursorParam = None,
        status: Annotated[s.HandoffStatus | None, Parameter(default=None)] = None,
        mine: Annotated[bool, Parameter(default=False, description="Only those assigned to me")] = False,
        tag: Annotated[str | None, Parameter(default=None, max_length=40, description="Only conversations with this tag")] = None,
        snoozed: Annotated[bool, Parameter(default=False, description="Only snoozed conversations (else they are left out until their time)")] = False,
    ) -> s.HandoffList:
        items = await container.handoff.list_handoffs(principal_of(request), status.value if status else None, mine, limit,
                                                      decode_cursor(cursor), tag=tag, snoozed=snoozed)
        return s.HandoffList(items=[_wire(h, s.Handoff) for h in items])

    @get("/handoffs/{handoff_id:uuid}", responses=problems(*AUTHED, 404), opt=READ)
    async def get_handoff(self, request: Request, container: Container, handoff_id: UUID) -> s.Handoff:
        return _wire(await container.handoff.get_handoff(principal_of(request), handoff_id), s.Handoff)

    @post("/conversations/{conversation_id:uuid}/take", status_code=200, responses=problems(*AUTHED, 404, 409), opt=WORK,
          summary="Take the conversation (an atomic claim: 409 naming who has it when someone was faster)")
    async def take_conversation(self, request: Request, container: Container, conversation_id: UUID) -> s.Handoff:
        return _wire(await container.handoff.take(principal_of(request), conversation_id), s.Handoff)

    @post("/conversations/{conversation_id:uuid}/transfer", status_code=200, responses=problems(*AUTHED, 404, 409, 422), opt=WORK,
          summary="Transfer to an online operator or to a team, with a note for them")
    async def transfer_conversation(self, request: Request, container: Container, conversation_id: UUID,
                                    data: s.Transfer) -> s.Handoff:
        return _wire(await container.handoff.transfer(principal_of(request), conversation_id, data.to_user_id, data.to_team_id,
                                                      data.note), s.Handoff)

    @post("/conversations/{conversation_id:uuid}/unassign", status_code=200, responses=problems(*AUTHED, 404, 409), opt=WORK,
          summary="Put the conversation back in the queue")
    async def unassign_conversation(self, request: Request, container: Container, conversation_id: UUID) -> s.Handoff:
        return _wire(await container.handoff.unassign(principal_of(request), conversation_id), s.Handoff)

    @post("/conversations/{conversation_id:uuid}/priority", status_code=200, responses=problems(*AUTHED, 404, 409, 422), opt=WORK)
    async def set_conversation_priority(self, request: Request, container: Container, conversation_id: UUID,
                                        data: s.Priority) -> s.Handoff:
        return _wire(await container.handoff.set_priority(principal_of(request), conversation_id, data.priority), s.Handoff)

    @post("/conversations/{conversation_id:uuid}/hand-back", status_code=200, responses=problems(*AUTHED, 404, 409), opt=WORK,
          summary="Back to the AI: it answers the next message; the visitor is asked for a rating")
    async def hand_back_conversation(self, request: Request, container: Container, conversation_id: UUID) -> s.Handoff:
        return _wire(await container.handoff.hand_back(principal_of(request), conversation_id), s.Handoff)

    @post("/conversations/{conversation_id:uuid}/close", status_code=200, responses=problems(*AUTHED, 404, 409), opt=WORK,
          summary="Close the conversation (the visitor is asked for a rating first)")
    async def close_handed_off_conversation(self, request: Request, container: Container, conversation_id: UUID) -> s.Handoff | None:
        return _handoff(await container.handoff.close(principal_of(request), conversation_id))

    @post("/conversations/{conversation_id:uuid}/reply", status_code=201, responses=problems(*AUTHED, 404, 409, 422), opt=WORK,
          summary="Write to the visitor (`/shortcut` inserts a canned response)")
    async def reply_to_conversation(self, request: Request, container: Container, conversation_id: UUID, data: s.Reply) -> s.Replied:
        seq, content = await container.handoff.reply(principal_of(request), conversation_id, data.content, data.client_id)
        return s.Replied(seq=seq, content=content)

    @post("/conversations/{conversation_id:uuid}/expand", status_code=200, responses=problems(*AUTHED, 404, 422), opt=READ,
          summary="Preview a `/shortcut` with its variables filled")
    async def expand_canned_response(self, request: Request, container: Container, conversation_id: UUID, data: s.Expand) -> s.Expanded:
        return s.Expanded(content=await container.handoff.expand(principal_of(request), conversation_id, data.content))

    @get("/conversations/{conversation_id:uuid}/context", responses=problems(*AUTHED, 404), opt=READ,
         summary="Transcript, summary, intents, language, sentiment trend, citations and the customer sidebar")
    async def get_operator_context(self, request: Request, container: Container, conversation_id: UUID) -> s.OperatorContext:
        c = await container.handoff.context(principal_of(request), conversation_id)
        visitor = None
        if c.visitor is not None:
            v = c.visitor
            attributes = dict(v.metadata or {})
            pages = [str(p) for p in (attributes.get("pages") or [])][:50] if isinstance(attributes.get("pages"), list) else []
            for key in ("page", "url", "page_url"):
                if isinstance(attributes.get(key), str):
                    pages.append(attributes[key])
            visitor = s.VisitorSidebar(id=v.id, name=v.name, email=v.email, user_agent=v.user_agent, attributes=attributes,
                                       pages=pages, first_seen_at=v.created_at, last_seen_at=v.last_seen_at)
        return s.OperatorContext(
            conversation_id=c.conversation.id, status=c.conversation.status.value, language=c.language, summary=c.summary,
            transcript=[s.TranscriptEvent(seq=e.seq, kind=e.kind.value, sender=e.sender.value, content=e.content, data=e.data or {},
                                          created_at=e.created_at, attachments=[s.Attachment(**asdict(a)) for a in e.attachments])
                        for e in c.transcript],
            intents=c.intents, sentiment_trend=c.sentiment_trend, citations=c.citations, visitor=visitor,
            earlier_conversations=[s.EarlierConversation(id=x.id, status=x.status.value, started_at=x.started_at, ended_at=x.ended_at,
                                                         message_count=x.message_count, csat_rating=x.csat_rating)
                                   for x in c.earlier_conversations],
            handoff=_handoff(c.handoff), transfers=c.transfers, notes=[_wire(n, s.Note) for n in c.notes],
            summary_source="model" if c.summary_source == "model" else "extractive",
        )

    @post("/conversations/{conversation_id:uuid}/notes", status_code=201, responses=problems(*AUTHED, 404, 422), opt=WORK,
          summary="A private note: members only, never shown to the visitor")
    async def add_private_note(self, request: Request, container: Container, conversation_id: UUID, data: s.NoteCreate) -> s.Note:
        return _wire(await container.handoff.add_note(principal_of(request), conversation_id, data.body), s.Note)

    @get("/conversations/{conversation_id:uuid}/notes", responses=problems(*AUTHED, 404), opt=READ)
    async def list_private_notes(self, request: Request, container: Container, conversation_id: UUID) -> s.NoteList:
        return s.NoteList(items=[_wire(n, s.Note) for n in await container.handoff.notes(principal_of(request), conversation_id)])


class CannedResponseController(Controller):
    before_request = staticmethod(operator_activity)
    path = "/v1/handoff/canned-responses"
    tags = ["handoff"]
    security = BEARER

    @post("/", responses=problems(*AUTHED, 409, 422), opt=WORK,
          summary="A canned response: personal, a team's or the workspace's (variables: {{visitor.name}}, {{operator.name}}…)")
    async def create_canned_response(self, request: Request, container: Container, data: s.CannedCreate) -> s.Canned:
        principal = principal_of(request)
        canned = m.CannedResponse(id=new_id(), tenant_id=principal.tenant_id, shortcut=data.shortcut, body=data.body,
                                  title=data.title, team_id=data.team_id)
        return _wire(await container.handoff.create_canned(principal, canned, data.personal), s.Canned)

    @get("/", responses=problems(*AUTHED), opt=READ, summary="The canned responses you can use")
    async def list_canned_responses(self, request: Request, container: Container) -> s.CannedList:
        return s.CannedList(items=[_wire(c, s.Canned) for c in await container.handoff.list_canned(principal_of(request))])

    @delete("/{canned_id:uuid}", responses=problems(*AUTHED, 404), opt=WORK)
    async def delete_canned_response(self, request: Request, container: Container, canned_id: UUID) -> None:
        await container.handoff.delete_canned(principal_of(request), canned_id)
