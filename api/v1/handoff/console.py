"""The minimal operator console: one static page, its script and styles, served by the API at /console (no build
step). It logs in with the members' own credentials and uses the handoff and payments REST routes like any client."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from litestar import Controller, get
from litestar.response import Response

from api.v1.common import PUBLIC

FILES = Path(__file__).resolve().parent / "console"
TYPES = {"console.html": "text/html; charset=utf-8", "console.js": "text/javascript; charset=utf-8",
         "console.css": "text/css; charset=utf-8"}
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                               "img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
}


@cache
def _file(name: str) -> bytes:
    return (FILES / name).read_bytes()


def _serve(name: str) -> Response[bytes]:
    return Response(_file(name), media_type=TYPES[name], headers=HEADERS)


class ConsoleController(Controller):
    path = "/console"
    include_in_schema = False

    @get("/", **PUBLIC)
    async def console_page(self) -> Response[bytes]:
        return _serve("console.html")

    @get("/console.js", **PUBLIC)
    async def console_script(self) -> Response[bytes]:
        return _serve("console.js")

    @get("/console.css", **PUBLIC)
    async def console_styles(self) -> Response[bytes]:
        return _serve("console.css")
