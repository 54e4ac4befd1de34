"""Run by test_outbox as a subprocess: a unit of work records an event and a job, commits, and its
process is SIGKILLed before the unit of work dispatches them (the dispatch step kills the process).

    python -m tests.integration.outbox.crash_after_commit TENANT_ID EVENT_ID JOB_ID
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from uuid import UUID

from domain.events import DomainEvent
from infrastructure.container import Container
from infrastructure.settings import load_settings


class Probe(DomainEvent, frozen=True, kw_only=True):
    name = "test.probe"
    note: str = ""


async def main(tenant_id: UUID, event_id: UUID, job_id: str) -> None:
    container = await Container.start(load_settings())

    async def die_before_dispatch(entries: object) -> int:
        os.kill(os.getpid(), signal.SIGKILL)
        raise AssertionError("unreachable")

    container.db.outbox.dispatch = die_before_dispatch  # type: ignore[union-attr,method-assign]
    async with container.db.unit_of_work(tenant_id) as uow:
        uow.record(Probe(tenant_id=tenant_id, id=event_id, note="written by a process that dies"))
        uow.enqueue("reembed_chatbot", job_id=job_id, tenant_id=str(tenant_id), chatbot_id=str(UUID(int=0)))
    raise AssertionError("the process should have died after its commit")


if __name__ == "__main__":
    asyncio.run(main(UUID(sys.argv[1]), UUID(sys.argv[2]), sys.argv[3]))
