"""structlog: JSON lines with the request id bound per request (readable lines on a terminal)."""

from __future__ import annotations

import logging
import sys

import structlog


class _QuietCronRuns(logging.Filter):
    """arq logs every cron run at INFO (the outbox and reply sweeps run every 15-20 s); keep their
    failures, drop the routine start and finish lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.INFO or "cron:" not in record.getMessage()


def configure_logging(level: str = "info", json: bool | None = None) -> None:
    """JSON lines by default; readable lines when stderr is a terminal (`./just up`'s children share it)."""
    if json is None:
        json = not sys.stderr.isatty()
    logging.getLogger("arq.worker").addFilter(_QuietCronRuns())
    numeric = getattr(logging, level.upper(), logging.INFO)
    logging.basicConfig(format="%(message)s", stream=sys.stderr, level=numeric)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=True,
    )
