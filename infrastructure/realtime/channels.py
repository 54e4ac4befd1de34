"""Litestar channels on Redis pub/sub: one Redis subscription per channel per process, fanned out
in-process to every subscribed socket."""

from __future__ import annotations

from litestar.channels import ChannelsPlugin
from litestar.channels.backends.redis import RedisChannelsPubSubBackend


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


def channels_plugin(redis=None) -> ChannelsPlugin:
    return ChannelsPlugin(
        backend=DeferredRedisPubSubBackend(redis),
        arbitrary_channels_allowed=True,
        create_ws_route_handlers=False,
        subscriber_max_backlog=10_000,
        subscriber_backlog_strategy="dropleft",
    )
