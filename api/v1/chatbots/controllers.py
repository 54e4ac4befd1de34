"""Chatbot CRUD for members and integrators, and the public widget config."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

import msgspec
from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.params import Parameter

from api.problems import AUTHED, problems
from api.v1.chatbots import schemas as s
from api.v1.common import (
    BEARER,
    PUBLIC,
    CursorParam,
    LimitParam,
    Page,
    decode_cursor,
    principal_of,
    requires,
    struct_changes,
    wire_page,
)
from api.v1.widget_embed.origin import page_origin
from domain.chatbots.model import Chatbot, WidgetConfig
from domain.chatbots.permissions import CHATBOTS_READ, CHATBOTS_WRITE
from infrastructure.container import Container


def to_wire(c: Chatbot) -> s.Chatbot:
    ai = c.ai_settings
    return s.Chatbot(
        id=c.id,
        public_id=c.public_id,
        name=c.name,
        persona=c.persona,
        instructions=c.instructions,
        company_profile=msgspec.convert(c.company_profile, s.CompanyProfile, from_attributes=True),
        welcome_message=c.welcome_message,
        languages=c.languages,
        appearance=msgspec.convert(c.appearance, s.Appearance, from_attributes=True),
        allowed_origins=c.allowed_origins,
        ai_settings=s.AiSettings(
            provider=ai.provider,
            model=ai.model,
            temperature=ai.temperature,
            max_tokens=ai.max_tokens,
            base_url=ai.base_url,
            has_api_key=c.has_provider_api_key,
        ),
        status=c.status,
        pre_chat_form=_widget_settings(c.pre_chat_form, list[s.PreChatField]),
        business_hours=_widget_settings(c.business_hours, s.BusinessHours | None),
        proactive_messages=_widget_settings(c.proactive_messages, list[s.ProactiveMessage]),
        created_at=c.created_at,
        updated_at=c.updated_at,
    )


def _widget_settings(value, kind):
    return msgspec.convert(msgspec.to_builtins(value), kind)


def to_fields(body: s.ChatbotFields) -> dict:
    """Wire body → domain field names (the write-only API key lives beside the AI settings)."""
    fields = struct_changes(body)
    for name in ("pre_chat_form", "business_hours", "proactive_messages"):
        if name in fields:
            fields[name] = msgspec.to_builtins(getattr(body, name))
    ai = fields.get("ai_settings")
    if ai is not None and "api_key" in ai:
        fields["provider_api_key"] = ai.pop("api_key")
    return fields


class ChatbotController(Controller):
    path = "/v1/chatbots"
    tags = ["chatbots"]
    security = BEARER

    @post("/", responses=problems(*AUTHED, 422), opt=requires(CHATBOTS_WRITE))
    async def create_chatbot(self, request: Request, container: Container, data: s.ChatbotCreate) -> s.Chatbot:
        return to_wire(await container.chatbots.create(principal_of(request), to_fields(data)))

    @get("/", responses=problems(*AUTHED), opt=requires(CHATBOTS_READ))
    async def list_chatbots(
        self,
        request: Request,
        container: Container,
        limit: LimitParam = 20,
        cursor: CursorParam = None,
        status: Annotated[s.Status | None, Parameter(default=None, description="Only chatbots in this status")] = None,
    ) -> Page[s.Chatbot]:
        page = await container.chatbots.list(principal_of(request), limit, decode_cursor(cursor), status)
        return wire_page(page, to_wire)

    @get("/{chatbot_id:uuid}", responses=problems(*AUTHED, 404), opt=requires(CHATBOTS_READ))
    async def get_chatbot(self, request: Request, container: Container, chatbot_id: UUID) -> s.Chatbot:
        return to_wire(await container.chatbots.get(principal_of(request), chatbot_id))

    @patch("/{chatbot_id:uuid}", responses=problems(*AUTHED, 404, 422), opt=requires(CHATBOTS_WRITE))
    async def update_chatbot(
        self, request: Request, container: Container, chatbot_id: UUID, data: s.ChatbotUpdate
    ) -> s.Chatbot:
        return to_wire(await container.chatbots.update(principal_of(request), chatbot_id, to_fields(data)))

    @delete("/{chatbot_id:uuid}", responses=problems(*AUTHED, 404), opt=requires(CHATBOTS_WRITE))
    async def delete_chatbot(self, request: Request, container: Container, chatbot_id: UUID) -> None:
        await container.chatbots.delete(principal_of(request), chatbot_id)


def _widget_wire(w: WidgetConfig) -> s.WidgetConfig:
    return s.WidgetConfig(
        public_id=w.public_id,
        name=w.name,
        welcome_message=w.welcome_message,
        languages=w.languages,
        appearance=msgspec.convert(w.appearance, s.Appearance, from_attributes=True),
        online=w.online,
        pre_chat_form=_widget_settings(w.pre_chat_form, list[s.PreChatField]),
        open_now=w.open_now,
        away_message=w.away_message,
        proactive_messages=_widget_settings(w.proactive_messages, list[s.ProactiveMessage]),
        transcript_by_email=w.transcript_by_email,
    )


class WidgetController(Controller):
    path = "/v1/widget"
    tags = ["widget"]

    @get(
        "/{public_id:str}/config",
        responses=problems(403, 404),
        summary="Public: what the chat widget shows (no credentials)",
        **PUBLIC,
    )
    async def widget_config(
        self,
        request: Request,
        container: Container,
        public_id: Annotated[str, Parameter(max_length=64)],
    ) -> Response[s.WidgetConfig]:
        origin = request.headers.get("origin")
        config = await container.chatbots.widget_config(public_id, page_origin(request))
        headers = {"Vary": "Origin", "Cache-Control": "public, max-age=60"}
        if origin:
            headers["Access-Control-Allow-Origin"] = origin
        return Response(_widget_wire(config), headers=headers)
