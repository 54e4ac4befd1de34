"""The Parley app as served in production, plus two bare WebSocket routes on the same server, the
floors bench_ws.py measures Parley's chat sockets against (same process, same event loop):

- `/bench/echo`: a bare echo, the floor the issue names;
- `/bench/durable`: the least any chat socket with Parley's guarantees must do per message, and
  nothing more: a group-committed INSERT in a tenant transaction (BEGIN + SET LOCAL, insert, COMMIT),
  the ack after the commit, and the batch's events published to Redis in one payload, which this
  process also receives (its sockets would follow other people's messages) and drops. No auth,
  validation, sealing, encryption or sequencing in the database: what it costs is what the mandated
  parts cost on this machine."""

from __future__ import annotations

import asyncio
import os
import uuid
from dataclasses import dataclass, field

import asyncpg
import msgspec
import redis.asyncio as aioredis
from litestar import WebSocket, websocket

from api.asgi import app
from bench.hello_app import tenant_transaction
from domain.conversations.services import ConversationService

# Parley's group commit, so the floor batches as Parley does
WRITE_CONCURRENCY = ConversationService.write_concurrency
MAX_BATCH = ConversationService.max_batch
TENANT = str(uuid.uuid4())
SCHEMA = """
CREATE TABLE IF NOT EXISTS bench_floor_messages (
    tenant_id uuid NOT NULL, session text NOT NULL, seq int NOT NULL, client_id text NOT NULL, content text NOT NULL,
    PRIMARY KEY (session, client_id));
ALTER TABLE bench_floor_messages ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS tenant ON bench_floor_messages;
CREATE POLICY tenant ON bench_floor_messages USING (tenant_id = current_setting('app.tenant_id')::uuid);
GRANT INSERT, SELECT ON bench_floor_messages TO parley_app;
"""


@websocket("/bench/echo")
async def echo(socket: WebSocket) -> None:
    await socket.accept()
    while True:
        message = await socket.receive()
        if message["type"] == "websocket.disconnect":
            return
        await socket.send({"type": "websocket.send", "text": message.get("text") or (message.get("bytes") or b"").decode()})


@dataclass
class _Post:
    session: str
    seq: int
    client_id: str
    content: str
    done: asyncio.Future


@dataclass
class _DurableFloor:
    pool: asyncpg.Pool
    redis: aioredis.Redis
    queued: list[_Post] = field(default_factory=list)
    writers: int = 0
    tasks: set = field(default_factory=set)

    def post(self, post: _Post) -> None:
        self.queued.append(post)
        if self.writers < WRITE_CONCURRENCY:
            self.writers += 1
            task = asyncio.create_task(self._write_batches())
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)

    async def _write_batches(self) -> None:
        try:
            while self.queued:
                batch, self.queued = self.queued[:MAX_BATCH], self.queued[MAX_BATCH:]
                try:
                    await self._write_batch(batch)
                except Exception as exc:  # nothing of the batch is acked
                    for p in batch:
                        p.done.set_exception(exc)
                else:
                    for p in batch:
                        p.done.set_result(None)
        finally:
            self.writers -= 1

    async def _write_batch(self, batch: list[_Post]) -> None:
        async with tenant_transaction(self.pool, TENANT) as conn:
            await conn.execute(
                "INSERT INTO bench_floor_messages SELECT $1::uuid, * FROM unnest($2::text[], $3::int[], $4::text[], $5::text[])",
                TENANT, [p.session for p in batch], [p.seq for p in batch], [p.client_id for p in batch],
                [p.content for p in batch],
            )
        await self.redis.publish("floor:events", msgspec.json.encode(_Batch(
            [p.session for p in batch], [p.seq for p in batch],
            [{"type": "message", "sender": "customer", "seq": p.seq, "client_id": p.client_id, "content": p.content} for p in batch])))

    async def listen(self) -> None:
        pubsub = self.redis.pubsub()
        await pubsub.subscribe("floor:events")
        decode = msgspec.json.Decoder(_Batch).decode
        async for message in pubsub.listen():
            if message["type"] == "message":
                decode(message["data"])  # every event here was its sender's: acknowledged already


class _Batch(msgspec.Struct):
    sessions: list[str]
    seqs: list[int]
    frames: list[dict]


_floor: dict[str, _DurableFloor] = {}
_floor_lock = asyncio.Lock()


async def durable_floor() -> _DurableFloor:
    async with _floor_lock:
        if "floor" not in _floor:
            owner = await asyncpg.connect(os.environ["DATABASE_URL"])
            try:
                await owner.execute(SCHEMA)
            finally:
                await owner.close()
            pool = await asyncpg.create_pool(os.environ.get("APP_DATABASE_URL") or os.environ["DATABASE_URL"],
                                             min_size=WRITE_CONCURRENCY, max_size=WRITE_CONCURRENCY)
            floor = _floor["floor"] = _DurableFloor(pool, aioredis.Redis.from_url(os.environ["REDIS_URL"]))
            listener = asyncio.create_task(floor.listen())
            floor.tasks.add(listener)
        return _floor["floor"]


@websocket("/bench/durable")
async def durable(socket: WebSocket) -> None:
    floor = await durable_floor()
    await socket.accept()
    session, seq = uuid.uuid4().hex, 0
    while True:
        message = await socket.receive()
        if message["type"] == "websocket.disconnect":
            return
        frame = msgspec.json.decode(message.get("text") or message.get("bytes") or b"{}")
        seq += 1
        post = _Post(session, seq, frame["client_id"], frame["content"], asyncio.get_running_loop().create_future())
        floor.post(post)
        await post.done
        await socket.send_text(msgspec.json.encode({"type": "ack", "client_id": post.client_id, "seq": seq}).decode())


app.register(echo)
app.register(durable)
