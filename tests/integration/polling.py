"""Waiting for what happens after a request returns (jobs, events, deliveries)."""

from __future__ import annotations

import asyncio


async def eventually(check, timeout: float = 15.0, interval: float = 0.05):
    """Waits until `check()` is truthy (and returns it) or fails after `timeout` seconds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return result
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"not true within {timeout} s")
        await asyncio.sleep(interval)
