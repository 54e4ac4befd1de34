"""`parley up` keeps its stack running: a kill -9 of the API, the worker or the embedded Redis is
followed by a restart (with backoff), not by the end of everything."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil

from tests.contract.conftest import free_port
from tests.integration.foundation.test_up_command import stop_up

ROOT = Path(__file__).resolve().parents[3]


def start_up(data_dir: Path, port: int, log_file: Path) -> subprocess.Popen:
    """`parley up` with its output in a file (a pipe nobody reads would block the supervisor's logs)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PARLEY_", "DATABASE_URL", "APP_DATABASE_URL", "REDIS_URL"))}
    env |= {"PARLEY_DATA_DIR": str(data_dir), "PARLEY_PORT": str(port)}
    with log_file.open("w") as out:
        process = subprocess.Popen([sys.executable, "-m", "api.cli", "up"], cwd=ROOT, env=env, stdout=out, stderr=out)
    deadline = time.monotonic() + 90
    while "Parley is up" not in log_file.read_text():
        assert process.poll() is None, log_file.read_text()[-3000:]
        assert time.monotonic() < deadline, "`parley up` did not come up"
        time.sleep(0.2)
    return process


def _child(process, marker: str) -> psutil.Process:
    for child in psutil.Process(process.pid).children(recursive=True):
        if marker in " ".join(child.cmdline()):
            return child
    running = [" ".join(c.cmdline()) for c in psutil.Process(process.pid).children(recursive=True)]
    raise AssertionError(f"no child running {marker}: {running}")


def _wait(check, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            if check():
                return
        except (httpx.TransportError, AssertionError):  # not back yet
            pass
        assert time.monotonic() < deadline, f"{what} within {seconds} s"
        time.sleep(0.2)


def test_up_restarts_a_killed_api_worker_and_redis(tmp_path):
    data_dir, port = tmp_path / "data", free_port()
    base = f"http://127.0.0.1:{port}"
    log_file = tmp_path / "up.log"
    process = start_up(data_dir, port, log_file)
    try:
        body = {"company": "Phoenix", "name": "Fay", "email": "fay@phoenix.example", "password": "rises again"}
        assert httpx.post(f"{base}/v1/auth/signup", json=body).status_code == 201

        api = _child(process, "uvicorn")
        api.send_signal(signal.SIGKILL)
        api.wait(5)
        _wait(lambda: httpx.get(f"{base}/health", timeout=1).status_code == 200, 30, "the API came back")
        assert process.poll() is None
        assert _child(process, "uvicorn").pid != api.pid

        worker = _child(process, "infrastructure.jobs.worker")
        worker.send_signal(signal.SIGKILL)
        worker.wait(5)
        _wait(lambda: _child(process, "infrastructure.jobs.worker").pid != worker.pid, 30, "the worker came back")

        # The embedded Redis (daemonized, so not a child): back on the same socket and data.
        redis_url = next(line for line in (data_dir / "services.env").read_text().splitlines() if line.startswith("REDIS_URL="))
        socket_file = Path(redis_url.split("unix://", 1)[1])
        os.kill(int((socket_file.parent / "redis.pid").read_text()), signal.SIGKILL)
        _wait(lambda: httpx.get(f"{base}/ready", timeout=2).json()["redis"] == "ok", 30, "Redis came back")
        login = httpx.post(f"{base}/v1/auth/login", json={"email": body["email"], "password": body["password"]})
        assert login.status_code == 200, login.text
        assert process.poll() is None
    except AssertionError:
        print(log_file.read_text()[-5000:])
        raise
    finally:
        stop_up(process, data_dir)
