"""What every context's SQL repositories share: the binding to a tenant unit of work, cursor pages,
and sealing of optional fields. Encrypted columns are sealed and opened in the repositories, so the domain
only ever sees plaintext and the database only ever sees ciphertext."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

import asyncpg

if TYPE_CHECKING:
    from infrastructure.crypto.envelope import FieldCipher
    from infrastructure.db.database import TenantUnitOfWork


def seal_optional(cipher: FieldCipher, value: str | None, table: str, column: str, row_id: UUID) -> bytes | None:
    """An optional field sealed to its row (NULL stays NULL)."""
    return None if value is None else cipher.encrypt(value, table, column, row_id)


def open_optional(cipher: FieldCipher, blob: bytes | None, table: str, column: str, row_id: UUID) -> str | None:
    return None if blob is None else cipher.decrypt(blob, table, column, row_id)


def before_cursor(before: UUID | None) -> UUID:
    # UUIDv7 ids sort by creation time; the max UUID means "from the newest".
    return before or UUID(int=(1 << 128) - 1)


class BoundRepository:
    """A repository bound to one tenant unit of work (its connection is inside the tenant's transaction)."""

    _TABLE = ""
    _COLUMNS = ""

    def __init__(self, uow: TenantUnitOfWork) -> None:
        self.uow = uow

    @property
    def conn(self) -> asyncpg.Connection:
        return self.uow.conn

    async def _newest(self, limit: int, before: UUID | None) -> list[asyncpg.Record]:
        """One page of the table, newest first, below the cursor id."""
        return await self.conn.fetch(
            f"SELECT {self._COLUMNS} FROM {self._TABLE} WHERE id < $1 ORDER BY id DESC LIMIT $2", before_cursor(before), limit
        )
