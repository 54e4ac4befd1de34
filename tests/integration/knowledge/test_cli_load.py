"""`parley load-knowledge`: bulk-load a folder and a JSONL corpus from the command line."""

import json
import subprocess
import sys
from pathlib import Path

from tests.contract.conftest import server_env

ROOT = Path(__file__).resolve().parents[3]


async def test_cli_bulk_loads_files_and_jsonl_then_search_finds_them(client, tenant, chatbot, settings, services, tmp_path):
    key = await client.post(
        "/v1/api-keys", headers=tenant.headers, json={"name": "loader", "scopes": ["knowledge:write", "knowledge:read"]}
    )
    assert key.status_code == 201, key.text
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "refunds.md").write_text("# Refunds\n\nRefunds are paid back to the original card within 5 business days.\n")
    (folder / "shipping.txt").write_text("Orders ship from Rotterdam every weekday before noon.\n")
    (folder / "logo.png").write_bytes(b"\x89PNG not knowledge")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a1", "title": "Gift cards", "text": "Gift cards never expire and work in every store."}) + "\n"
    )
    env = server_env(settings, services) | {"PARLEY_API_KEY": key.json()["secret"], "PARLEY_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "api.cli", "load-knowledge", "--chatbot", chatbot["id"], "--inline", str(folder), str(corpus)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "3 sources queued, 0 refused; 3 ready" in done.stdout
    assert "ingested" in done.stderr and "100%" in done.stderr  # the progress bars

    found = await client.post(
        f"/v1/chatbots/{chatbot['id']}/knowledge/search", headers=tenant.headers, json={"query": "do gift cards expire?"}
    )
    assert found.status_code == 200, found.text
    assert "never expire" in found.json()["results"][0]["text"]


def test_cli_refuses_without_an_api_key(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "PARLEY_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "api.cli", "load-knowledge", "--chatbot", "x", str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 2
    assert "PARLEY_API_KEY" in done.stderr


async def test_cli_names_and_skips_jsonl_lines_of_another_shape(client, tenant, chatbot, settings, services, tmp_path):
    key = await client.post("/v1/api-keys", headers=tenant.headers, json={"name": "loader", "scopes": ["knowledge:write"]})
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"title": "Returns", "text": "Returns are free within 30 days."}) + "\n"
        + json.dumps({"id": "q1", "body": "a line of another shape"}) + "\n"
        + "not json at all\n\n"
        + json.dumps(["a", "list"]) + "\n"
    )
    env = server_env(settings, services) | {"PARLEY_API_KEY": key.json()["secret"], "PARLEY_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "api.cli", "load-knowledge", "--chatbot", chatbot["id"], "--inline", str(corpus)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 1  # the good line was loaded; the exit status still says something was not
    assert "1 sources queued, 3 refused; 1 ready" in done.stdout
    assert f'{corpus}:2: no "text" string; expected one JSON object a line: {{"text": "…"}}' in done.stderr
    assert f"{corpus}:3: not JSON" in done.stderr and f"{corpus}:5: no \"text\" string" in done.stderr


def test_cli_help_says_which_key_and_format_it_needs():
    done = subprocess.run(
        [sys.executable, "-m", "api.cli", "load-knowledge", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    help_text = " ".join(done.stdout.split())
    assert "PARLEY_API_KEY" in help_text and "knowledge:write" in help_text and '{"text": "…"}' in help_text
