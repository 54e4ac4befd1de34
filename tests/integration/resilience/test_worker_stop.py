"""A stopped worker ends within seconds, even when a job ignores its cancellation: arq waits for every cancelled
job, so such a job kept the process (and its claim on the queue) alive after SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
import uuid

from tests.contract.conftest import ROOT, server_env

STUBBORN_WORKER = textwrap.dedent("""
    import asyncio, sys
    from arq.connections import ArqRedis, RedisSettings
    from arq.worker import func
    from infrastructure.jobs.worker import ResilientWorker

    async def stubborn(ctx):
        print("started", flush=True)
        while True:
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                pass  # a job that swallows its cancellation

    async def enqueue():
        pool = ArqRedis.from_url(sys.argv[1])
        await pool.enqueue_job("stubborn", _queue_name=sys.argv[2])
        await pool.aclose()

    asyncio.run(enqueue())
    ResilientWorker(functions=[func(stubborn, name="stubborn")], queue_name=sys.argv[2],
                    redis_settings=RedisSettings.from_dsn(sys.argv[1]),
                    poll_delay=0.01).run()
""")


def test_a_job_that_ignores_its_cancellation_does_not_keep_the_worker_alive(settings, services):
    queue = f"stop-{uuid.uuid4().hex}"
    process = subprocess.Popen([sys.executable, "-c", STUBBORN_WORKER, services.redis_url, queue], cwd=ROOT,
                               env=server_env(settings, services), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert process.stdout is not None
    try:
        while (line := process.stdout.readline()) and line.strip() != b"started":
            pass
        assert line, "the job never started"
        stopped_at = time.monotonic()
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)
        took = time.monotonic() - stopped_at
        assert took < 10.5, f"the worker took {took:.1f} s to end"
        assert process.returncode != 0 and b"worker stop overran" in process.stdout.read()  # cut short, and it says so
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


EMBEDDED_WORKER = textwrap.dedent("""
    import asyncio, sys, time
    from arq.connections import ArqRedis
    from arq.worker import func
    import infrastructure.jobs.worker as worker_module
    from infrastructure.jobs.worker import ResilientWorker

    worker_module.HARD_STOP_SECONDS = 0.3

    async def idle(ctx):
        pass

    async def main():
        worker = ResilientWorker(functions=[func(idle, name="idle")], redis_pool=ArqRedis.from_url(sys.argv[1]), queue_name=sys.argv[2],
                                 handle_signals=False, poll_delay=0.01)
        running = asyncio.create_task(worker.async_run())
        await asyncio.sleep(0.3)
        await worker.close()  # arq calls handle_sig(SIGUSR1) here
        running.cancel()

    asyncio.run(main())
    time.sleep(1.0)
    print("still running", flush=True)
""")


def test_closing_a_worker_inside_another_program_does_not_end_that_program(settings, services):
    """The hard stop is for the worker process's own SIGTERM/SIGINT; a worker embedded in a program (tests, a
    script) that it closes must leave the program alive (the suite itself was ended 9.5 s after such a close)."""
    done = subprocess.run([sys.executable, "-c", EMBEDDED_WORKER, services.redis_url, f"embedded-{uuid.uuid4().hex}"],
                          cwd=ROOT, env=server_env(settings, services), capture_output=True, timeout=60)
    assert done.returncode == 0 and b"still running" in done.stdout, done.stdout[-2000:] + done.stderr[-2000:]
