"""Maps every exception to an RFC 9457 problem+json response. Never leaks internals."""

from __future__ import annotations

import re

import structlog
from litestar import Request, Response
from litestar.exceptions import HTTPException, NotAuthorizedException, PermissionDeniedException, ValidationException
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR

from api.problems import PROBLEM_MEDIA_TYPE, TYPE_BASE, FieldError, Problem
from domain.errors import (
    AuthenticationFailed,
    Conflict,
    DomainError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    Throttled,
    TooLarge,
    Unavailable,
    UnstorableText,
    UnsupportedMediaType,
)
from infrastructure.redis_client import REDIS_UNAVAILABLE

log = structlog.get_logger(__name__)

REDIS_RETRY_AFTER_SECONDS = 2  # about how long a restarted Redis takes to answer again

_STATUS_TITLES = {
    400: ("bad-request", "Bad request"),
    401: ("unauthenticated", "Authentication required"),
    403: ("forbidden", "Forbidden"),
    404: ("not-found", "Not found"),
    405: ("method-not-allowed", "Method not allowed"),
    409: ("conflict", "Conflict"),
    413: ("payload-too-large", "Request body too large"),
    415: ("unsupported-media-type", "Unsupported media type"),
    422: ("unprocessable", "Unprocessable request"),
    429: ("rate-limited", "Too many requests"),
    500: ("internal", "Internal server error"),
    503: ("unavailable", "Service unavailable"),
}

_DOMAIN_STATUS: list[tuple[type[DomainError], int]] = [
    (NotFound, 404),
    (Conflict, 409),
    (UnstorableText, 400),  # malformed like bad JSON, so every route's documented 400
    (InvalidInput, 422),
    (AuthenticationFailed, 401),
    (PermissionDenied, 403),
    (Throttled, 429),
    (TooLarge, 413),
    (UnsupportedMediaType, 415),
    (Unavailable, 503),
]


def problem_response(
    request: Request | None,
    status: int,
    detail: str | None,
    errors: list[FieldError] | None = None,
    headers: dict[str, str] | None = None,
    type_slug: str | None = None,
) -> Response:
    slug, title = _STATUS_TITLES.get(status, ("error", "Error"))
    request_id = request.scope.get("state", {}).get("request_id") if request is not None else None
    body = Problem(
        type=TYPE_BASE + (type_slug or slug),
        title=title,
        status=status,
        detail=detail,
        instance=request.url.path if request is not None else None,
        request_id=request_id,
        errors=errors,
    )
    all_headers = dict(headers or {})
    if status == 401:
        all_headers.setdefault("WWW-Authenticate", 'Bearer realm="parley"')
    return Response(content=body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=all_headers)


# msgspec says e.g. "Expected `str`, got `int` - at `$.name`"
_AT = re.compile(r"^(?P<message>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.S)


def _field_errors(exc: ValidationException) -> list[FieldError]:
    errors: list[FieldError] = []
    extra = exc.extra if isinstance(exc.extra, list) else [exc.extra] if exc.extra else []
    for item in extra:
        if isinstance(item, dict):
            key = str(item.get("key") or "")
            source = item.get("source")
            message = str(item.get("message") or exc.detail)
            match = _AT.match(message)
            path = (match.group("path") or "").lstrip(".") if match else ""
            field = path or key or (str(source) if source else "body")
            errors.append(FieldError(field=field, message=(match.group("message") if match else message)))
    if not errors:
        match = _AT.match(str(exc.detail))
        if match and match.group("path") is not None:
            errors.append(FieldError(field=match.group("path").lstrip(".") or "body", message=match.group("message")))
    return errors


def handle_exception(request: Request, exc: Exception) -> Response:
    if isinstance(exc, DomainError):
        for kind, status in _DOMAIN_STATUS:
            if isinstance(exc, kind):
                errors = [FieldError(field=exc.field, message=exc.detail)] if isinstance(exc, InvalidInput) and exc.field else None
                headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, Throttled) else None
                return problem_response(request, status, exc.detail, errors, headers=headers)
    if isinstance(exc, ValidationException):
        errors = _field_errors(exc)
        detail = "; ".join(f"{e.field}: {e.message}" for e in errors) if errors else exc.detail
        return problem_response(request, 400, f"Validation failed: {detail}", errors or None)
    if isinstance(exc, NotAuthorizedException):
        return problem_response(request, 401, exc.detail)
    if isinstance(exc, PermissionDeniedException):
        return problem_response(request, 403, exc.detail)
    if isinstance(exc, HTTPException):
        status = exc.status_code
        detail = exc.detail
        if status >= 500:
            log.error("http error", status=status, detail=detail)
            detail = "The server could not complete the request"
        return problem_response(request, status, detail, headers=exc.headers)
    if isinstance(exc, REDIS_UNAVAILABLE):  # the request needs Redis and Redis is away: retry soon
        log.warning("redis unavailable", error=type(exc).__name__, path=request.url.path)
        return problem_response(
            request, 503, "A backing service is briefly unavailable; retry shortly",
            headers={"Retry-After": str(REDIS_RETRY_AFTER_SECONDS)},
        )
    log.exception("unhandled error", error=type(exc).__name__)
    return problem_response(request, HTTP_500_INTERNAL_SERVER_ERROR, "The server could not complete the request")
