"""A stop ends the process within seconds, whatever a background task or a context's close is stuck on."""

from __future__ import annotations

import asyncio
import time

from domain.background import drain_tasks
from infrastructure.container import at_most


async def test_draining_waits_for_tasks_started_meanwhile():
    tasks: set[asyncio.Task[None]] = set()
    finished: list[str] = []

    async def second() -> None:
        await asyncio.sleep(0.05)
        finished.append("second")

    async def first() -> None:
        await asyncio.sleep(0.05)
        follow_up = asyncio.create_task(second())  # work a task hands on, as routing does
        tasks.add(follow_up)
        follow_up.add_done_callback(tasks.discard)
        finished.append("first")

    task = asyncio.create_task(first())
    tasks.add(task)
    task.add_done_callback(tasks.discard)
    await drain_tasks(tasks, timeout=5)
    assert finished == ["first", "second"] and not tasks


async def test_draining_gives_up_on_a_task_that_never_ends():
    tasks: set[asyncio.Task[None]] = set()
    stuck = asyncio.create_task(asyncio.Event().wait())
    tasks.add(stuck)
    started = time.monotonic()
    await drain_tasks(tasks, timeout=0.2)
    assert 0.15 < time.monotonic() - started < 1.5
    stuck.cancel()


async def test_a_shutdown_step_that_hangs_is_cut_short_and_the_rest_runs():
    reached: list[str] = []
    started = time.monotonic()
    async with at_most(0.2, "a stuck close"):
        reached.append("began")
        await asyncio.Event().wait()
        reached.append("never")
    reached.append("after")
    assert reached == ["began", "after"] and time.monotonic() - started < 1.5
