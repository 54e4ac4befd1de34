"""Domain errors. They carry no HTTP codes: api/errors.py maps them."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every rule the domain refuses."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFound(DomainError):
    pass


class Conflict(DomainError):
    pass


class InvalidInput(DomainError):
    def __init__(self, detail: str, field: str | None = None) -> None:
        super().__init__(detail)
        self.field = field


class AuthenticationFailed(DomainError):
    pass


class PermissionDenied(DomainError):
    pass


class UnstorableText(InvalidInput):
    """Text the database cannot hold (a NUL character): malformed input, refused before anything changes."""


class Throttled(DomainError):
    """Refused for now, not for good: the caller may try again after `retry_after` seconds."""

    def __init__(self, detail: str, retry_after: int) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


class TooLarge(DomainError):
    """More bytes than the rule allows (e.g. a file over the plan's attachment limit)."""


class UnsupportedMediaType(DomainError):
    """A file whose type is not allowed, or whose bytes are not the type it claims."""


class Unavailable(DomainError):
    """The installation lacks a service this operation needs (e.g. no SMTP server for e-mail)."""
