"""How long `parley up` takes to be up: first start (fresh data folder) and a second start that
reuses the data (target: under 10 s). Also checks that data survived the restart.

    ./just bench-startup
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.support import scratch_dir  # noqa: E402
from tests.contract.conftest import free_port  # noqa: E402
from tests.integration.foundation.test_up_command import start_up, stop_up  # noqa: E402


def main() -> None:
    data_dir, port = scratch_dir("parley-startup-") / "data", free_port()
    base = f"http://127.0.0.1:{port}"
    timings = []
    for attempt in ("first start (empty data folder)", "second start (same data)", "third start (same data)"):
        process, seconds = start_up(data_dir, port)
        try:
            if not timings:
                body = {"company": "Boot", "name": "Boot", "email": "boot@example.com", "password": "boot password"}
                assert httpx.post(f"{base}/v1/auth/signup", json=body).status_code == 201
            else:
                login = httpx.post(f"{base}/v1/auth/login", json={"email": "boot@example.com", "password": "boot password"})
                assert login.status_code == 200, "data did not survive the restart"
        finally:
            stop_up(process, data_dir)
        timings.append((attempt, seconds))
    for attempt, seconds in timings:
        print(f"{attempt:<36}{seconds:6.1f} s")
    print(f"\nsecond start: {timings[1][1]:.1f} s (target < 10 s); data survived both restarts")


if __name__ == "__main__":
    main()
