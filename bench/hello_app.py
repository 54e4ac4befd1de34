"""Floors for bench_api.py, served the same way as Parley: a bare Litestar hello-world; the same app
doing exactly one asyncpg query (the cost of a single database round trip on this machine); the
same app doing the transaction shape every tenant read must have (BEGIN + SET LOCAL app.tenant_id,
the query, COMMIT: three round trips, since asyncpg cannot pipeline) with nothing else around it;
and that transaction returning the chatbot list's rows as JSON, built in Python or by PostgreSQL."""

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
import msgspec
from litestar import Litestar, Response, get

from infrastructure.db.database import register_json_codecs

_pool: dict[str, asyncpg.Pool] = {}


@asynccontextmanager
async def tenant_transaction(pool: asyncpg.Pool, tenant: object) -> AsyncIterator[asyncpg.Connection]:
    """The bare shape of a tenant unit of work: BEGIN + SET LOCAL in one round trip, then COMMIT."""
    async with pool.acquire() as conn:
        await conn.execute(f"BEGIN; SET LOCAL app.tenant_id = '{uuid.UUID(str(tenant))}'")
        try:
            yield conn
        except BaseException:
            await conn.execute("ROLLBACK")
            raise
        await conn.execute("COMMIT")


@asynccontextmanager
async def lifespan(_: Litestar):
    url = os.environ.get("APP_DATABASE_URL") or os.environ.get("DATABASE_URL")
    if url:
        _pool["db"] = await asyncpg.create_pool(url, min_size=1, max_size=10, init=register_json_codecs)
    yield
    if "db" in _pool:
        await _pool["db"].close()


@get("/hello")
async def hello() -> dict[str, str]:
    return {"hello": "world"}


@get("/one-query")
async def one_query() -> dict[str, int]:
    return {"value": await _pool["db"].fetchval("SELECT 1")}


_TENANT = str(uuid.uuid4())


@get("/rls-transaction")
async def rls_transaction() -> dict[str, str]:
    async with tenant_transaction(_pool["db"], _TENANT) as conn:
        value = await conn.fetchval("SELECT current_setting('app.tenant_id')")
    return {"tenant": value}


_CHATBOT_COLUMNS = """id, public_id, name, persona, instructions, company_profile, welcome_message, languages,
    appearance, allowed_origins, ai_settings, provider_api_key_ciphertext IS NOT NULL AS has_provider_api_key, status,
    created_at, updated_at"""


@get("/rls-chatbots/{tenant:uuid}")
async def rls_chatbots(tenant: uuid.UUID) -> Response:
    """The data-bound floor of Parley's list chatbots: the same tenant transaction and rows, returned as
    JSON straight from the records, with no auth, no rate limit, no domain objects."""
    async with tenant_transaction(_pool["db"], tenant) as conn:
        rows = await conn.fetch(f"SELECT {_CHATBOT_COLUMNS} FROM chatbots ORDER BY id DESC LIMIT $1", 21)
    body = {"items": [dict(row) for row in rows[:20]], "next_cursor": None}
    return Response(msgspec.json.encode(body), media_type="application/json")


@get("/rls-chatbots-sql/{tenant:uuid}")
async def rls_chatbots_sql(tenant: uuid.UUID) -> Response:
    """The same, with PostgreSQL rendering the whole JSON body: the least Python work possible."""
    async with tenant_transaction(_pool["db"], tenant) as conn:
        body = await conn.fetchval(
            "SELECT json_build_object('items', coalesce(json_agg(c), '[]'), 'next_cursor', null)::text"
            f" FROM (SELECT {_CHATBOT_COLUMNS} FROM chatbots ORDER BY id DESC LIMIT 20) c"
        )
    return Response(body.encode(), media_type="application/json")


app = Litestar([hello, one_query, rls_transaction, rls_chatbots, rls_chatbots_sql], lifespan=[lifespan])
