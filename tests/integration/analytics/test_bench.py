"""The analytics bench runs (at toy sizes), so a change under it cannot break it unnoticed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_bench_analytics_runs(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "APP_DATABASE_URL", "REDIS_URL")}
    env["TMPDIR"] = str(tmp_path)  # its own embedded services, removed with the folder
    done = subprocess.run(
        [sys.executable, "bench/bench_analytics.py", "--chatbots", "2", "--days", "40", "--repeat", "3", "--events", "20",
         "--conversations", "30", "--messages", "200", "--reports", "1"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "overview  90 days" in done.stdout and "rollup cost per event" in done.stdout
    assert "seeded 30 conversations and 200 messages" in done.stdout and "PDF report, 90 days" in done.stdout
