"""The operator console is TypeScript (Preact) on the generated SDK: `tsc` (strict, console/tsconfig.json) finds no
error, and its build stays within the 150 KB gzipped budget."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONSOLE = ROOT / "console"

if not shutil.which("node") or not shutil.which("npm"):
    pytest.skip("the console needs Node 20 and npm", allow_module_level=True)


@pytest.fixture(scope="module")
def installed() -> Path:
    from tests.e2e.conftest import npm_ci

    npm_ci(CONSOLE)
    return CONSOLE


def test_the_console_type_checks_strictly(installed):
    checked = subprocess.run([str(installed / "node_modules" / ".bin" / "tsc"), "-p", str(installed)],
                             cwd=ROOT, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_console_build_is_within_its_budget(installed):
    built = subprocess.run(["node", "build.mjs"], cwd=installed, capture_output=True, text=True)
    assert built.returncode == 0, built.stdout + built.stderr
    size = json.loads((installed / "dist" / "size.json").read_text())
    assert 5_000 < size["gzip_bytes"] <= 150 * 1024, size
    assert "KB gzipped" in built.stdout
