from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar
from uuid import UUID

from domain.tenancy.model import Page

T = TypeVar("T")


async def page_of(fetch: Callable[[int, UUID | None], Awaitable[list[T]]], limit: int, before: UUID | None) -> Page:
    """Newest first; asks for one extra row to know whether another page exists."""
    rows = await fetch(limit + 1, before)
    if len(rows) > limit:
        rows = rows[:limit]
        return Page(items=rows, next_cursor=rows[-1].id)  # type: ignore[attr-defined]
    return Page(items=rows, next_cursor=None)
