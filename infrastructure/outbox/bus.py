"""In-process subscribers to domain events, by event name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable

import structlog

from domain.events import DomainEvent

log = structlog.get_logger(__name__)

# Called after the recording unit of work commits, at least once per event: a subscriber must be
# idempotent (the event id is stable across deliveries) and quick, or hand long work to a task or a job.
Subscriber = Callable[[DomainEvent], Awaitable[None]]


class EventBus:
    def __init__(self) -> None:
        self._subscribers: defaultdict[str, list[Subscriber]] = defaultdict(list)

    def subscribe(self, event_type: type[DomainEvent], subscriber: Subscriber) -> None:
        """`subscriber` receives every version of the event named like `event_type`."""
        self._subscribers[event_type.name].append(subscriber)

    async def publish(self, event: DomainEvent) -> None:
        """Awaits each subscriber in turn. One subscriber's failure does not keep the event from the others;
        it propagates after all were called (the outbox delivers the event again: subscribers are idempotent)."""
        failures: list[Exception] = []
        for subscriber in self._subscribers.get(event.name, ()):
            try:
                await subscriber(event)
            except Exception as exc:  # noqa: BLE001 - re-raised below, after the other subscribers
                log.warning("event subscriber failed", event=event.name, subscriber=repr(subscriber), error=repr(exc))
                failures.append(exc)
        if len(failures) == 1:
            raise failures[0]
        if failures:
            raise ExceptionGroup(f"{len(failures)} subscribers of {event.name} failed", failures)
