"""A partner's webhook receiver on 127.0.0.1 (uvicorn, a raw ASGI app): it verifies every delivery with
the `standardwebhooks` library, as a partner would, and can misbehave on purpose by path."""

from __future__ import annotations

import asyncio
import socket
import time
from collections import defaultdict
from dataclasses import dataclass, field

import uvicorn
from standardwebhooks.webhooks import Webhook, WebhookVerificationError


@dataclass
class Received:
    path: str
    msg_id: str
    payload: dict
    at: float


@dataclass
class Receiver:
    secrets: dict[str, list[str]] = field(default_factory=dict)  # path -> secrets any of which must verify
    received: list[Received] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # why a delivery failed verification
    hits: defaultdict = field(default_factory=lambda: defaultdict(int))
    failing: set[str] = field(default_factory=set)  # paths that answer 500 for now
    held: set[str] = field(default_factory=set)  # paths whose requests wait (unanswered) until `release` is set
    release: asyncio.Event = field(default_factory=asyncio.Event)
    waiting: int = 0  # requests held so far
    port: int = 0
    _server: uvicorn.Server | None = None
    _task: asyncio.Task | None = None
    _closing: asyncio.Event = field(default_factory=asyncio.Event)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def ids(self, path: str) -> set[str]:
        return {r.msg_id for r in self.received if r.path == path}

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        path = scope["path"]
        self.hits[path] += 1
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        if path in self.held and not self.release.is_set():  # in flight until the test says; then processed
            self.waiting += 1
            await self.release.wait()
        if path == "/hang":  # until the receiver stops: a handler still sleeping would hold up uvicorn's shutdown
            await self._closing.wait()
            return
        status, answer = 200, b"ok"
        if path == "/gone":
            status = 410
        elif path == "/fail" or path in self.failing:
            status = 500
        elif path == "/huge":
            answer = b"x" * 5_000_000
        elif path != "/dribble":
            secrets = self.secrets.get(path)
            if not secrets:
                status = 404
            else:
                try:  # every secret the partner holds for this endpoint must verify on its own
                    payload = [Webhook(secret).verify(body, headers) for secret in secrets][0]
                    self.received.append(Received(path, headers["webhook-id"], payload, time.monotonic()))
                except WebhookVerificationError as exc:
                    self.refused.append(f"{path}: {exc}")
                    status = 400
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"text/plain")]})
        if path == "/dribble":
            for _ in range(100):
                await send({"type": "http.response.body", "body": b".", "more_body": True})
                await asyncio.sleep(0.2)
        await send({"type": "http.response.body", "body": answer})

    async def start(self) -> Receiver:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self, log_level="warning", lifespan="off", timeout_graceful_shutdown=0)
        self._server = uvicorn.Server(config)
        self._task = asyncio.create_task(self._server.serve(sockets=[sock]))
        while not self._server.started:
            await asyncio.sleep(0.01)
        return self

    async def stop(self) -> None:
        assert self._server is not None and self._task is not None
        self._closing.set()
        self._server.should_exit = True
        self._server.force_exit = True
        # asyncio.wait, not wait_for: on 3.11 wait_for waits for a cancelled task that will not end
        done, _ = await asyncio.wait({self._task}, timeout=5)
        if not done:
            self._task.cancel()
