"""Floors for bench_api.py, served the same way as Parley: a bare Litestar hello-world, and the same
app doing exactly one asyncpg query (the cost of a single database round trip on this machine)."""

import os
from contextlib import asynccontextmanager

import asyncpg
from litestar import Litestar, get

_pool: dict[str, asyncpg.Pool] = {}


@asynccontextmanager
async def lifespan(_: Litestar):
    url = os.environ.get("APP_DATABASE_URL") or os.environ.get("DATABASE_URL")
    if url:
        _pool["db"] = await asyncpg.create_pool(url, min_size=1, max_size=10)
    yield
    if "db" in _pool:
        await _pool["db"].close()


@get("/hello")
async def hello() -> dict[str, str]:
    return {"hello": "world"}


@get("/one-query")
async def one_query() -> dict[str, int]:
    return {"value": await _pool["db"].fetchval("SELECT 1")}


app = Litestar([hello, one_query], lifespan=[lifespan])
