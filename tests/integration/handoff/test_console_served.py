"""/console serves the built operator console (console/dist, `./just console`) under a strict CSP, re-reads a rebuilt
file without a restart, and says how to build it when it was not built."""

from __future__ import annotations

import os

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
       "form-action 'none'; frame-ancestors 'none'; base-uri 'none'")


async def test_the_built_console_is_served_under_a_strict_csp(client, tmp_path, monkeypatch):
    monkeypatch.setenv("PARLEY_CONSOLE_DIST", str(tmp_path))
    missing = await client.get("/console/")
    assert missing.status_code == 503 and "./just console" in missing.text
    assert missing.headers["content-security-policy"] == CSP
    assert (await client.get("/console/console.js")).status_code == 404

    (tmp_path / "index.html").write_text("<!doctype html><title>console</title>")
    (tmp_path / "console.js").write_text("console.log(1)")
    (tmp_path / "console.css").write_text("body{}")
    for path, kind, body in [("/console/", "text/html", "<!doctype html><title>console</title>"),
                             ("/console/console.js", "text/javascript", "console.log(1)"),
                             ("/console/console.css", "text/css", "body{}")]:
        r = await client.get(path)
        assert r.status_code == 200 and r.headers["content-type"] == f"{kind}; charset=utf-8" and r.text == body
        assert r.headers["content-security-policy"] == CSP and r.headers["x-content-type-options"] == "nosniff"

    (tmp_path / "console.js").write_text("console.log(2) // rebuilt")
    stat = (tmp_path / "console.js").stat()
    os.utime(tmp_path / "console.js", ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert (await client.get("/console/console.js")).text == "console.log(2) // rebuilt"
