"""What the benchmarks share: percentiles, a process's CPU time, and Parley's services started in this
process on the embedded PostgreSQL and Redis (or DATABASE_URL / REDIS_URL)."""

from __future__ import annotations

import asyncio
import atexit
import base64
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from infrastructure.container import Container
    from infrastructure.embedded import EmbeddedServices

ROOT = Path(__file__).resolve().parents[1]


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


async def owner_with_chatbot(container: Container, workspace: str, chatbot_name: str) -> tuple[Any, Any]:
    """A fresh workspace's owner (as a Principal) and one chatbot in it: where every bench and evaluation starts."""
    import time

    from domain.access import Role, role_permissions
    from domain.tenancy.model import Principal

    email = f"bench-{os.getpid()}-{time.time_ns()}@example.com"
    tenant, user, _ = await container.tenancy.sign_up(workspace, "Bench", email, "benchmark-password")
    principal = Principal(tenant.id, tenant.plan, role_permissions(Role.owner), user_id=user.id, role=Role.owner)
    return principal, await container.chatbots.create(principal, {"name": chatbot_name})


async def server_env(embedded: EmbeddedServices, **settings: str) -> tuple[dict[str, str], str]:
    """The environment of a Parley server process (fresh keys, generous API rate limits) on a migrated
    database, and the database owner's URL; `settings` add environment variables."""
    from infrastructure.container import resolve_urls
    from infrastructure.db.migrate import migrate
    from infrastructure.settings import Settings

    base = Settings(secret_key=b"", master_key=b"", database_url=os.environ.get("DATABASE_URL"),
                    redis_url=os.environ.get("REDIS_URL"), data_dir=embedded.data_dir)
    owner_url, app_url, assume_role, redis_url = resolve_urls(base, embedded)
    await migrate(owner_url)
    key = lambda: base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")  # noqa: E731
    env = dict(os.environ, PARLEY_SECRET_KEY=key(), PARLEY_MASTER_KEY=key(), DATABASE_URL=owner_url, REDIS_URL=redis_url,
               PARLEY_RATE_LIMIT_FREE="100000000", PARLEY_PUBLIC_RATE_LIMIT="100000000", LOG_LEVEL="warning", **settings)
    if assume_role is None:
        env["APP_DATABASE_URL"] = app_url
    return env, owner_url


def serve(module: str, port: int, env: dict[str, str], *uvicorn_args: str) -> subprocess.Popen:
    """One uvicorn worker serving `module` (uvloop, httptools, no access log)."""
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", module, "--port", str(port), "--no-access-log", "--log-level", "warning",
         "--loop", "uvloop", "--http", "httptools", *uvicorn_args],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


async def wait_healthy(url: str, process: subprocess.Popen) -> None:
    """Until `url` answers 200 (about 30 s at most); the server's last words if it exited."""
    import httpx

    async with httpx.AsyncClient() as http:
        for _ in range(300):
            if process.poll() is not None:
                raise SystemExit(f"server exited: {process.stderr.read().decode()[-1500:]}")  # type: ignore[union-attr]
            try:
                if (await http.get(url, timeout=1)).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise SystemExit(f"{url} never became healthy")
