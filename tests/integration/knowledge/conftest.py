"""Knowledge fixtures: a chatbot per test, a local website (the SSRF guard is relaxed for it, as the
setting allows), and a helper that runs what the worker would run for a queued source."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from uuid import UUID

import pytest


@pytest.fixture
async def chatbot(client, tenant) -> dict:
    response = await client.post("/v1/chatbots", json={"name": "Helpdesk"}, headers=tenant.headers)
    assert response.status_code == 201, response.text
    return response.json()


def kb(chatbot: dict) -> str:
    return f"/v1/chatbots/{chatbot['id']}/knowledge"


async def ingest(container, tenant, source: dict) -> dict:
    """Run the worker's ingestion for a source the API queued, then return the source as the API shows it."""
    await container.knowledge.ingest(UUID(tenant.id), UUID(source["id"]))
    return source


async def add_and_ingest(client, container, tenant, chatbot: dict, body: dict) -> dict:
    response = await client.post(f"{kb(chatbot)}/sources", json=body, headers=tenant.headers)
    assert response.status_code == 202, response.text
    await container.knowledge.ingest(UUID(tenant.id), UUID(response.json()["id"]))
    got = await client.get(f"{kb(chatbot)}/sources/{response.json()['id']}", headers=tenant.headers)
    assert got.status_code == 200, got.text
    return got.json()


async def search(client, tenant, chatbot: dict, query: str, **extra) -> dict:
    response = await client.post(f"{kb(chatbot)}/search", json={"query": query, **extra}, headers=tenant.headers)
    assert response.status_code == 200, response.text
    return response.json()


@dataclass
class Site:
    """A small website served from this machine; tests change `pages` between requests."""

    base: str = ""
    pages: dict[str, tuple[int, str, bytes | str, dict]] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)
    embed_requests: list[dict] = field(default_factory=list)

    def page(self, path: str, body: bytes | str, *, status: int = 200, ctype: str = "text/html; charset=utf-8",
             headers: dict | None = None) -> None:
        self.pages[path] = (status, ctype, body, headers or {})

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def site(container):
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802
            state.hits.append(self.path)
            status, ctype, body, headers = state.pages.get(self.path, (404, "text/plain", b"not found", {}))
            data = body.encode() if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:  # noqa: N802 - an embeddings API (OpenAI / Voyage wire format)
            length = int(self.headers.get("Content-Length", 0))
            body = json.loads(self.rfile.read(length))
            state.embed_requests.append({"path": self.path, "auth": self.headers.get("Authorization"), **body})
            if self.headers.get("Authorization") != "Bearer sk-test":
                payload, status = {"error": {"message": "invalid api key"}}, 401
            else:
                from infrastructure.embeddings.hashing import HashingEmbedder

                embedder = HashingEmbedder(384)
                data = [{"object": "embedding", "index": i, "embedding": embedder.vector(t)}
                        for i, t in enumerate(body["input"])]
                payload, status = {"object": "list", "data": list(reversed(data)), "model": body["model"]}, 200
            out = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    web = container.knowledge.web
    saved = (web.allow_private, web.delay_seconds)
    web.allow_private, web.delay_seconds = True, 0.0
    yield state
    web.allow_private, web.delay_seconds = saved
    server.shutdown()
    server.server_close()
