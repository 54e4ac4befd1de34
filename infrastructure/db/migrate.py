"""Plain-SQL migrations from migrations/NNNN_name.sql, applied in order, each in its own transaction.

Plain SQL because row-level-security policies, roles, SECURITY DEFINER entry points and pgvector
indexes are SQL-native; see ARCHITECTURE.md.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import structlog

from infrastructure.crypto.envelope import MasterKeyring
from infrastructure.db.upgrades import UPGRADES

log = structlog.get_logger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
_LOCK_ID = 7_301_977  # advisory lock shared by every process that migrates


@dataclass(frozen=True)
class Migration:
    version: str
    path: Path

    @property
    def sql(self) -> str:
        return self.path.read_text()

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


def available_migrations(folder: Path = MIGRATIONS_DIR) -> list[Migration]:
    return [Migration(p.stem, p) for p in sorted(folder.glob("[0-9][0-9][0-9][0-9]_*.sql"))]


async def applied_versions(conn: asyncpg.Connection) -> set[str]:
    exists = await conn.fetchval("SELECT to_regclass('public.parley_migrations') IS NOT NULL")
    if not exists:
        return set()
    return {r["version"] for r in await conn.fetch("SELECT version FROM parley_migrations")}


async def pending_migrations(conn: asyncpg.Connection, folder: Path = MIGRATIONS_DIR) -> list[Migration]:
    done = await applied_versions(conn)
    return [m for m in available_migrations(folder) if m.version not in done]


async def migrate(owner_url: str, keyring: MasterKeyring | None = None, folder: Path = MIGRATIONS_DIR) -> list[str]:
    """Apply every pending migration as the owner role, each with its data upgrade (which needs the
    master keyring only when there are rows to seal). Returns the versions applied."""
    conn = await asyncpg.connect(owner_url)
    try:
        await conn.execute("SELECT pg_advisory_lock($1)", _LOCK_ID)
        await conn.execute(
            """CREATE TABLE IF NOT EXISTS parley_migrations (
                 version text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"""
        )
        applied: list[str] = []
        for migration in await pending_migrations(conn, folder):
            async with conn.transaction():
                await conn.execute(migration.sql)
                if migration.version in UPGRADES:
                    await UPGRADES[migration.version](conn, keyring)
                await conn.execute(
                    "INSERT INTO parley_migrations (version, checksum) VALUES ($1, $2)",
                    migration.version,
                    migration.checksum,
                )
            log.info("migration applied", version=migration.version)
            applied.append(migration.version)
        # The app role reads this table to refuse serving when migrations are pending.
        await conn.execute("GRANT SELECT ON parley_migrations TO parley_app")
        return applied
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", _LOCK_ID)
        await conn.close()
