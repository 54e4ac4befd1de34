"""Browser tests: the built widget in headless Chromium (Debian's `chromium`, driven by Playwright),
a real API process, and a demo website on another origin."""

from __future__ import annotations

import subprocess
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from tests.contract.conftest import free_port, server_env, start_server, stop_process
from tests.integration.payments.conftest import start_peer_once
from tests.mail_inbox import running_inbox

ROOT = Path(__file__).resolve().parents[2]
WIDGET = ROOT / "widget"
CONSOLE = ROOT / "console"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

if not CHROMIUM.exists():
    pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)


def npm_ci(folder: Path) -> None:
    marker = folder / "node_modules" / ".package-lock.json"
    if not marker.exists() or marker.stat().st_mtime < (folder / "package-lock.json").stat().st_mtime:
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=folder, check=True)


@pytest.fixture(scope="session")
def widget_bundle() -> Path:
    """Build the widget as a fresh clone would (npm ci + esbuild)."""
    npm_ci(WIDGET)
    subprocess.run(["node", "build.mjs"], cwd=WIDGET, check=True)
    return WIDGET / "dist" / "parley-widget.js"


@pytest.fixture(scope="session")
def console_dist() -> Path:
    """Build the operator console as a fresh clone would (npm ci + esbuild); the API serves it at /console."""
    npm_ci(CONSOLE)
    subprocess.run(["node", "build.mjs"], cwd=CONSOLE, check=True)
    return CONSOLE / "dist"


@pytest.fixture(scope="session")
def mail_inbox():
    """The SMTP server the API sends transcripts through."""
    with running_inbox() as inbox:
        yield inbox


@pytest.fixture(scope="session")
def api_server(settings, services, widget_bundle, console_dist, mail_inbox):
    port = free_port()
    env = server_env(settings, services) | {
        "PARLEY_WIDGET_BUNDLE": str(widget_bundle),
        "PARLEY_CONSOLE_DIST": str(console_dist),
        "PARLEY_SMTP_URL": f"smtp://127.0.0.1:{mail_inbox.port}",
        "PARLEY_SMTP_FROM": "support@acme.example",
        "PARLEY_STRIPE_API_BASE": start_peer_once().url,  # the payments tests' local Stripe
    }
    process = start_server(env, port)
    yield f"http://127.0.0.1:{port}"
    stop_process(process)  # a long poll still open keeps uvicorn's graceful shutdown waiting


class Site:
    """A website on its own origin (localhost:PORT, while the API is 127.0.0.1:PORT2)."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        pages = self.pages

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                body = pages.get(self.path.split("?")[0])
                if body is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.origin = f"http://localhost:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def page(self, snippet: str) -> str:
        """A host page with its own script and styles, which the widget must leave alone."""
        path = f"/{uuid.uuid4().hex}.html"
        self.pages[path] = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme demo shop</title>
<style>body {{ font-family: serif; background: rgb(250, 240, 230); }} h1 {{ color: rgb(10, 20, 30); }}
button {{ background: rgb(200, 0, 0); }} .msg {{ display: none !important; }}</style>
<script>window.__hostGlobals = Object.keys(window); window.hostScriptRan = true;
document.addEventListener('DOMContentLoaded', () => {{ document.getElementById('counter').textContent = 'host ok'; }});</script>
</head><body><main><h1>Acme demo shop</h1><p id="counter">…</p><button id="host-button">Buy</button></main>
{snippet}
</body></html>"""
        return f"{self.origin}{path}"

    def close(self) -> None:
        self.server.shutdown()


@pytest.fixture(scope="session")
def site():
    s = Site()
    yield s
    s.close()


@pytest.fixture(scope="session")
async def browser():
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        b = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        await b.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


class Owner:
    def __init__(self, api: str) -> None:
        self.api = api
        email = f"widget-{uuid.uuid4().hex[:10]}@example.com"
        r = httpx.post(f"{api}/v1/auth/signup", json={"company": "Acme", "name": "Ada", "email": email, "password": "a long passphrase"})
        assert r.status_code == 201, r.text
        self.token = r.json()["tokens"]["access_token"]
        self.tenant_id = r.json()["tenant"]["id"]
        self.headers = {"Authorization": f"Bearer {self.token}"}

    def chatbot(self, **fields) -> dict:
        body = {"name": "Acme Support", "welcome_message": "Hi! How can we help?"} | fields
        r = httpx.post(f"{self.api}/v1/chatbots", json=body, headers=self.headers)
        assert r.status_code == 201, r.text
        return r.json()

    def embed(self, chatbot_id: str) -> dict:
        r = httpx.get(f"{self.api}/v1/chatbots/{chatbot_id}/embed", headers=self.headers)
        assert r.status_code == 200, r.text
        return r.json()

    def conversations(self, chatbot_id: str) -> list[dict]:
        r = httpx.get(f"{self.api}/v1/conversations", params={"chatbot_id": chatbot_id}, headers=self.headers)
        assert r.status_code == 200, r.text
        return r.json()["items"]

    def transcript(self, session_id: str) -> list[dict]:
        r = httpx.get(f"{self.api}/v1/conversations/{session_id}/messages", params={"limit": 500}, headers=self.headers)
        assert r.status_code == 200, r.text
        return r.json()["events"]

    def visitor_messages(self, session_id: str) -> list[str]:
        return [e["content"] for e in self.transcript(session_id) if e["kind"] == "message" and e["sender"] == "customer"]


@pytest.fixture
def owner(api_server) -> Owner:
    return Owner(api_server)


def eventually(check, timeout: float = 20.0):
    """Polls `check()` (the browser and the API server run beside this thread) until it is truthy."""
    deadline = time.monotonic() + timeout
    while True:
        found = check()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError("not true in time")
        time.sleep(0.2)
