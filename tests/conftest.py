"""Test fixtures: real PostgreSQL+pgvector and Redis (embedded unless DATABASE_URL/REDIS_URL are set),
one app for the session, and factories that sign up fresh tenants so tests never share data."""

from __future__ import annotations

import itertools
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from infrastructure.container import Container, resolve_urls
from infrastructure.db.migrate import migrate
from infrastructure.embedded import EmbeddedServices
from infrastructure.settings import PlanLimits, Settings


@dataclass
class Services:
    owner_url: str
    app_url: str | None
    redis_url: str
    embedded: EmbeddedServices


@pytest.fixture(scope="session")
async def services(tmp_path_factory) -> Services:
    data_dir = Path(tmp_path_factory.mktemp("data"))
    embedded = EmbeddedServices(data_dir)
    base = Settings(
        secret_key=os.urandom(32),
        master_key=os.urandom(32),
        database_url=os.environ.get("DATABASE_URL") or None,
        redis_url=os.environ.get("REDIS_URL") or None,
        data_dir=data_dir,
    )
    owner_url, app_url, assume_role, redis_url = resolve_urls(base, embedded)
    await migrate(owner_url)
    yield Services(owner_url, app_url if assume_role is None else None, redis_url, embedded)
    embedded.stop()


@pytest.fixture(scope="session")
def settings(services: Services) -> Settings:
    return Settings(
        secret_key=os.urandom(32),
        master_key=os.urandom(32),
        env="test",
        database_url=services.owner_url,
        app_database_url=services.app_url,
        redis_url=services.redis_url,
        plan_limits=PlanLimits(free=100_000, pro=100_000, enterprise=100_000),
        public_rate_limit_per_minute=100_000,
        max_body_bytes=64_000,
        assistant_autoreply=False,  # conversation tests count seqs; assistant tests switch replies on per test
    )


@pytest.fixture(scope="session")
async def container(settings: Settings) -> Container:
    c = await Container.start(settings)
    await c.redis.flushdb()
    yield c
    await c.close()


@pytest.fixture(scope="session")
async def client(container: Container):
    app = create_app(container=container)
    app.state.container = container  # what the lifespan does; ASGITransport does not run lifespans
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as test_client:
        yield test_client


_counter = itertools.count()


@dataclass
class Tenant:
    id: str
    user_id: str
    email: str
    password: str
    access_token: str
    refresh_token: str
    company: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


def unique_email(label: str = "owner") -> str:
    return f"{label}-{next(_counter)}-{uuid.uuid4().hex[:8]}@example.com"


async def sign_up(client, company: str | None = None) -> Tenant:
    email = unique_email()
    company = company or f"Acme {uuid.uuid4().hex[:6]}"
    password = "correct horse battery"
    response = await client.post(
        "/v1/auth/signup", json={"company": company, "name": "Ada Owner", "email": email, "password": password}
    )
    assert response.status_code == 201, response.text
    body = response.json()
    return Tenant(
        id=body["tenant"]["id"],
        user_id=body["user"]["id"],
        email=email,
        password=password,
        access_token=body["tokens"]["access_token"],
        refresh_token=body["tokens"]["refresh_token"],
        company=company,
    )


@pytest.fixture
async def tenant(client) -> Tenant:
    return await sign_up(client)


@pytest.fixture
async def other_tenant(client) -> Tenant:
    return await sign_up(client)
