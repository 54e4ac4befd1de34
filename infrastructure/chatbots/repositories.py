"""SQL repository of the chatbots context (the provider API key sealed with the tenant's FieldCipher)."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING
from uuid import UUID

import asyncpg

from domain.chatbots.model import (
    AiSettings,
    Appearance,
    BusinessHours,
    Chatbot,
    CompanyProfile,
    PreChatField,
    ProactiveMessage,
)
from infrastructure.db.repository import BoundRepository, before_cursor

if TYPE_CHECKING:
    from infrastructure.crypto.envelope import FieldCipher


class ChatbotRepo(BoundRepository):
    _COLUMNS = """id, tenant_id, public_id, name, persona, instructions, company_profile, welcome_message, languages,
                  appearance, allowed_origins, ai_settings, provider_api_key_ciphertext, status, created_at, updated_at,
                  pre_chat_form, business_hours, proactive_messages"""

    @staticmethod
    def _to_chatbot(row: asyncpg.Record, cipher: FieldCipher | None = None) -> Chatbot:
        """Listing never needs the provider key itself: it is decrypted only when a cipher is given."""
        sealed = row["provider_api_key_ciphertext"]
        return Chatbot(
            id=row["id"],
            tenant_id=row["tenant_id"],
            public_id=row["public_id"],
            name=row["name"],
            persona=row["persona"],
            instructions=row["instructions"],
            company_profile=CompanyProfile(**row["company_profile"]),
            welcome_message=row["welcome_message"],
            languages=list(row["languages"]),
            appearance=Appearance(**row["appearance"]),
            allowed_origins=list(row["allowed_origins"]),
            ai_settings=AiSettings(**row["ai_settings"]),
            provider_api_key=(
                cipher.decrypt(sealed, "chatbots", "provider_api_key", row["id"]) if sealed is not None and cipher else None
            ),
            has_provider_api_key=sealed is not None,
            status=row["status"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            pre_chat_form=[PreChatField(**f) for f in row["pre_chat_form"]],
            business_hours=BusinessHours(**row["business_hours"]) if row["business_hours"] else None,
            proactive_messages=[ProactiveMessage(**m) for m in row["proactive_messages"]],
        )

    async def _one(self, row: asyncpg.Record | None) -> Chatbot | None:
        if row is None:
            return None
        cipher = await self.uow.cipher() if row["provider_api_key_ciphertext"] is not None else None
        return self._to_chatbot(row, cipher)

    async def _seal_key(self, chatbot: Chatbot) -> bytes | None:
        if not chatbot.provider_api_key:
            return None
        cipher = await self.uow.cipher()
        return cipher.encrypt(chatbot.provider_api_key, "chatbots", "provider_api_key", chatbot.id)

    async def add(self, chatbot: Chatbot) -> None:
        row = await self.conn.fetchrow(
            """INSERT INTO chatbots (id, tenant_id, public_id, name, persona, instructions, company_profile,
                 welcome_message, languages, appearance, allowed_origins, ai_settings, provider_api_key_ciphertext, status,
                 pre_chat_form, business_hours, proactive_messages)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
               RETURNING created_at, updated_at""",
            chatbot.id,
            chatbot.tenant_id,
            chatbot.public_id,
            *self._profile(chatbot),
            await self._seal_key(chatbot),
            chatbot.status,
            *self._widget_settings(chatbot),
        )
        chatbot.created_at, chatbot.updated_at = row["created_at"], row["updated_at"]

    async def get(self, chatbot_id: UUID) -> Chatbot | None:
        return await self._one(await self.conn.fetchrow(f"SELECT {self._COLUMNS} FROM chatbots WHERE id = $1", chatbot_id))

    async def get_by_public_id(self, public_id: str) -> Chatbot | None:
        return await self._one(
            await self.conn.fetchrow(f"SELECT {self._COLUMNS} FROM chatbots WHERE public_id = $1", public_id)
        )

    async def list(self, limit: int, before: UUID | None, status: str | None = None) -> list[Chatbot]:
        rows = await self.conn.fetch(
            f"""SELECT {self._COLUMNS} FROM chatbots WHERE id < $1 AND ($3::text IS NULL OR status = $3)
                ORDER BY id DESC LIMIT $2""",
            before_cursor(before),
            limit,
            status,
        )
        return [self._to_chatbot(r) for r in rows]

    async def update(self, chatbot: Chatbot, provider_api_key_changed: bool) -> None:
        await self.conn.execute(
            """UPDATE chatbots SET name = $2, persona = $3, instructions = $4, company_profile = $5,
                 welcome_message = $6, languages = $7, appearance = $8, allowed_origins = $9, ai_settings = $10,
                 status = $11, updated_at = $12,
                 provider_api_key_ciphertext = CASE WHEN $13 THEN $14 ELSE provider_api_key_ciphertext END,
                 pre_chat_form = $15, business_hours = $16, proactive_messages = $17
               WHERE id = $1""",
            chatbot.id,
            *self._profile(chatbot),
            chatbot.status,
            chatbot.updated_at,
            provider_api_key_changed,
            await self._seal_key(chatbot) if provider_api_key_changed else None,
            *self._widget_settings(chatbot),
        )

    @staticmethod
    def _profile(chatbot: Chatbot) -> tuple:
        """name … ai_settings: the columns the insert and the update write in the same order."""
        return (
            chatbot.name,
            chatbot.persona,
            chatbot.instructions,
            asdict(chatbot.company_profile),
            chatbot.welcome_message,
            chatbot.languages,
            asdict(chatbot.appearance),
            chatbot.allowed_origins,
            asdict(chatbot.ai_settings),
        )

    @staticmethod
    def _widget_settings(chatbot: Chatbot) -> tuple:
        hours = chatbot.business_hours
        return (
            [asdict(f) for f in chatbot.pre_chat_form],
            asdict(hours) if hours else None,
            [asdict(m) for m in chatbot.proactive_messages],
        )

    async def delete(self, chatbot_id: UUID) -> bool:
        return await self.conn.execute("DELETE FROM chatbots WHERE id = $1", chatbot_id) == "DELETE 1"
