"""`./just up` on a fresh clone builds the widget and the operator console before it starts Parley (and only when
they are stale)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

if not shutil.which("node") or not shutil.which("npm"):
    pytest.skip("the widget build needs Node 20 and npm", allow_module_level=True)


@pytest.fixture
def clone(tmp_path) -> Path:
    """What a fresh clone holds for `./just up` (no widget/dist, no console/dist), with this checkout's venv and node_modules."""
    for app in ("widget", "console"):
        if not (ROOT / app / "node_modules").is_dir():
            subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=ROOT / app, check=True)
    for name in ("just", "justfile", "pyproject.toml"):
        shutil.copy2(ROOT / name, tmp_path / name)
    (tmp_path / ".venv").symlink_to(ROOT / ".venv")
    for app in ("widget", "console"):
        shutil.copytree(ROOT / app, tmp_path / app, ignore=shutil.ignore_patterns("node_modules", "dist"))
        (tmp_path / app / "node_modules").symlink_to(ROOT / app / "node_modules")
    shutil.copytree(ROOT / "clients" / "typescript", tmp_path / "clients" / "typescript", ignore=shutil.ignore_patterns("node_modules"))
    return tmp_path


def just_up(clone: Path) -> subprocess.CompletedProcess:
    # `parley up --help` stops right after the wrapper's build step.
    env = {k: v for k, v in os.environ.items() if k != "PARLEY_DATA_DIR"}
    return subprocess.run(["./just", "up", "--help"], cwd=clone, env=env, capture_output=True, text=True, timeout=300)


def test_just_up_builds_a_missing_or_stale_widget_first(clone):
    bundle = clone / "widget" / "dist" / "parley-widget.js"
    first = just_up(clone)
    assert first.returncode == 0, first.stderr
    assert "usage: parley up" in first.stdout
    assert "building the chat widget" in first.stderr
    assert bundle.stat().st_size > 10_000, (clone / ".data" / "widget-build.log").read_text()
    assert "building the operator console" in first.stderr
    console = clone / "console" / "dist" / "console.js"
    assert console.stat().st_size > 10_000, (clone / ".data" / "console-build.log").read_text()
    assert {p.name for p in console.parent.iterdir()} >= {"index.html", "console.js", "console.css"}

    built_at = bundle.stat().st_mtime_ns
    again = just_up(clone)
    assert again.returncode == 0 and "building" not in again.stderr
    assert bundle.stat().st_mtime_ns == built_at  # fresh: not rebuilt
    console_built_at = console.stat().st_mtime_ns

    later = time.time() + 5
    os.utime(clone / "widget" / "src" / "index.ts", (later, later))  # a source edited after the build
    stale = just_up(clone)
    assert stale.returncode == 0 and "building the chat widget" in stale.stderr
    assert bundle.stat().st_mtime_ns != built_at
    assert "building the operator console" not in stale.stderr and console.stat().st_mtime_ns == console_built_at

    os.utime(clone / "console" / "src" / "main.tsx", (later, later))
    stale = just_up(clone)
    assert stale.returncode == 0 and "building the operator console" in stale.stderr
    assert console.stat().st_mtime_ns != console_built_at
