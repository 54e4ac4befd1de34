"""The origin of the page that calls a widget endpoint, as the chatbot's allowed_origins judge it."""

from __future__ import annotations

from litestar.connection import ASGIConnection

_HTTP_SCHEME = {"ws": "http", "wss": "https"}


def page_origin(connection: ASGIConnection) -> str:
    """The `Origin` header, else this server's own origin. Browsers send Origin on every cross-origin
    request and every WebSocket; they leave it out only on a same-origin GET or HEAD, i.e. from a page
    this server served (the preview page)."""
    origin = connection.headers.get("origin")
    if origin:
        return origin
    url = connection.url
    return f"{_HTTP_SCHEME.get(url.scheme, url.scheme)}://{url.netloc}"
