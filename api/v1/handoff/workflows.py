"""HTTP routes of the handoff workflows: operator heartbeat, service-level breaches, operator performance and
workload, tags and snoozes, and the waiting visitor's e-mail (public, visitor token)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any
from uuid import UUID

import msgspec
from litestar import Controller, Request, Response, delete, get, post
from litestar.params import Parameter
from litestar.status_codes import HTTP_201_CREATED, HTTP_204_NO_CONTENT

from api.problems import AUTHED, problems
from api.v1.common import BEARER, PUBLIC, CursorParam, LimitParam, decode_cursor, encode_cursor, principal_of, requires
from api.v1.conversations.controllers import PublicId, VisitorTokenHeader, _cors
from api.v1.handoff import schemas as s
from api.v1.handoff.controllers import operator_activity
from api.v1.widget_embed.origin import page_origin
from domain.handoff.permissions import HANDOFF_READ, HANDOFF_WORK
from infrastructure.container import Container

READ = requires(HANDOFF_READ)
WORK = requires(HANDOFF_WORK)


def _wire(value: Any, kind: type) -> Any:
    return msgspec.convert(value, kind, from_attributes=True)


class HandoffWorkflowController(Controller):
    path = "/v1/handoff"
    tags = ["handoff"]
    security = BEARER
    before_request = staticmethod(operator_activity)

    @post("/operators/me/heartbeat", status_code=HTTP_204_NO_CONTENT, responses=problems(*AUTHED), opt=WORK,
          summary="Your activity (the console sends it on input): restarts your idle clock, ends an auto-away")
    async def operator_heartbeat(self, request: Request, container: Container) -> None:
        principal = principal_of(request)
        if principal.user_id is not None:
            await container.handoff_workflows.touch(principal.tenant_id, principal.user_id)

    @get("/breaches", responses=problems(*AUTHED, 422), opt=READ,
         summary="Service levels missed: late first responses and escalation rules that fired (newest first)")
    async def list_breaches(
        self, request: Request, container: Container, limit: LimitParam = 20, cursor: CursorParam = None,
        team_id: Annotated[UUID | None, Parameter(default=None)] = None,
        kind: Annotated[s.BreachKind | None, Parameter(default=None)] = None,
    ) -> s.BreachList:
        items = await container.handoff_workflows.breaches(principal_of(request), team_id, kind.value if kind else None,
                                                           limit, decode_cursor(cursor))
        return s.BreachList(items=[_wire(b, s.Breach) for b in items],
                            next_cursor=encode_cursor(items[-1].id) if len(items) == limit else None)

    @get("/performance", responses=problems(*AUTHED, 422), opt=READ,
         summary="Per operator and day: chats handled, first-response / response / handle times, resolutions, CSAT")
    async def operator_performance(
        self, request: Request, container: Container,
        from_: Annotated[date | None, Parameter(query="from", default=None, description="First UTC day (default: 6 days before `to`)")] = None,
        to: Annotated[date | None, Parameter(default=None, description="Last UTC day, included (default: today)")] = None,
        operator_id: Annotated[UUID | None, Parameter(default=None)] = None,
    ) -> s.PerformanceReport:
        end = to or datetime.now(UTC).date()
        start = from_ or end - timedelta(days=6)
        rows = await container.handoff_workflows.performance(principal_of(request), start, end, operator_id)
        return s.PerformanceReport(items=[_wire(r, s.OperatorDay) for r in rows])

    @get("/workload", responses=problems(*AUTHED), opt=READ, summary="Every operator's current chats against capacity")
    async def operator_workload(self, request: Request, container: Container) -> s.WorkloadReport:
        return s.WorkloadReport(items=[_wire(w, s.OperatorLoad) for w in await container.handoff_workflows.workload(principal_of(request))])

    @get("/conversations/{conversation_id:uuid}/tags", responses=problems(*AUTHED, 404), opt=READ)
    async def list_conversation_tags(self, request: Request, container: Container, conversation_id: UUID) -> s.Tags:
        return s.Tags(tags=await container.handoff_workflows.tags(principal_of(request), conversation_id))

    @post("/conversations/{conversation_id:uuid}/tags", status_code=200, responses=problems(*AUTHED, 404, 422), opt=WORK,
          summary="Tag the conversation (lower-cased; the list filters by `tag`)")
    async def add_conversation_tags(self, request: Request, container: Container, conversation_id: UUID, data: s.TagsAdd) -> s.Tags:
        return s.Tags(tags=await container.handoff_workflows.add_tags(principal_of(request), conversation_id, list(data.tags)))

    @delete("/conversations/{conversation_id:uuid}/tags/{tag:str}", responses=problems(*AUTHED, 404), opt=WORK)
    async def remove_conversation_tag(self, request: Request, container: Container, conversation_id: UUID,
                                      tag: Annotated[str, Parameter(max_length=40)]) -> None:
        await container.handoff_workflows.remove_tag(principal_of(request), conversation_id, tag)

    @post("/conversations/{conversation_id:uuid}/snooze", status_code=200, responses=problems(*AUTHED, 404, 409, 422), opt=WORK,
          summary="Snooze: the conversation leaves the queue and lists until `until`, then returns by itself")
    async def snooze_conversation(self, request: Request, container: Container, conversation_id: UUID,
                                  data: s.SnoozeRequest) -> s.Snoozed:
        until = await container.handoff_workflows.snooze(principal_of(request), conversation_id, data.until)
        return s.Snoozed(conversation_id=conversation_id, until=until)

    @post("/conversations/{conversation_id:uuid}/suggest-reply", status_code=200, responses=problems(*AUTHED, 404, 409), opt=WORK,
          summary="A reply drafted by the assistant from the knowledge base, to edit before sending (nothing is sent)")
    async def suggest_conversation_reply(self, request: Request, container: Container, conversation_id: UUID) -> s.SuggestedReply:
        d = await container.handoff_workflows.suggest_reply(principal_of(request), conversation_id)
        return s.SuggestedReply(content=d.text, citations=d.citations, answered=d.answered, provider=d.provider, model=d.model)

    @delete("/conversations/{conversation_id:uuid}/snooze", responses=problems(*AUTHED, 404), opt=WORK,
            summary="Wake a snoozed conversation now")
    async def unsnooze_conversation(self, request: Request, container: Container, conversation_id: UUID) -> None:
        await container.handoff_workflows.unsnooze(principal_of(request), conversation_id)


class WidgetHandoffController(Controller):
    path = "/v1/widget"
    tags = ["widget"]

    @post(
        "/{public_id:str}/sessions/{session_id:uuid}/contact",
        status_code=HTTP_201_CREATED,
        responses=problems(401, 403, 404, 409, 422),
        summary="Public: while nobody can take the chat, the visitor leaves an e-mail address (the team is told)",
        **PUBLIC,
    )
    async def leave_widget_contact(
        self, request: Request, container: Container, public_id: PublicId, session_id: UUID,
        x_visitor_token: VisitorTokenHeader, data: s.ContactLeave,
    ) -> Response[s.ContactLeft]:
        """409 when the conversation is not waiting in the queue (a person has it, or it is with the AI)."""
        conversations = container.conversations
        identity = conversations.identify_visitor(x_visitor_token, public_id)
        await conversations.open_visitor_socket(identity, session_id, page_origin(request))  # origin and ownership
        await container.handoff_workflows.leave_contact(identity.tenant_id, identity.visitor_id, session_id, data.email,
                                                        data.name, data.note)
        return Response(s.ContactLeft(conversation_id=session_id, email=data.email.strip()), status_code=HTTP_201_CREATED,
                        headers=_cors(request.headers.get("origin")))
