"""Helpers for conversation tests: an in-process uvicorn server, chatbots, visitor entry, and a
WebSocket client that records every frame."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import uvicorn
from websockets.asyncio.client import connect

from domain.conversations.model import Sender
from domain.conversations.services import Actor

ORIGIN = "https://shop.example.com"


async def start_server(app) -> tuple[uvicorn.Server, asyncio.Task, int]:
    config = uvicorn.Config(app, host="127.0.0.1", port=0, lifespan="on", log_level="warning", ws_ping_interval=None)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    for _ in range(200):
        if server.started:
            break
        await asyncio.sleep(0.02)
    assert server.started, "uvicorn did not start"
    port = server.servers[0].sockets[0].getsockname()[1]
    return server, task, port


async def stop_server(server: uvicorn.Server, task: asyncio.Task) -> None:
    server.should_exit = True
    try:
        await asyncio.wait_for(task, 10)
    except TimeoutError:
        task.cancel()


@dataclass
class Bot:
    id: str
    public_id: str
    tenant: Any


async def make_chatbot(client, tenant, origins=(ORIGIN,), **extra) -> Bot:
    r = await client.post(
        "/v1/chatbots", headers=tenant.headers, json={"name": "Support", "allowed_origins": list(origins), **extra}
    )
    assert r.status_code == 201, r.text
    return Bot(r.json()["id"], r.json()["public_id"], tenant)


async def enter(client, public_id: str, origin: str | None = ORIGIN, **body) -> Any:
    headers = {"Origin": origin} if origin else {}
    return await client.post(f"/v1/widget/{public_id}/sessions", json=body, headers=headers)


async def visitor(client, bot: Bot, **body) -> dict:
    r = await enter(client, bot.public_id, **body)
    assert r.status_code == 201, r.text
    return r.json()


class Socket:
    """A WebSocket client that keeps every frame it receives, for assertions."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.frames: list[dict] = []
        self._cursor = 0

    async def send(self, frame: dict | str | bytes) -> None:
        await self.ws.send(frame if isinstance(frame, (str, bytes)) else json.dumps(frame))

    async def next(self, predicate: Callable[[dict], bool] = lambda f: True, timeout: float = 5.0) -> dict:
        """The next frame (after the last one returned) that matches."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            while self._cursor < len(self.frames):
                frame = self.frames[self._cursor]
                self._cursor += 1
                if predicate(frame):
                    return frame
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise AssertionError(f"no matching frame within {timeout}s; got {self.frames[-5:]}")
            raw = await asyncio.wait_for(self.ws.recv(), remaining)
            self.frames.append(json.loads(raw))

    async def of_type(self, kind: str, timeout: float = 5.0, **match) -> dict:
        return await self.next(lambda f: f.get("type") == kind and all(f.get(k) == v for k, v in match.items()), timeout)

    async def drain(self, seconds: float = 0.3) -> list[dict]:
        try:
            while True:
                raw = await asyncio.wait_for(self.ws.recv(), seconds)
                self.frames.append(json.loads(raw))
        except (TimeoutError, Exception):
            pass
        return self.frames

    def events(self, session_id: str | None = None) -> list[dict]:
        return [f for f in self.frames if "seq" in f and f.get("type") in ("message", "status", "read")
                and (session_id is None or f["session_id"] == session_id)]

    async def close(self) -> None:
        await self.ws.close()


async def open_socket(base: str, path: str, origin: str | None = ORIGIN, **params) -> Socket:
    query = "&".join(f"{k}={v}" for k, v in params.items() if v is not None)
    headers = {"Origin": origin} if origin else {}
    ws = await connect(f"ws://{base}{path}?{query}", additional_headers=headers, open_timeout=5, max_size=2**22)
    return Socket(ws)


async def visitor_socket(base: str, entry: dict, after_seq: int | None = None, origin: str | None = ORIGIN) -> Socket:
    sock = await open_socket(base, "/v1/ws/visitor", origin=origin, token=entry["visitor_token"],
                             session_id=entry["session"]["id"], after_seq=after_seq)
    ready = await sock.of_type("ready")
    assert ready["role"] == "visitor"
    return sock


async def operator_socket(base: str, token: str) -> Socket:
    sock = await open_socket(base, "/v1/ws/operator", origin=None, token=token)
    await sock.of_type("ready")
    return sock


def cid() -> str:
    return uuid.uuid4().hex


async def watched_visitor(base: str, token: str, entry: dict) -> tuple[Socket, Socket, dict]:
    """An operator subscribed to the visitor's session, then the visitor connected: (operator, visitor,
    the `online` presence frame the operator received)."""
    op = await operator_socket(base, token)
    await op.send({"type": "subscribe", "session_id": entry["session"]["id"]})
    await op.of_type("caught_up")
    v = await visitor_socket(base, entry)
    online = await op.of_type("presence", role="visitor", status="online")
    return op, v, online


async def session_listener(container, session_id, tenant_id) -> Any:
    """A raw Redis subscriber on the session's channel (ephemeral frames) and its workspace's event
    channel (durable events), as another process would have."""
    pubsub = container.redis.pubsub()
    await pubsub.subscribe(f"parley.s.{session_id}", f"parley.e.{tenant_id}")
    for _ in range(2):
        await pubsub.get_message(timeout=1)  # the subscribe confirmations
    return pubsub


class _LostFanOut:
    """An EventPublisher whose every publish is lost (a process killed before it published, a Redis blip)."""

    async def session_events(self, tenant_id, events):
        return None

    async def session_changed(self, tenant_id, session):
        return None


async def post_unpublished(container, tenant, entry: dict, content: str, client_id: str) -> None:
    """An operator's message stored in the visitor's session but never fanned out."""
    silent = dataclasses.replace(container.conversations, publisher=_LostFanOut())
    await silent.post_message(UUID(tenant.id), UUID(entry["session"]["id"]), Actor(sender=Sender.human), content,
                              client_id=client_id)
