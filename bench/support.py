"""What the benchmarks share: percentiles, a process's CPU time, and Parley's services started in this
process on the embedded PostgreSQL and Redis (or DATABASE_URL / REDIS_URL)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, AsyncIterator

if TYPE_CHECKING:
    from infrastructure.container import Container


def percentile(values: list[float], q: float) -> float:
    """The nearest-rank q-th percentile (q from 0 to 100); nan for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def scratch_dir(prefix: str) -> Path:
    """A new temporary folder (a bench's embedded database and Redis), removed when the bench exits."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def cpu_seconds(pid: int) -> float:
    """User + system CPU the process has used so far (robust to other load on the machine)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class InProcess:
    container: Container
    owner_url: str  # the database owner: for reading and seeding what the app role may not
    redis_url: str


@asynccontextmanager
async def parley_in_process(prefix: str, data_dir: Path | None = None, **settings: Any) -> AsyncIterator[InProcess]:
    """Parley's container on a migrated database, with fresh keys; `settings` override Settings fields.
    Everything it started (the embedded servers too) is stopped on the way out."""
    from infrastructure.container import Container, resolve_urls
    from infrastructure.db.migrate import migrate
    from infrastructure.embedded import EmbeddedServices
    from infrastructure.settings import Settings

    data_dir = data_dir or scratch_dir(prefix)
    embedded = EmbeddedServices(data_dir)
    try:
        base = Settings(secret_key=os.urandom(32), master_key=os.urandom(32), data_dir=data_dir,
                        database_url=os.environ.get("DATABASE_URL") or None, redis_url=os.environ.get("REDIS_URL") or None)
        owner_url, app_url, assume_role, redis_url = resolve_urls(base, embedded)
        await migrate(owner_url)
        container = await Container.start(Settings(
            secret_key=base.secret_key, master_key=base.master_key, env="test", data_dir=data_dir, database_url=owner_url,
            app_database_url=app_url if assume_role is None else None, redis_url=redis_url, **settings,
        ))
        try:
            yield InProcess(container, owner_url, redis_url)
        finally:
            await container.close()  # the revocation mirror stops before Redis closes (no spurious warning)
    finally:
        embedded.stop()
