"""Shared wire pieces: constrained strings, cursor pagination, principal access."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Generic, TypeVar
from uuid import UUID

import msgspec
from litestar.connection import ASGIConnection
from litestar.enums import ParamType
from litestar.exceptions import NotAuthorizedException, ValidationException
from litestar.openapi.spec import OpenAPIResponse, OpenAPIType, Operation, Schema
from litestar.openapi.spec import Parameter as OpenAPIParameter
from litestar.params import Parameter

from domain.access import Permission
from domain.tenancy.model import Principal

Email = Annotated[str, msgspec.Meta(pattern=r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$", max_length=254, examples=["ada@example.com"])]
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=120)]
Password = Annotated[str, msgspec.Meta(min_length=10, max_length=256)]
Token = Annotated[str, msgspec.Meta(min_length=1, max_length=512)]
# Every datetime a client sends: without an offset it would be compared with the server's aware times (a 500).
AwareDatetime = Annotated[datetime, msgspec.Meta(tz=True, examples=["2027-01-31T12:00:00Z"])]


class WebhookAck(msgspec.Struct):
    """What a provider's signed webhook (Stripe, Calendly, Cal.com) is answered: received, and how it was handled."""

    received: bool
    outcome: str

T = TypeVar("T")


class Page(msgspec.Struct, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


LimitParam = Annotated[int, Parameter(ge=1, le=100, default=20, description="Page size")]
CursorParam = Annotated[
    str | None, Parameter(default=None, max_length=64, description="Opaque cursor from a previous page's next_cursor")
]


def wire_page(page, convert) -> Page:
    """A domain page as a wire page: items converted, cursor made opaque."""
    return Page(items=[convert(item) for item in page.items], next_cursor=encode_cursor(page.next_cursor))


def encode_cursor(last_id: UUID | None) -> str | None:
    return base64.urlsafe_b64encode(last_id.bytes).decode().rstrip("=") if last_id else None


def decode_cursor(cursor: str | None) -> UUID | None:
    if cursor is None:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        return UUID(bytes=raw)
    except (binascii.Error, ValueError):
        raise ValidationException(
            "cursor is not valid; pass the next_cursor of a previous page",
            extra=[{"key": "cursor", "message": "not a cursor issued by this API", "source": "query"}],
        ) from None


def aware(name: str, value: datetime | None) -> datetime | None:
    """A query parameter's datetime, refused without an offset (Litestar does not apply `tz=True` to
    query parameters, and a naive time would be read in the database server's zone)."""
    if value is not None and value.tzinfo is None:
        raise ValidationException(
            f"{name} needs a timezone offset, e.g. 2027-01-31T12:00:00Z",
            extra=[{"key": name, "message": "Expected `datetime` with a timezone component", "source": "query"}],
        )
    return value


# Route options for endpoints anyone may call: no credentials are read, the caller's IP is rate-limited.
PUBLIC: dict[str, Any] = {"opt": {"public": True}}
# Route option for endpoints that issue, rotate or revoke credentials (tokens, API-key secrets, invitation
# tokens): Idempotency-Key is ignored there, so a replay runs again (a rotated refresh token is caught as
# reused) and no secret is kept in Redis. tests/integration/tenancy/test_auth.py fails if a POST route
# returning a token or secret lacks it.
CREDENTIALS: dict[str, Any] = {"credentials": True}
PUBLIC_CREDENTIALS: dict[str, Any] = {"opt": {**PUBLIC["opt"], **CREDENTIALS}}
# Public routes a provider calls with a signature (Stripe's webhooks): every tenant's deliveries come from the
# provider's few addresses, so they are rate-limited per route path (one integration), not per caller IP.
SIGNED_BY_PROVIDER: dict[str, Any] = {"opt": {**PUBLIC["opt"], "limit_by_path": True}}
# Declared by every controller whose routes need credentials (Litestar cannot unset security per route).
BEARER: list[dict[str, list[str]]] = [{"BearerToken": []}]


def principal_of(connection: ASGIConnection) -> Principal:
    principal = connection.scope.get("user")
    if principal is None:
        raise NotAuthorizedException("This operation needs a Bearer access token or an API key")
    return principal


def requires(permission: Permission) -> dict[str, Permission]:
    """Route option: the caller must be authenticated and hold `permission`. Checked by the auth
    middleware, which has the principal at hand (Litestar guards copy the handler on every call)."""
    return {"permission": permission}


def struct_changes(struct: msgspec.Struct) -> dict:
    """The fields a PATCH body actually set, recursively, as plain values."""
    out = {}
    for name in struct.__struct_fields__:
        value = getattr(struct, name)
        if value is msgspec.UNSET:
            continue
        out[name] = struct_changes(value) if isinstance(value, msgspec.Struct) else value
    return out


IDEMPOTENCY_KEY = OpenAPIParameter(
    name="Idempotency-Key",
    param_in=ParamType.HEADER,
    required=False,
    description="Makes a retry safe: a repeat with the same key and body gets the first response again "
    "(`Idempotent-Replayed: true`); the same key with another body is refused (422).",
    schema=Schema(type=OpenAPIType.STRING, min_length=1, max_length=255),
)

IDEMPOTENCY_ANSWERS = {
    "409": "A request with this Idempotency-Key is still being processed",
    "422": "This Idempotency-Key was already used with a different request body",
}


@dataclass
class IdempotentOperation(Operation):
    """A POST's operation: declares the `Idempotency-Key` header the idempotency middleware honours."""

    def __post_init__(self) -> None:
        self.parameters = [*(self.parameters or []), IDEMPOTENCY_KEY]
        # What the middleware answers about a key: its problem+json is the one the operation's 400 declares.
        problem = (self.responses or {}).get("400")
        if self.responses is not None and isinstance(problem, OpenAPIResponse):
            for status, description in IDEMPOTENCY_ANSWERS.items():
                if status not in self.responses:
                    self.responses[status] = OpenAPIResponse(description=description, content=problem.content)


def declare_idempotency_key(route_handlers) -> None:
    """Every POST honours Idempotency-Key (api/middleware.py): say so in each POST's OpenAPI operation."""
    for handler in route_handlers:
        if "POST" in handler.http_methods:
            handler.operation_class = IdempotentOperation
