"""`parley up`'s supervisor: keeps the API and worker processes (and the embedded Redis) running.

A child that exits is started again after a backoff that doubles with every exit in a row (0.5 s,
1 s, 2 s, ... up to 30 s) and starts over once the child has run for a while; only Ctrl-C/SIGTERM
stops everything."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import structlog

log = structlog.get_logger("parley.up")

FIRST_DELAY_SECONDS = 0.5
MAX_DELAY_SECONDS = 30.0
STABLE_SECONDS = 30.0  # a child that ran this long before it exited is restarted at once


@dataclass
class Service:
    """Something the supervisor keeps alive: how to start it, and whether it still runs."""

    name: str
    start: Callable[[], None]
    alive: Callable[[], bool]
    exit_code: Callable[[], int | None] = lambda: None


@dataclass
class ChildProcess:
    """A child process as a Service (the API, the worker)."""

    name: str
    launch: Callable[[], subprocess.Popen]
    process: subprocess.Popen | None = None

    def service(self) -> Service:
        return Service(self.name, self._start, lambda: self.process is not None and self.process.poll() is None,
                       lambda: self.process.returncode if self.process is not None else None)

    def _start(self) -> None:
        self.process = self.launch()

    def terminate(self, timeout: float = 10.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@dataclass
class _Watch:
    service: Service
    started_at: float = 0.0
    exits_in_a_row: int = 0
    restart_at: float | None = None
    restarts: int = 0


@dataclass
class Supervisor:
    services: list[Service]
    first_delay: float = FIRST_DELAY_SECONDS
    max_delay: float = MAX_DELAY_SECONDS
    stable_seconds: float = STABLE_SECONDS
    _watches: list[_Watch] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._watches = [_Watch(s, started_at=time.monotonic()) for s in self.services]

    def check(self) -> None:
        """One pass: notice what died, restart what is due."""
        now = time.monotonic()
        for watch in self._watches:
            service = watch.service
            if watch.restart_at is None:
                if service.alive():
                    continue
                ran = now - watch.started_at
                watch.exits_in_a_row = 1 if ran >= self.stable_seconds else watch.exits_in_a_row + 1
                delay = min(self.max_delay, self.first_delay * 2 ** (watch.exits_in_a_row - 1))
                if ran >= self.stable_seconds:
                    delay = 0.0
                watch.restart_at = now + delay
                log.warning("child exited; restarting", child=service.name, exit_code=service.exit_code(),
                            ran_seconds=round(ran, 1), restart_in=delay)
            if now >= watch.restart_at:
                watch.restart_at = None
                watch.started_at = now
                watch.restarts += 1
                try:
                    service.start()
                except Exception as exc:  # e.g. the embedded Redis could not start: try again later
                    log.error("child restart failed", child=service.name, error=repr(exc))
                    continue
                log.info("child restarted", child=service.name, restarts=watch.restarts)

    def run(self, interval: float = 0.5) -> None:
        """Until Ctrl-C/SIGTERM (KeyboardInterrupt)."""
        while True:
            self.check()
            time.sleep(interval)
