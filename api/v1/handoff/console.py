"""The operator console (console/, a Preact app built on the generated TypeScript SDK with `./just console`): its
built files, console/dist/{index.html,console.js,console.css}, served by the API at /console under a strict CSP
(everything from this origin, no inline script or style). The app logs in with the members' own credentials and
uses the REST API and the operator WebSocket like any client. PARLEY_CONSOLE_DIST points elsewhere (tests)."""

from __future__ import annotations

import os
from pathlib import Path

from litestar import Controller, get
from litestar.response import Response

from api.built_files import BuiltFiles
from api.v1.common import PUBLIC

ROOT = Path(__file__).resolve().parents[3]
TYPES = {"index.html": "text/html", "console.js": "text/javascript", "console.css": "text/css"}  # (Litestar adds the charset)
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                               "img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
}
NOT_BUILT = (b"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Parley operator console</title></head>"
             b"<body><main><h1>The operator console was not built</h1><p>Run <code>./just console</code> "
             b"(it needs Node 20 and npm), then reload.</p></main></body></html>")

_files: BuiltFiles[bytes] = BuiltFiles(lambda body: body)


def dist() -> Path:
    return Path(os.environ.get("PARLEY_CONSOLE_DIST") or ROOT / "console" / "dist")


def _serve(name: str) -> Response[bytes]:
    body = _files.get(dist() / name)
    if body is None:
        if name == "index.html":
            return Response(NOT_BUILT, status_code=503, media_type=TYPES[name], headers=HEADERS)
        return Response(b"", status_code=404, media_type=TYPES[name], headers=HEADERS)
    return Response(body, media_type=TYPES[name], headers=HEADERS)


class ConsoleController(Controller):
    path = "/console"
    include_in_schema = False

    @get("/", **PUBLIC)
    async def console_page(self) -> Response[bytes]:
        return _serve("index.html")

    @get("/console.js", **PUBLIC)
    async def console_script(self) -> Response[bytes]:
        return _serve("console.js")

    @get("/console.css", **PUBLIC)
    async def console_styles(self) -> Response[bytes]:
        return _serve("console.css")
