"""A real API process (uvicorn) on the test database and Redis, for black-box contract tests."""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(settings, services) -> dict[str, str]:
    key = lambda raw: base64.urlsafe_b64encode(raw).decode().rstrip("=")  # noqa: E731
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PARLEY_", "DATABASE_URL", "APP_DATABASE_URL", "REDIS_URL"))}
    env |= {
        "PARLEY_SECRET_KEY": key(settings.secret_key),
        "PARLEY_MASTER_KEY": key(settings.master_key),
        "PARLEY_ENV": "test",
        "DATABASE_URL": services.owner_url,
        "REDIS_URL": services.redis_url,
        "PARLEY_RATE_LIMIT_FREE": "1000000",
        "PARLEY_PUBLIC_RATE_LIMIT": "1000000",
        "LOG_LEVEL": "warning",
    }
    if services.app_url:
        env["APP_DATABASE_URL"] = services.app_url
    return env


def start_server(env: dict[str, str], port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "serve", "--port", str(port)], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"API process exited: {process.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("API process did not become healthy in 30 s")


def start_worker(env: dict[str, str]) -> subprocess.Popen:
    """The worker, as `./just up` runs it beside the API (knowledge is ingested there)."""
    return subprocess.Popen(
        [sys.executable, "-m", "infrastructure.jobs.worker"], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def stop_process(process: subprocess.Popen, timeout: float = 10) -> bool:
    """SIGTERM, then SIGKILL if it has not ended within `timeout`: a process left running (a worker) would take the
    jobs later tests queue on the shared Redis. Returns whether it stopped by itself."""
    if process.poll() is not None:
        return True
    process.terminate()
    try:
        process.wait(timeout=timeout)
        return True
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
        return False


@pytest.fixture(scope="session")
def live_server(settings, services, tmp_path_factory):
    port = free_port()
    # The embed endpoint answers 503 while the widget is not built; a stand-in file is enough here.
    bundle = tmp_path_factory.mktemp("widget") / "parley-widget.js"
    bundle.write_text("/* stand-in for widget/dist/parley-widget.js */\n")
    process = start_server(server_env(settings, services) | {"PARLEY_WIDGET_BUNDLE": str(bundle)}, port)
    yield f"http://127.0.0.1:{port}"
    assert stop_process(process), "the API did not stop within 10 s of SIGTERM"
