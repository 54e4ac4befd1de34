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
