"""Domain events: facts a use case records in its unit of work, delivered to subscribers after commit.

An event is a frozen msgspec struct with a class-level `name` and `version`; every subclass registers
itself under (name, version) so a stored event decodes to the class that wrote it. A new shape of an
existing event is a new class with the next version (old rows keep decoding with the old class)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar
from uuid import UUID

import msgspec

from domain.ids import new_id


def _now() -> datetime:
    return datetime.now(UTC)


class DomainEvent(msgspec.Struct, frozen=True, kw_only=True):
    name: ClassVar[str] = ""
    version: ClassVar[int] = 1

    tenant_id: UUID
    id: UUID = msgspec.field(default_factory=new_id)  # UUIDv7: also the outbox row id
    occurred_at: datetime = msgspec.field(default_factory=_now)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.name:
            raise TypeError(f"{cls.__qualname__} must set a class-level `name`")
        known = _REGISTRY.get((cls.name, cls.version))
        if known is not None and _path(known) != _path(cls):  # (a module reloaded may redefine its own)
            raise TypeError(f"event {cls.name} v{cls.version} is already defined by {_path(known)}")
        _REGISTRY[(cls.name, cls.version)] = cls


def _path(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


_REGISTRY: dict[tuple[str, int], type[DomainEvent]] = {}


def event_class(name: str, version: int) -> type[DomainEvent] | None:
    """The class that decodes a stored event, or None if this process does not know it."""
    return _REGISTRY.get((name, version))
