"""A first start of the embedded PostgreSQL says one line; initdb's output goes to a log file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

FIRST_START = """
import sys
from pathlib import Path
from infrastructure.embedded import EmbeddedServices
from infrastructure.logging import configure_logging

configure_logging("info")  # as `parley up` does
services = EmbeddedServices(Path(sys.argv[1]))
try:
    services.start_postgres()
finally:
    services.stop()
"""


def test_first_start_keeps_initdb_output_in_a_log(tmp_path):
    done = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", FIRST_START, str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stderr.splitlines()
    assert len(lines) == 2, lines  # "first start …" and "ready"
    assert "first start" in lines[0] and str(tmp_path / "pgserver.log") in lines[0]
    assert "bin/initdb" in (tmp_path / "pgserver.log").read_text()
