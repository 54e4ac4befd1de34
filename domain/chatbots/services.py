"""Chatbot use cases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, cast
from uuid import UUID

from domain.chatbots.model import (
    AiSettings,
    Appearance,
    BusinessHours,
    Chatbot,
    CompanyProfile,
    PreChatField,
    ProactiveMessage,
    WidgetConfig,
    new_public_id,
)
from domain.chatbots.permissions import CHATBOTS_READ, CHATBOTS_WRITE
from domain.chatbots.ports import ChatbotsUnitOfWork, OutboundUrls
from domain.errors import InvalidInput, NotFound
from domain.ids import new_id
from domain.pagination import page_of
from domain.ports import UnitOfWork, UnitOfWorkFactory
from domain.tenancy.model import Page, Principal
from domain.tenancy.ports import Directory

_NESTED = {"appearance": Appearance, "ai_settings": AiSettings, "company_profile": CompanyProfile}
# Replaced whole on update (a form or a schedule is one setting), built from plain values.
_WHOLE: dict[str, Callable[[Any], Any]] = {
    "pre_chat_form": lambda v: [PreChatField(**f) for f in v],
    "business_hours": lambda v: BusinessHours(**v) if v is not None else None,
    "proactive_messages": lambda v: [ProactiveMessage(**m) for m in v],
}


def _value(key: str, value: Any) -> Any:
    if key in _NESTED:
        return _NESTED[key](**value)
    return _WHOLE[key](value) if key in _WHOLE else value


@dataclass
class ChatbotService:
    uow: UnitOfWorkFactory[ChatbotsUnitOfWork]
    directory: Directory
    outbound: OutboundUrls
    sends_email: bool = False  # an SMTP server is configured: visitors may ask for their transcript

    async def create(self, principal: Principal, fields: dict[str, Any]) -> Chatbot:
        principal.require(CHATBOTS_WRITE)
        values = {k: _value(k, v) for k, v in fields.items()}
        chatbot = Chatbot(id=new_id(), tenant_id=principal.tenant_id, public_id=new_public_id(), **values)
        chatbot.has_provider_api_key = bool(chatbot.provider_api_key)
        chatbot.validate()
        await self._vet_base_url(chatbot.ai_settings.base_url)
        async with self.uow(principal.tenant_id) as uow:
            await uow.chatbots.add(chatbot)
        return chatbot

    async def get(self, principal: Principal, chatbot_id: UUID) -> Chatbot:
        principal.require(CHATBOTS_READ)
        async with self.uow(principal.tenant_id) as uow:
            chatbot = await uow.chatbots.get(chatbot_id)
        if chatbot is None:
            raise NotFound("chatbot not found")
        return chatbot

    @staticmethod
    async def public(uow: UnitOfWork, origin: str | None, *, public_id: str | None = None,
                     chatbot_id: UUID | None = None) -> Chatbot:
        """The public-chatbot gate of every visitor-facing use case, in its unit of work: the chatbot exists, is
        not a draft, and may be shown on the page at `origin`. Unknown and draft chatbots look alike."""
        own = cast(ChatbotsUnitOfWork, uow)  # runs in other contexts' transactions too: reaches its own repositories only
        if public_id is not None:
            chatbot = await own.chatbots.get_by_public_id(public_id)
        else:
            chatbot = await own.chatbots.get(chatbot_id) if chatbot_id is not None else None
        if chatbot is None or chatbot.status == "draft":
            raise NotFound("chatbot not found")
        chatbot.require_origin(origin)
        return chatbot

    @staticmethod
    async def find(uow: UnitOfWork, chatbot_id: UUID) -> Chatbot | None:
        """For another context's use case, in its unit of work: the chatbot (with its provider key), or None."""
        own = cast(ChatbotsUnitOfWork, uow)  # runs in other contexts' transactions too: reaches its own repositories only
        return await own.chatbots.get(chatbot_id)

    async def list(self, principal: Principal, limit: int, before: UUID | None, status: str | None) -> Page:
        principal.require(CHATBOTS_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await page_of(lambda n, b: uow.chatbots.list(n, b, status), limit, before)

    async def update(self, principal: Principal, chatbot_id: UUID, changes: dict[str, Any]) -> Chatbot:
        """Partial update; nested settings merge field by field."""
        principal.require(CHATBOTS_WRITE)
        await self._vet_base_url((changes.get("ai_settings") or {}).get("base_url"))
        async with self.uow(principal.tenant_id) as uow:
            chatbot = await uow.chatbots.get(chatbot_id)
            if chatbot is None:
                raise NotFound("chatbot not found")
            for key, value in changes.items():
                if key in _NESTED:
                    value = replace(getattr(chatbot, key), **value)
                elif key in _WHOLE:
                    value = _WHOLE[key](value)
                setattr(chatbot, key, value)
            chatbot.updated_at = datetime.now(UTC)
            chatbot.has_provider_api_key = bool(chatbot.provider_api_key)
            chatbot.validate()
            await uow.chatbots.update(chatbot, provider_api_key_changed="provider_api_key" in changes)
        return chatbot

    async def _vet_base_url(self, url: str | None) -> None:
        """The server will call the model's base URL with the provider key: the same SSRF guard as for
        web sources (checked again, pinned, at call time)."""
        if url and (reason := await self.outbound.refusal(url)) is not None:
            raise InvalidInput(reason, field="ai_settings.base_url")

    async def delete(self, principal: Principal, chatbot_id: UUID) -> None:
        principal.require(CHATBOTS_WRITE)
        async with self.uow(principal.tenant_id) as uow:
            if not await uow.chatbots.delete(chatbot_id):
                raise NotFound("chatbot not found")

    async def widget_config(self, public_id: str, origin: str | None) -> WidgetConfig:
        """Public: what the widget on a website may know. Unknown ids and foreign origins look alike."""
        tenant_id = await self.directory.tenant_of_public_chatbot(public_id)
        if tenant_id is None:
            raise NotFound("chatbot not found")
        async with self.uow(tenant_id) as uow:
            chatbot = await self.public(uow, origin, public_id=public_id)
        return WidgetConfig(
            public_id=chatbot.public_id,
            name=chatbot.name,
            welcome_message=chatbot.welcome_message,
            languages=chatbot.languages,
            appearance=chatbot.appearance,
            online=chatbot.status == "active",
            pre_chat_form=chatbot.pre_chat_form,
            open_now=chatbot.business_hours is None or chatbot.business_hours.open_at(datetime.now(UTC)),
            away_message=chatbot.business_hours.away_message if chatbot.business_hours else "",
            proactive_messages=chatbot.proactive_messages,
            transcript_by_email=self.sends_email,
        )

