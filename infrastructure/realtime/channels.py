"""Litestar channels on Redis pub/sub: one Redis subscription per channel per process, fanned out
in-process to every subscribed socket."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Iterable
from typing import Any

import structlog
from litestar.channels import ChannelsPlugin
from litestar.channels.backends.redis import RedisChannelsPubSubBackend
from litestar.channels.subscriber import Subscriber

from infrastructure.redis_client import REDIS_UNAVAILABLE, Backoff

log = structlog.get_logger(__name__)


class DeferredRedisPubSubBackend(RedisChannelsPubSubBackend):
    """The Redis client exists only once the container has started (embedded Redis is resolved at
    start-up), so the app binds it in its lifespan, before the plugin starts.

    It outlives Redis outages: the stock backend's event stream ends (and with it the plugin's only
    receiving task, for good) on the first connection error, and a subscribe that fails leaves the
    plugin believing the channel subscribed. Here the stream reconnects with backoff and subscribes
    again to every channel wanted, including those whose subscribe failed while Redis was away;
    events published meanwhile are lost to pub/sub, and readers fill the gap from the log."""

    def __init__(self, redis=None) -> None:  # noqa: D107 - bound later
        self._bound = False
        if redis is not None:
            self.bind(redis)

    def bind(self, redis) -> None:
        if not self._bound:
            super().__init__(redis=redis, stream_sleep_no_subscriptions=1)
            self._bound = True

    async def subscribe(self, channels: Iterable[str]) -> None:
        channels = list(channels)
        try:
            await super().subscribe(channels)
        except REDIS_UNAVAILABLE as exc:  # wanted all the same: the stream subscribes when Redis is back
            log.warning("channel subscribe deferred: redis unavailable", error=type(exc).__name__)
            self._pub_sub.channels.update(self._pub_sub._normalize_keys(dict.fromkeys(channels)))
            self._has_subscribed.set()

    async def stream_events(self) -> AsyncGenerator[tuple[str, Any], None]:
        backoff = Backoff()
        lost = False
        while True:
            try:
                if lost:
                    pub_sub = self._pub_sub
                    wanted = list(pub_sub.channels.keys() - pub_sub.pending_unsubscribe_channels)
                    if wanted:  # a reconnect resubscribes what redis-py knew; this covers the rest
                        await pub_sub.subscribe(*wanted)
                    log.info("channels subscription restored", channels=len(wanted))
                    lost = False
                    backoff.reset()
                async for event in super().stream_events():
                    yield event
            except (*REDIS_UNAVAILABLE, RuntimeError) as exc:
                if isinstance(exc, RuntimeError) and self._pub_sub.connection is not None:
                    raise  # not redis-py's "never connected" (every subscribe so far failed)
                delay = backoff.next_delay()
                if not lost:
                    log.warning("channels subscription lost: redis unavailable", error=type(exc).__name__)
                lost = True
                await asyncio.sleep(delay)

    async def unsubscribe(self, channels: Iterable[str]) -> None:
        """As the stock backend, without building the set of every subscribed channel on each call
        (O(channels) per closing socket): nothing is left only if at least as many are pending removal."""
        pub_sub = self._pub_sub
        channels = list(channels)
        try:
            await pub_sub.unsubscribe(*channels)
        except REDIS_UNAVAILABLE:  # not wanted any more: a reconnect must not subscribe it again
            for channel in pub_sub._normalize_keys(dict.fromkeys(channels)):
                pub_sub.channels.pop(channel, None)
                pub_sub.pending_unsubscribe_channels.discard(channel)
        pending = pub_sub.pending_unsubscribe_channels
        if len(pending) >= len(pub_sub.channels) and not pub_sub.channels.keys() - pending:
            self._has_subscribed.clear()


class TransientChannelsPlugin(ChannelsPlugin):
    """ChannelsPlugin for channels that come and go: one per conversation, for as long as a socket
    follows it.

    The stock plugin keeps a key for every channel it ever served (an empty set once its last
    subscriber left: one per finished conversation, for the life of the process) and scans all of
    them on every unsubscribe, so a socket's close cost grew with every conversation the process had
    ever served (closing 1,000 sockets spent a third of its CPU there). Here each subscriber's
    channels are remembered, an unsubscribe touches only those, and a channel is forgotten with its
    last subscriber."""

    def __init__(self, backend: DeferredRedisPubSubBackend, **kwargs) -> None:
        super().__init__(backend=backend, **kwargs)
        self._deferred_backend = backend
        self._subscriptions: dict[Subscriber, set[str]] = {}

    def bind(self, redis) -> None:
        """Give the backend its Redis client (once the container has started, before the plugin does)."""
        self._deferred_backend.bind(redis)

    @property
    def served_channels(self) -> set[str]:
        """The channels that have a subscriber in this process."""
        return set(self._channels)

    async def subscribe(self, channels: str | Iterable[str], history: int | None = None) -> Subscriber:
        channels = [channels] if isinstance(channels, str) else list(channels)
        subscriber = await super().subscribe(channels, history)
        self._subscriptions[subscriber] = set(channels)
        return subscriber

    async def unsubscribe(self, subscriber: Subscriber, channels: str | Iterable[str] | None = None) -> None:
        subscribed = self._subscriptions.get(subscriber, set())
        if channels is None:
            leaving = set(subscribed)
        else:
            leaving = subscribed & ({channels} if isinstance(channels, str) else set(channels))
        emptied = set()
        for channel in leaving:
            remaining = self._channels.get(channel)
            if remaining is None:
                continue
            remaining.discard(subscriber)
            if not remaining:
                del self._channels[channel]
                emptied.add(channel)
        subscribed -= leaving
        if emptied:  # before any await: a subscribe to the same channel from now on is sent after this
            await self._backend.unsubscribe(emptied)
        if not subscribed:
            self._subscriptions.pop(subscriber, None)
            await subscriber.put(None)  # ends its event stream
            if subscriber.is_running:
                await subscriber.stop()


def channels_plugin(redis=None) -> TransientChannelsPlugin:
    return TransientChannelsPlugin(
        backend=DeferredRedisPubSubBackend(redis),
        arbitrary_channels_allowed=True,
        create_ws_route_handlers=False,
        subscriber_max_backlog=10_000,
        subscriber_backlog_strategy="dropleft",
    )
