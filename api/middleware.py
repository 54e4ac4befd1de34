"""ASGI middleware: request context + metrics, authentication + rate limiting, idempotency."""

from __future__ import annotations

import hashlib
import re
import time
import uuid
from typing import TYPE_CHECKING

import structlog
from litestar import Request
from litestar.datastructures import MutableScopeHeaders
from litestar.exceptions import ClientException, HTTPException, NotAuthorizedException, PermissionDeniedException
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from prometheus_client import Counter, Histogram

from api.credentials import authenticate
from api.errors import handle_exception
from domain.errors import AuthenticationFailed

if TYPE_CHECKING:
    from infrastructure.container import Container

log = structlog.get_logger("parley.http")

REQUESTS = Counter("parley_http_requests_total", "HTTP requests", ["method", "route", "status"])
LATENCY = Histogram(
    "parley_http_request_duration_seconds",
    "HTTP request latency",
    ["method", "route"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
)

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
UNMETERED = ("/health", "/ready", "/metrics", "/docs")


class TooManyRequests(HTTPException):
    status_code = 429


def _container(scope: Scope) -> Container:
    return scope["app"].state.container


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return value.decode("latin-1")
    return None


def request_context_middleware(app: ASGIApp) -> ASGIApp:
    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        incoming = _header(scope, b"x-request-id")
        request_id = incoming if incoming and _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        structlog.contextvars.bind_contextvars(request_id=request_id)
        started = time.perf_counter()
        status_holder = {"status": 500}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                MutableScopeHeaders.from_message(message)["X-Request-ID"] = request_id
            await send(message)

        try:
            await app(scope, receive, send_wrapper)
        finally:
            elapsed = time.perf_counter() - started
            route = scope.get("path_template") or "unmatched"
            status = status_holder["status"]
            REQUESTS.labels(scope["method"], route, str(status)).inc()
            LATENCY.labels(scope["method"], route).observe(elapsed)
            if not scope["path"].startswith(UNMETERED):
                log.info(
                    "request",
                    method=scope["method"],
                    path=scope["path"],
                    route=route,
                    status=status,
                    duration_ms=round(elapsed * 1000, 2),
                )
            structlog.contextvars.unbind_contextvars("request_id")

    return middleware


def auth_middleware(app: ASGIApp) -> ASGIApp:
    """Authenticates when credentials are present (Bearer access token or API key), rate-limits the
    caller (per API key or user on the tenant's plan, per client IP on public endpoints), then checks
    the route's permission. Refusals are answered here, through the outer middlewares' `send`, so
    they carry the request id and the rate-limit headers like any other response."""

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(UNMETERED):
            await app(scope, receive, send)
            return
        headers: dict[str, str] = {}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = MutableScopeHeaders.from_message(message)
                for key, value in headers.items():
                    out[key] = value
            await send(message)

        try:
            headers.update(await _admit(scope))
        except HTTPException as exc:
            await _answer(scope, receive, send_wrapper, exc)
            return
        await app(scope, receive, send_wrapper)

    return middleware


async def _admit(scope: Scope) -> dict[str, str]:
    """Sets scope["user"]; returns the rate-limit headers; raises the refusal if there is one."""
    container = _container(scope)
    options = scope["route_handler"].opt
    public = options.get("public", False)
    credential = None if public else _header(scope, b"x-api-key")
    authorization = None if public else _header(scope, b"authorization")
    if credential is None and authorization is not None:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise NotAuthorizedException("Authorization must be 'Bearer <token>'")
        credential = value.strip()
    principal = None
    if credential is not None:
        try:
            principal, _ = await authenticate(container, credential)
        except AuthenticationFailed as exc:
            raise NotAuthorizedException(exc.detail) from None
    scope["user"] = principal

    settings = container.settings
    if principal is not None:
        decision = await container.rate_limiter.hit(
            principal.rate_limit_subject, settings.plan_limits.per_minute(principal.plan), principal.plan
        )
    else:
        client = scope.get("client") or ("unknown", 0)
        subject = f"path:{scope['path']}" if options.get("limit_by_path") else f"ip:{client[0]}"
        decision = await container.rate_limiter.hit(subject, settings.public_rate_limit_per_minute, "public")
    headers = decision.headers()
    if not decision.allowed:
        raise TooManyRequests(
            detail=f"Rate limit of {decision.limit} requests per minute exceeded; retry in {decision.reset_seconds} s",
            headers={**headers, "Retry-After": str(decision.reset_seconds)},
        )
    permission = options.get("permission")
    if permission is not None:
        if principal is None:
            raise NotAuthorizedException("This operation needs a Bearer access token or an API key", headers=headers)
        if not principal.can(permission):
            raise PermissionDeniedException(f"This operation needs the {permission.value} permission", headers=headers)
    return headers


async def _answer(scope: Scope, receive: Receive, send: Send, exc: Exception) -> None:
    """The problem+json response Litestar's exception handling would give, sent through `send`."""
    request: Request = Request(scope, receive)
    response = handle_exception(request, exc)
    await response.to_asgi_response(app=None, request=request)(scope, receive, send)


def _handles_credentials(scope: Scope) -> bool:
    handler = scope.get("route_handler")
    return handler is not None and handler.opt.get("credentials", False)


def idempotency_middleware(app: ASGIApp) -> ASGIApp:
    """Honours `Idempotency-Key` on POST: a retry with the same key and body gets the first response
    again (with `Idempotent-Replayed: true`); the same key with another body is refused. Routes marked
    `credentials` ignore the key: their responses hold secrets and a replay must run again."""

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        cacheable = scope["type"] == "http" and scope["method"] == "POST" and not _handles_credentials(scope)
        key_header = _header(scope, b"idempotency-key") if cacheable else None
        if key_header is None:
            await app(scope, receive, send)
            return
        if not 1 <= len(key_header) <= 255:
            raise ClientException("Idempotency-Key must be 1 to 255 characters")
        from infrastructure.idempotency import StoredResponse

        store = _container(scope).idempotency
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        principal = scope.get("user")
        client = scope.get("client") or ("unknown", 0)
        owner = principal.rate_limit_subject if principal is not None else f"ip:{client[0]}"
        record_key = "idem:" + hashlib.sha256(f"{owner}|{scope['path']}|{key_header}".encode()).hexdigest()
        fingerprint = hashlib.sha256(body).hexdigest()
        claim = await store.claim(record_key, fingerprint)
        if claim.mismatch:
            raise HTTPException(status_code=422, detail="Idempotency-Key was already used with a different request body")
        if claim.in_progress:
            raise HTTPException(status_code=409, detail="A request with this Idempotency-Key is still being processed")
        if claim.replay is not None:
            stored = claim.replay
            headers = [(k.encode(), v.encode()) for k, v in stored.headers] + [(b"idempotent-replayed", b"true")]
            await send({"type": "http.response.start", "status": stored.status, "headers": headers})
            await send({"type": "http.response.body", "body": stored.body})
            return

        replayed = False

        async def replay_receive() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        captured = StoredResponse(fingerprint=fingerprint)
        parts: list[bytes] = []

        async def capture_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                captured.status = message["status"]
                captured.headers = [
                    (k.decode("latin-1"), v.decode("latin-1"))
                    for k, v in message.get("headers", [])
                    if k.lower() in (b"content-type", b"location")
                ]
            elif message["type"] == "http.response.body":
                parts.append(message.get("body", b""))
            await send(message)

        try:
            await app(scope, replay_receive, capture_send)
        except BaseException:
            await store.release(record_key)
            raise
        if captured.status >= 500 or captured.status in (409, 429):
            await store.release(record_key)  # transient: a retry should run again
        else:
            captured.body = b"".join(parts)
            await store.complete(record_key, captured)

    return middleware
