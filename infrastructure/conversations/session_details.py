"""The answers a visitor gave to a chatbot's pre-chat form: one sealed JSON object per conversation."""

from __future__ import annotations

from uuid import UUID

import msgspec

from infrastructure.db.repository import BoundRepository


class SessionDetailsRepo(BoundRepository):
    async def put(self, session_id: UUID, details: dict[str, str]) -> None:
        cipher = await self.uow.cipher()
        sealed = cipher.encrypt_bytes(msgspec.json.encode(details), "chat_session_details", "details", session_id)
        await self.conn.execute(
            """INSERT INTO chat_session_details (session_id, tenant_id, details_ciphertext) VALUES ($1, $2, $3)
               ON CONFLICT (session_id) DO UPDATE SET details_ciphertext = EXCLUDED.details_ciphertext""",
            session_id,
            self.uow.tenant_id,
            sealed,
        )

    async def get(self, session_id: UUID) -> dict[str, str] | None:
        sealed = await self.conn.fetchval(
            "SELECT details_ciphertext FROM chat_session_details WHERE session_id = $1", session_id
        )
        if sealed is None:
            return None
        cipher = await self.uow.cipher()
        return msgspec.json.decode(cipher.decrypt_bytes(sealed, "chat_session_details", "details", session_id))
