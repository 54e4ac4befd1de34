"""In-process subscribers to domain events, by event name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable

from domain.events import DomainEvent

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
        """Awaits each subscriber in turn; the first failure propagates (the event is delivered again)."""
        for subscriber in self._subscribers.get(event.name, ()):
            await subscriber(event)
