"""SQL repository of conversation attachments. A file's name and bytes are sealed with the tenant's
FieldCipher, bound to their row (tenant | chat_attachments | column | id)."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from domain.conversations.model import StoredAttachment
from infrastructure.db.repository import BoundRepository

_TABLE = "chat_attachments"


class AttachmentRepo(BoundRepository):
    _COLUMNS = "id, tenant_id, session_id, uploaded_by, uploader_user_id, name_ciphertext, content_type, size, created_at"

    async def _to_attachment(self, row: asyncpg.Record) -> StoredAttachment:
        c = await self.uow.cipher()
        return StoredAttachment(
            id=row["id"],
            tenant_id=row["tenant_id"],
            session_id=row["session_id"],
            name=c.decrypt(row["name_ciphertext"], _TABLE, "name", row["id"]),
            content_type=row["content_type"],
            size=row["size"],
            uploaded_by=row["uploaded_by"],
            uploader_user_id=row["uploader_user_id"],
            created_at=row["created_at"],
        )

    async def add(self, attachment: StoredAttachment, content: bytes) -> None:
        c = await self.uow.cipher()
        a = attachment
        a.created_at = await self.conn.fetchval(
            """INSERT INTO chat_attachments (id, tenant_id, session_id, uploaded_by, uploader_user_id, name_ciphertext,
                 content_type, size, content_ciphertext)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING created_at""",
            a.id,
            a.tenant_id,
            a.session_id,
            a.uploaded_by,
            a.uploader_user_id,
            c.encrypt(a.name, _TABLE, "name", a.id),
            a.content_type,
            a.size,
            c.encrypt_bytes(content, _TABLE, "content", a.id),
        )

    async def get(self, attachment_id: UUID) -> StoredAttachment | None:
        row = await self.conn.fetchrow(f"SELECT {self._COLUMNS} FROM chat_attachments WHERE id = $1", attachment_id)
        return await self._to_attachment(row) if row else None

    async def content(self, attachment: StoredAttachment) -> bytes:
        blob = await self.conn.fetchval("SELECT content_ciphertext FROM chat_attachments WHERE id = $1", attachment.id)
        return (await self.uow.cipher()).decrypt_bytes(blob, _TABLE, "content", attachment.id)

    async def in_session(self, session_id: UUID, ids: list[UUID]) -> list[StoredAttachment]:
        rows = await self.conn.fetch(
            f"SELECT {self._COLUMNS} FROM chat_attachments WHERE session_id = $1 AND id = ANY($2::uuid[])", session_id, ids
        )
        return [await self._to_attachment(r) for r in rows]
