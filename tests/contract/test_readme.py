"""The README's Try-it block, run as written (by bash, with curl and python3) against a running API and
worker, so the first thing a new owner types cannot rot."""

from __future__ import annotations

import json
import re
import subprocess
from urllib.parse import urlsplit

import pytest

from tests.contract.conftest import ROOT, server_env, start_worker, stop_process

README = ROOT / "README.md"


def try_it_blocks() -> list[str]:
    """The shell blocks of the "Try it" section, except the one that starts the server."""
    section = README.read_text().split("## Try it", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    return [b for b in blocks if b.strip() != "./just up"]


def json_values(text: str) -> list:
    """The JSON documents printed one after another (curl adds no newline)."""
    decoder, values, at = json.JSONDecoder(), [], 0
    while (at := text.find("{", at)) != -1:
        value, at = decoder.raw_decode(text, at)
        values.append(value)
    return values


@pytest.fixture
def worker(settings, services, live_server):
    import redis

    with redis.Redis.from_url(services.redis_url) as r:
        r.delete("arq:queue")  # jobs other tests queued and never meant to run
    process = start_worker(server_env(settings, services))
    yield process
    assert stop_process(process, timeout=30), "the worker did not stop within 30 s of SIGTERM"


def test_the_readme_try_it_runs_as_written(live_server, worker, tmp_path):
    blocks = try_it_blocks()
    assert len(blocks) == 1, "the Try-it section has one block to run beside `./just up`"
    port = urlsplit(live_server).port
    # curl reads $CURL_HOME/.curlrc: it sends localhost:8000 to the test server, and fails on an HTTP
    # error (printing the problem) so `set -e` stops at the step that broke.
    (tmp_path / ".curlrc").write_text(f"connect-to = localhost:8000:127.0.0.1:{port}\nfail-with-body\nmax-time = 30\n")
    done = subprocess.run(
        ["bash", "-c", "set -euo pipefail\n" + blocks[0]], cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(tmp_path), "CURL_HOME": str(tmp_path)},
    )
    assert done.returncode == 0, f"stdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-2000:]}"
    search, embed = json_values(done.stdout)
    assert "30 days" in search["results"][0]["text"]
    assert embed["snippet"].startswith("<script") and embed["integrity"] in embed["snippet"]
    assert embed["preview_url"].startswith("http://localhost:8000/v1/widget/") and embed["preview_origin_allowed"]


def test_the_configuration_table_lists_every_setting():
    """Every variable infrastructure/settings.py reads has a row (`PARLEY_X_FREE` / `_PRO` rows count for both: a `_SUFFIX` replaces the last word of the name before it)."""
    read = set(re.findall(r'get\(\s*"([A-Z][A-Z0-9_]+)"', (ROOT / "infrastructure" / "settings.py").read_text()))
    table = README.read_text().split("## Configuration", 1)[1].split("\n## ", 1)[0]
    documented: set[str] = set()
    for row in table.splitlines():
        if not row.startswith("| `"):
            continue
        full = ""
        for name in re.findall(r"`([A-Z_][A-Z0-9_]*)`", row.split("|")[1]):
            full = name if not name.startswith("_") else full.rsplit("_", 1)[0] + name  # `_SECRET` after `X_CLIENT_ID`
            documented.add(full)
    assert read - documented == set(), "add these to the README's configuration table"
