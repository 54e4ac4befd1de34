"""The realtime engine of one app: its hub (live connections, heartbeats, presence refresh, gap
repair), its router of durable session events, and a follower per connection. The composition root
builds one per app (`Container.realtime_engine`), on the app's channels plugin."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from infrastructure.realtime.channels import TransientChannelsPlugin
from infrastructure.realtime.config import RealtimeConfig
from infrastructure.realtime.events import RedisEventPublisher
from infrastructure.realtime.follower import EventLog, SessionFollower
from infrastructure.realtime.hub import Hub
from infrastructure.realtime.presence import PresenceRegistry
from infrastructure.realtime.router import SessionEventRouter


class RealtimeEngine:
    def __init__(
        self,
        config: RealtimeConfig,
        channels: TransientChannelsPlugin,
        publisher: RedisEventPublisher,
        presence: PresenceRegistry,
        log_reader: EventLog,
    ) -> None:
        self.config = config
        self.presence = presence
        self.router = SessionEventRouter(channels, publisher)  # sockets, long polls and SSE share it
        self.hub = Hub(config, presence, log_reader)
        self._channels = channels
        self._publisher = publisher
        self._log = log_reader

    def follower(self, connection_id: str, role: str, send: Callable[[bytes], Awaitable[None]]) -> SessionFollower:
        return SessionFollower(
            connection_id, role, send, router=self.router, channels=self._channels, publisher=self._publisher, log_reader=self._log
        )
