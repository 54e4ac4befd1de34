"""The routes calendar providers call: the OAuth consent's redirect back (Google, Microsoft; the signed state is
the permission) and Calendly's and Cal.com's booking webhooks (signed with the connection's signing key;
rate-limited per connection path like Stripe's, since every workspace's deliveries come from their addresses)."""

from __future__ import annotations

import html
from typing import Annotated
from uuid import UUID

from litestar import Controller, Request, Response, get, post
from litestar.exceptions import ClientException
from litestar.params import Parameter

from api.problems import problems
from api.v1.common import PUBLIC, SIGNED_BY_PROVIDER, WebhookAck
from api.v1.scheduling.public import NO_STORE, PAGE
from domain.errors import NotFound
from domain.scheduling.model import CalendarKind
from domain.scheduling.ports import BadSignature
from infrastructure.container import Container

MAX_WEBHOOK_BYTES = 256_000
Query = Annotated[str | None, Parameter(max_length=4000, default=None)]


class OAuthCallbackController(Controller):
    path = "/v1/calendars/oauth"
    tags = ["scheduling"]

    @get("/{kind:str}/callback", **PUBLIC, media_type="text/html", responses=problems(404, 422, 503),
         summary="Where Google / Microsoft send the owner back after consent: the calendar is connected")
    async def oauth_callback(
        self, container: Container, kind: str, code: Query = None, error: Query = None,
        oauth_state: Annotated[str | None, Parameter(query="state", max_length=4000, default=None)] = None,
    ) -> Response[str]:
        calendar = await container.scheduling.finish_oauth(kind, code, oauth_state, error)
        body = (f"<p>{html.escape(calendar.username or kind)} is connected"
                f"{' as ' + html.escape(calendar.name) if calendar.name else ''}. You can close this page.</p>"
                f'<p><small>calendar id {calendar.id}</small></p>')
        return Response(PAGE.format(title="Calendar connected", body=body), media_type="text/html", headers=NO_STORE)


async def _webhook(request: Request, container: Container, kind: str, calendar_id: UUID) -> WebhookAck:
    body = await request.body()
    if len(body) > MAX_WEBHOOK_BYTES:
        raise ClientException(status_code=413, detail="webhook body too large")
    tenant_id = await container.scheduling_directory.tenant_of_connection(calendar_id, kind)
    if tenant_id is None:
        raise NotFound(f"no such {kind} connection")
    signature = request.headers.get("calendly-webhook-signature" if kind == CalendarKind.CALENDLY else "x-cal-signature-256")
    try:
        outcome = await container.scheduling.handle_link_webhook(tenant_id, calendar_id, kind, body, signature)
    except BadSignature as exc:
        raise ClientException(status_code=400, detail=f"signature check failed: {exc}") from None
    return WebhookAck(received=True, outcome=outcome)


class LinkWebhookController(Controller):
    path = "/v1/integrations"
    tags = ["scheduling"]

    @post("/calendly/{calendar_id:uuid}/webhook", status_code=200, responses=problems(400, 404, 413, 422),
          **SIGNED_BY_PROVIDER, summary="Calendly's invitee.created / invitee.canceled (Calendly-Webhook-Signature)")
    async def calendly_webhook(self, request: Request, container: Container, calendar_id: UUID) -> WebhookAck:
        return await _webhook(request, container, CalendarKind.CALENDLY, calendar_id)

    @post("/calcom/{calendar_id:uuid}/webhook", status_code=200, responses=problems(400, 404, 413, 422),
          **SIGNED_BY_PROVIDER, summary="Cal.com's BOOKING_CREATED / _RESCHEDULED / _CANCELLED (X-Cal-Signature-256)")
    async def calcom_webhook(self, request: Request, container: Container, calendar_id: UUID) -> WebhookAck:
        return await _webhook(request, container, CalendarKind.CALCOM, calendar_id)
