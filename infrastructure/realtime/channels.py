"""Litestar channels on Redis pub/sub: one Redis subscription per channel per process, fanned out
in-process to every subscribed socket."""

from __future__ import annotations

from typing import Iterable

from litestar.channels import ChannelsPlugin
from litestar.channels.backends.redis import RedisChannelsPubSubBackend
from litestar.channels.subscriber import Subscriber


class DeferredRedisPubSubBackend(RedisChannelsPubSubBackend):
    """The Redis client exists only once the container has started (embedded Redis is resolved at
    start-up), so the app binds it in its lifespan, before the plugin starts."""

    def __init__(self, redis=None) -> None:  # noqa: D107 - bound later
        self._bound = False
        if redis is not None:
            self.bind(redis)

    def bind(self, redis) -> None:
        if not self._bound:
            super().__init__(redis=redis, stream_sleep_no_subscriptions=1)
            self._bound = True

    async def unsubscribe(self, channels: Iterable[str]) -> None:
        """As the stock backend, without building the set of every subscribed channel on each call
        (O(channels) per closing socket): nothing is left only if at least as many are pending removal."""
        pub_sub = self._pub_sub
        await pub_sub.unsubscribe(*channels)
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

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._subscriptions: dict[Subscriber, set[str]] = {}

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


def channels_plugin(redis=None) -> ChannelsPlugin:
    return TransientChannelsPlugin(
        backend=DeferredRedisPubSubBackend(redis),
        arbitrary_channels_allowed=True,
        create_ws_route_handlers=False,
        subscriber_max_backlog=10_000,
        subscriber_backlog_strategy="dropleft",
    )
