"""RFC 9457 problem details: the one shape of every error response."""

from __future__ import annotations

import msgspec
from litestar.openapi.datastructures import ResponseSpec

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "https://parley.dev/problems/"


class FieldError(msgspec.Struct):
    field: str
    message: str


class Problem(msgspec.Struct, omit_defaults=True):
    type: str
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    request_id: str | None = None
    errors: list[FieldError] | None = None


_DESCRIPTIONS = {
    400: "The request is malformed or fails validation",
    401: "Missing, expired, forged or revoked credentials",
    403: "The caller lacks the permission this operation needs",
    404: "No such object in the caller's workspace",
    409: "The request conflicts with the current state",
    413: "The request body is too large",
    415: "The content type is not allowed, or the content is not what it claims to be",
    422: "The request is well-formed but breaks a rule",
    429: "Too many requests; retry after Retry-After seconds",
    503: "A service this operation needs is not set up or not reachable (the detail says which)",
}


def problems(*codes: int) -> dict[int, ResponseSpec]:
    """Error responses to declare on a route, so the spec and the SDKs know their shape."""
    return {
        code: ResponseSpec(
            data_container=Problem, media_type=PROBLEM_MEDIA_TYPE, description=_DESCRIPTIONS[code], generate_examples=False
        )
        for code in sorted({400, 429, *codes})
    }


AUTHED = (401, 403)
