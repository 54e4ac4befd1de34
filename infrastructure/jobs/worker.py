"""arq worker: a driving adapter. Jobs load the container and call the same services as the API.

Run it with `python -m infrastructure.jobs.worker` (what `parley up` does): that worker waits Redis
outages out. `arq infrastructure.jobs.worker.WorkerSettings` runs the same jobs on arq's stock worker."""

from __future__ import annotations

import asyncio
import os
import threading
from signal import Signals

import structlog
from arq import cron
from arq.connections import ArqRedis, RedisSettings
from arq.worker import Worker, get_kwargs
from redis.exceptions import WatchError

from infrastructure.container import Container, at_most
from infrastructure.contexts import load_contexts
from infrastructure.jobs.queue import WORKER_MAX_JOBS
from infrastructure.logging import configure_logging
from infrastructure.redis_client import REDIS_UNAVAILABLE, Backoff, connect
from infrastructure.settings import load_settings

_settings = load_settings()
_contexts = load_contexts()
log = structlog.get_logger(__name__)

WORKER_STOP_SECONDS = 3.0  # with the container's close (at most 6 s), the graceful part of a stop
HARD_STOP_SECONDS = 9.5  # after SIGTERM/SIGINT the process ends by then, whatever hangs


async def startup(ctx: dict) -> None:
    configure_logging(_settings.log_level)
    ctx["container"] = container = await Container.start(_settings)
    await start_contexts(container)


async def shutdown(ctx: dict) -> None:
    async with at_most(WORKER_STOP_SECONDS, "stopping the worker's contexts"):
        await stop_contexts(ctx["container"])
    await ctx["container"].close()


async def start_contexts(container: Container) -> None:
    """What contexts run in the worker process besides jobs (their `worker_start`)."""
    for context in _contexts:
        if context.worker_start is not None:
            await context.worker_start(container)


async def stop_contexts(container: Container) -> None:
    for context in reversed(_contexts):
        if context.worker_stop is not None:
            await context.worker_stop(container)


async def sweep_outbox(ctx: dict) -> int:
    """Dispatch outbox rows whose unit of work committed but never dispatched them (its process died)."""
    container: Container = ctx["container"]
    return await container.db.outbox.sweep()  # type: ignore[union-attr]


async def purge_dispatched_outbox(ctx: dict) -> int:
    container: Container = ctx["container"]
    return await container.db.outbox.purge()  # type: ignore[union-attr]


class WorkerSettings:
    """The outbox's own jobs, and every context's (infrastructure/<ctx>/context.py)."""

    functions = [job for context in _contexts for job in context.jobs]
    cron_jobs = [
        cron(sweep_outbox, second={0, 15, 30, 45}, run_at_startup=True),
        cron(purge_dispatched_outbox, minute=41, run_at_startup=False),
        *(schedule for context in _contexts for schedule in context.cron_jobs),
    ]
    max_jobs = WORKER_MAX_JOBS
    # arq sleeps this long between reads of the queue (default 0.5 s): every job waited up to that for its
    # turn, and a burst idled the worker once its read was done. Webhooks promise delivery within 250 ms.
    poll_delay = 0.05
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = RedisSettings.from_dsn(_settings.redis_url) if _settings.redis_url else RedisSettings()


class ResilientWorker(Worker):
    """arq's worker ends on the first Redis error of its poll loop (arq retries only while connecting
    at start-up), which took every queued job down with Redis. This one logs, backs off and polls
    again; jobs in flight carry on, and arq re-runs any whose result it could not record."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._redis_backoff = Backoff(cap=10.0)
        self._redis_away = False
        self._hard_stop: threading.Timer | None = None

    async def start_jobs(self, job_ids: list[bytes]) -> None:
        # arq takes a job slot before its WATCH on Redis and gives it back only on the outcomes it expects;
        # a connection lost there kept the slot for ever, and enough of them left the worker idle.
        for job_id_b in job_ids:
            job_id = job_id_b.decode()
            earlier_task = self.tasks.get(job_id)
            try:
                await super().start_jobs([job_id_b])
            except Exception:
                if self.tasks.get(job_id) is earlier_task:  # the slot was taken, the job never started
                    self.job_counter -= 1
                    self.sem.release()
                raise

    def handle_sig(self, signum: Signals) -> None:
        super().handle_sig(signum)
        # arq waits for every cancelled job to end and the interpreter joins worker threads at exit: a job that
        # swallows its cancellation, or a thread stuck on a socket, kept the process alive after a stop, taking
        # jobs and holding leases. What is cut here is picked up again through the leases and the sweeps.
        if self._hard_stop is None and self._handle_signals and signum in (Signals.SIGTERM, Signals.SIGINT):
            # (arq also calls this with SIGUSR1 when closing a worker that does not own the signals: one inside
            # another program, such as a test, which must not be ended.)
            self._hard_stop = threading.Timer(HARD_STOP_SECONDS, _exit_now)
            self._hard_stop.daemon = True
            self._hard_stop.start()

    async def _poll_iteration(self) -> None:
        try:
            await super()._poll_iteration()
        except (*REDIS_UNAVAILABLE, WatchError) as exc:  # redis-py reports a connection lost in WATCH as WatchError
            delay = self._redis_backoff.next_delay()
            log.warning("worker waiting for redis", error=type(exc).__name__, retry_in=round(delay, 2))
            self._redis_away = True
            await asyncio.sleep(delay)
            return
        if self._redis_away:
            log.info("worker reconnected to redis")
            self._redis_away = False
            self._redis_backoff.reset()


def _exit_now() -> None:
    log.warning("worker stop overran: exiting now", after_seconds=HARD_STOP_SECONDS)
    os._exit(1)


def main() -> None:
    # The app's Redis client (socket timeouts, reconnects) instead of arq's pool without read timeouts.
    pool = ArqRedis(pool_or_conn=connect(_settings.redis_url).connection_pool) if _settings.redis_url else None
    ResilientWorker(**get_kwargs(WorkerSettings), redis_pool=pool).run()


if __name__ == "__main__":
    main()
