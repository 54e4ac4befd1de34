"""Serving the widget bundle: never a snippet for a missing build; Brotli or gzip by Accept-Encoding,
with the SRI hash over the uncompressed bytes; one charset in each text Content-Type."""

from __future__ import annotations

import base64
import gzip
import hashlib
from pathlib import Path

import brotli
import pytest

# Minified-looking JavaScript of about the widget's size: repetitive enough to compress like it.
SCRIPT = ("(()=>{" + "".join(f"var a{i}=document.createElement('div');a{i}.className='p{i % 40}';" for i in range(900)) + "})();").encode()


@pytest.fixture
async def chatbot(client, tenant) -> dict:
    r = await client.post("/v1/chatbots", json={"name": "Shop"}, headers=tenant.headers)
    assert r.status_code == 201, r.text
    return r.json()


@pytest.fixture
def bundle_file(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "parley-widget.js"
    monkeypatch.setenv("PARLEY_WIDGET_BUNDLE", str(path))
    return path


async def raw_get(client, url: str, accept_encoding: str):
    """The response with its body as sent (httpx would undo the Content-Encoding)."""
    async with client.stream("GET", url, headers={"Accept-Encoding": accept_encoding}) as r:
        return r, b"".join([chunk async for chunk in r.aiter_raw()])


async def test_an_unbuilt_widget_gets_a_503_that_says_how_to_build_it(client, tenant, chatbot, bundle_file):
    embed = await client.get(f"/v1/chatbots/{chatbot['id']}/embed", headers=tenant.headers)
    assert embed.status_code == 503
    assert embed.headers["content-type"] == "application/problem+json"
    assert "./just widget" in embed.json()["detail"]
    for path in (f"/v1/widget/{chatbot['public_id']}/preview", "/widget/parley-widget.js"):
        assert (await client.get(path)).status_code == 503, path


async def test_the_bundle_is_served_precompressed_by_accept_encoding(client, tenant, chatbot, bundle_file):
    bundle_file.write_bytes(SCRIPT)
    embed = (await client.get(f"/v1/chatbots/{chatbot['id']}/embed", headers=tenant.headers)).json()
    assert embed["integrity"] == "sha384-" + base64.b64encode(hashlib.sha384(SCRIPT).digest()).decode()
    assert embed["bundle_bytes"] == len(SCRIPT) and embed["bundle_gzip_bytes"] < len(SCRIPT) / 3
    url = "/widget/" + embed["script_url"].rsplit("/", 1)[1]

    decoders = {"br": brotli.decompress, "gzip": gzip.decompress, None: bytes}
    cases = [
        ("gzip, deflate, br, zstd", "br"),  # Chromium over HTTPS
        ("gzip, deflate", "gzip"),  # Chromium over plain HTTP
        ("br;q=0.5, gzip", "gzip"),
        ("gzip;q=0, br;q=0", None),
        ("identity", None),
        ("*", "br"),
    ]
    for accept, coding in cases:
        r, body = await raw_get(client, url, accept)
        assert r.status_code == 200
        assert r.headers.get("content-encoding") == coding, accept
        assert decoders[coding](body) == SCRIPT, accept
        assert r.headers["vary"] == "Accept-Encoding"
        assert r.headers["content-type"] == "text/javascript; charset=utf-8"
        assert r.headers["content-length"] == str(len(body))
    r, br_body = await raw_get(client, url, "br")
    assert len(br_body) < len(gzip.compress(SCRIPT, 9)), "Brotli is the smaller of the two"

    preview = await client.get(f"/v1/widget/{chatbot['public_id']}/preview")
    assert preview.status_code == 200 and preview.headers["content-type"] == "text/html; charset=utf-8"
    assert embed["snippet"] in preview.text
