"""Rate limits, health/readiness/metrics, request ids, and refusing to serve with pending migrations."""

from dataclasses import replace

import httpx
import pytest

from api.app import create_app
from infrastructure.container import Container, PendingMigrations
from infrastructure.db import migrate as migrate_module
from infrastructure.settings import PlanLimits
from tests.conftest import sign_up
from tests.integration.tenancy.test_auth import _problem


@pytest.fixture
async def strict_client(settings):
    """An app with tiny limits: 3/min per user on the free plan, 2/min per IP on public endpoints."""
    container = await Container.start(
        replace(settings, plan_limits=PlanLimits(free=3, pro=10, enterprise=10), public_rate_limit_per_minute=4)
    )
    app = create_app(container=container)
    app.state.container = container
    import uuid

    ip = f"198.51.100.{uuid.uuid4().int % 250 + 1}"
    transport = httpx.ASGITransport(app=app, client=(ip, 1234))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client
    await container.close()


async def test_authenticated_calls_are_limited_per_user_with_ietf_headers(strict_client, client):
    owner = await sign_up(client)
    answers = [await strict_client.get("/v1/chatbots", headers=owner.headers) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    first = answers[0].headers
    assert first["ratelimit-policy"] == '"free";q=3;w=60'
    assert first["ratelimit"].startswith('"free";r=2;t=')
    limited = answers[-1]
    body = _problem(limited, 429)
    assert "3 requests per minute" in body["detail"]
    assert 0 < int(limited.headers["retry-after"]) <= 61
    # Another user of the same plan has a budget of their own.
    other = await sign_up(client)
    assert (await strict_client.get("/v1/chatbots", headers=other.headers)).status_code == 200


async def test_public_endpoints_are_limited_per_ip(strict_client):
    codes = [
        (await strict_client.post("/v1/auth/login", json={"email": "a@b.co", "password": "whatever1"})).status_code
        for _ in range(5)
    ]
    assert codes == [401, 401, 401, 401, 429]


async def test_health_ready_metrics_and_request_ids(client):
    health = await client.get("/health")
    assert health.json() == {"status": "ok"}
    ready = await client.get("/ready")
    assert ready.status_code == 200 and ready.json() == {"status": "ok", "database": "ok", "redis": "ok"}
    traced = await client.get("/v1/me", headers={"X-Request-ID": "trace-me-123"})
    assert traced.headers["x-request-id"] == "trace-me-123"
    assert traced.json()["request_id"] == "trace-me-123"
    assert len((await client.get("/health")).headers["x-request-id"]) == 32
    metrics = (await client.get("/metrics")).text
    assert 'parley_http_requests_total{method="GET",route="/v1/me",status="401"}' in metrics
    assert "parley_http_request_duration_seconds_bucket" in metrics


async def test_docs_are_served(client):
    docs = await client.get("/docs")
    assert docs.status_code == 200 and "<html" in docs.text.lower()
    spec = (await client.get("/docs/openapi.json")).json()
    assert spec["openapi"].startswith("3.1") and "/v1/chatbots" in spec["paths"]


async def test_container_refuses_to_start_with_pending_migrations(settings, monkeypatch, tmp_path):
    extra = tmp_path / "9999_future.sql"
    extra.write_text("SELECT 1;")
    real = migrate_module.available_migrations()
    monkeypatch.setattr(
        migrate_module, "available_migrations", lambda *a: [*real, migrate_module.Migration("9999_future", extra)]
    )
    with pytest.raises(PendingMigrations, match="pending migrations \\(9999_future\\); run `./just migrate`"):
        await Container.start(settings)


async def test_a_providers_signed_webhooks_are_limited_per_integration_not_per_ip(strict_client):
    """Stripe calls every workspace's webhook from the same few addresses: one busy shop (or an IP that used up
    its public budget) must not get another shop's payment events refused."""
    import uuid

    for _ in range(4):
        await strict_client.post("/v1/auth/login", json={"email": "a@b.co", "password": "whatever1"})
    assert (await strict_client.post("/v1/auth/login", json={"email": "a@b.co", "password": "whatever1"})).status_code == 429
    busy, other = (f"/v1/integrations/stripe/{uuid.uuid4()}/webhook" for _ in range(2))
    codes = [(await strict_client.post(busy, content=b"{}", headers={"Stripe-Signature": "t=1,v1=x"})).status_code
             for _ in range(5)]
    assert codes == [404, 404, 404, 404, 429]  # its own budget, spent by its own deliveries only
    assert (await strict_client.post(other, content=b"{}", headers={"Stripe-Signature": "t=1,v1=x"})).status_code == 404
