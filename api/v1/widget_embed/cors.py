"""CORS preflight for the widget's public endpoints (/v1/widget/...).

The widget calls them from the host page's origin with a JSON body and `X-Visitor-Token`, so the
browser asks first (OPTIONS). The preflight is answered for any origin; whether an origin may use
a chatbot is decided by the real request (the chatbot's allowed origins). Error responses of these
public, credential-less endpoints are readable by the page too (Access-Control-Allow-Origin is
added when the handler set none), so the widget can say *why* it cannot chat (unknown chatbot,
origin not allowed) instead of failing blind.
"""

from __future__ import annotations

from litestar.types import ASGIApp, Receive, Scope, Send

PREFIX = "/v1/widget/"
ALLOW_METHODS = b"GET, POST"
ALLOW_HEADERS = b"content-type, x-visitor-token, x-request-id"


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return value
    return None


def widget_cors_middleware(app: ASGIApp) -> ASGIApp:
    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] == "OPTIONS"
            and scope["path"].startswith(PREFIX)
            and (origin := _header(scope, b"origin"))
            and _header(scope, b"access-control-request-method")
        ):
            await send(
                {
                    "type": "http.response.start",
                    "status": 204,
                    "headers": [
                        (b"access-control-allow-origin", origin),
                        (b"access-control-allow-methods", ALLOW_METHODS),
                        (b"access-control-allow-headers", ALLOW_HEADERS),
                        (b"access-control-max-age", b"600"),
                        (b"vary", b"Origin"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return
        if scope["type"] == "http" and scope["path"].startswith(PREFIX) and (origin := _header(scope, b"origin")):

            async def send_with_cors(message) -> None:
                if message["type"] == "http.response.start":
                    headers = list(message.get("headers") or [])
                    if not any(k.lower() == b"access-control-allow-origin" for k, _ in headers):
                        headers += [(b"access-control-allow-origin", origin), (b"vary", b"Origin")]
                        message = {**message, "headers": headers}
                await send(message)

            await app(scope, receive, send_with_cors)
            return
        await app(scope, receive, send)

    return middleware
