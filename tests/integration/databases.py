"""A database of its own on the test server, for tests that need one from scratch (upgrades, whole-process faults)."""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit, urlunsplit

import asyncpg


async def fresh_database(owner_url: str) -> str:
    """A new empty database on the same server (the owner's URL to it)."""
    name = f"scratch_{uuid.uuid4().hex[:12]}"
    conn = await asyncpg.connect(owner_url)
    try:
        await conn.execute(f"CREATE DATABASE {name}")
    finally:
        await conn.close()
    return urlunsplit(urlsplit(owner_url)._replace(path=f"/{name}"))
