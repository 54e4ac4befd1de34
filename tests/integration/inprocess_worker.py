"""An arq worker running in the test's own event loop, on the test container (the jobs are arq jobs, as
`./just up` runs them in its worker process)."""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from arq.connections import ArqRedis
from arq.worker import Worker

from infrastructure.settings import generate_key


@asynccontextmanager
async def in_process_worker(container, monkeypatch) -> AsyncIterator[Worker]:
    monkeypatch.setenv("PARLEY_SECRET_KEY", generate_key())  # the worker module reads settings on import
    monkeypatch.setenv("PARLEY_MASTER_KEY", generate_key())
    sys.modules.pop("infrastructure.jobs.worker", None)
    module = importlib.import_module("infrastructure.jobs.worker")
    await container.redis.delete("arq:queue")  # other tests' jobs are theirs to run
    worker = Worker(
        functions=module.WorkerSettings.functions,
        redis_pool=ArqRedis(pool_or_conn=container.redis.connection_pool),
        ctx={"container": container},
        poll_delay=0.02,
        handle_signals=False,
        max_jobs=module.WorkerSettings.max_jobs,
    )
    await module.start_contexts(container)  # e.g. the webhooks' delivery loops, as the worker's start-up runs them
    main = asyncio.create_task(worker.main())
    try:
        yield worker
    finally:
        await module.stop_contexts(container)
        # Jobs still running (a delivery to a receiver that never answers) are cut too, and the wait is
        # bounded: a stuck job must not hang the suite's teardown.
        running = [main, *worker.tasks.values()]
        for task in running:
            task.cancel()
        await asyncio.wait(running, timeout=10)
