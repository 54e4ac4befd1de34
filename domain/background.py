"""Waiting for a service's own background tasks (tests, graceful shutdown)."""

from __future__ import annotations

import asyncio
from typing import Any


async def drain_tasks(tasks: set[asyncio.Task[Any]], timeout: float) -> None:
    """Wait until `tasks` (a live set that finished tasks leave and new ones join) is empty, or `timeout` seconds
    have passed: a task that hangs must not hold a shutdown for ever."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while tasks and (left := deadline - loop.time()) > 0:
        await asyncio.wait(list(tasks), timeout=left)
