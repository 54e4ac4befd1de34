"""Process health, readiness (database + Redis) and Prometheus metrics."""

from __future__ import annotations

import asyncio

import msgspec
from litestar import Controller, Response, get
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from infrastructure.container import Container


class Health(msgspec.Struct):
    status: str


class Readiness(msgspec.Struct):
    status: str
    database: str
    redis: str


class OpsController(Controller):
    include_in_schema = False

    @get("/health", cache_control=None)
    async def health(self) -> Health:
        return Health(status="ok")

    @get("/ready")
    async def ready(self, container: Container) -> Response[Readiness]:
        async def check(probe) -> str:
            try:
                await asyncio.wait_for(probe(), timeout=2)
                return "ok"
            except Exception as exc:  # readiness reports, never raises
                return f"error: {type(exc).__name__}"

        database, redis = await asyncio.gather(check(container.db.ping), check(container.redis.ping))
        ok = database == "ok" and redis == "ok"
        return Response(
            Readiness(status="ok" if ok else "degraded", database=database, redis=redis), status_code=200 if ok else 503
        )

    @get("/metrics", media_type=CONTENT_TYPE_LATEST)
    async def metrics(self) -> bytes:
        return generate_latest()
