"""The README's first command: everything starts, data survives a restart, Ctrl-C leaves no orphans."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil

from tests.contract.conftest import free_port

ROOT = Path(__file__).resolve().parents[3]


def start_up(data_dir: Path, port: int) -> tuple[subprocess.Popen, float]:
    """Runs `parley up`; returns the process and the seconds until it said it is up."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "APP_DATABASE_URL", "REDIS_URL")}
    env |= {"PARLEY_DATA_DIR": str(data_dir), "PARLEY_PORT": str(port)}
    env = {k: v for k, v in env.items() if not k.startswith("PARLEY_") or k in ("PARLEY_DATA_DIR", "PARLEY_PORT")}
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "up"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    for line in process.stderr:
        if line.startswith("Parley is up"):
            return process, time.monotonic() - started
    raise AssertionError(f"`parley up` ended without coming up (exit {process.wait()})")


def stop_up(process: subprocess.Popen, data_dir: Path) -> None:
    children = psutil.Process(process.pid).children(recursive=True)
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 0
    time.sleep(0.5)
    leftovers = [p for p in children if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    assert not leftovers, f"orphaned: {[p.cmdline() for p in leftovers]}"
    for p in psutil.process_iter(["cmdline", "cwd"]):
        # postgres names its data folder on the command line; redis-server runs inside its folder.
        assert str(data_dir) not in " ".join(p.info["cmdline"] or []), f"orphaned: {p.info['cmdline']}"
        assert not (p.info["cwd"] or "").startswith(str(data_dir)), f"orphaned: {p.info['cmdline']}"


def test_up_serves_docs_keeps_data_and_stops_cleanly(tmp_path):
    data_dir, port = tmp_path / "data", free_port()
    base = f"http://127.0.0.1:{port}"
    process, _ = start_up(data_dir, port)
    try:
        assert httpx.get(f"{base}/health").json() == {"status": "ok"}
        assert httpx.get(f"{base}/docs").status_code == 200
        assert httpx.get(f"{base}/ready").json()["database"] == "ok"
        body = {"company": "Restart Co", "name": "Ray", "email": "ray@restart.example", "password": "survives restarts"}
        assert httpx.post(f"{base}/v1/auth/signup", json=body).status_code == 201
        # Other commands find the running services here instead of starting their own.
        assert "REDIS_URL=" in (data_dir / "services.env").read_text()
    finally:
        stop_up(process, data_dir)
    assert not (data_dir / "services.env").exists()

    process, _ = start_up(data_dir, port)  # how fast: bench/bench_startup.py
    try:
        login = httpx.post(f"{base}/v1/auth/login", json={"email": body["email"], "password": body["password"]})
        assert login.status_code == 200, login.text
    finally:
        stop_up(process, data_dir)
