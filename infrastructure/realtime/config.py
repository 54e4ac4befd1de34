"""WebSocket tuning, from the environment (PARLEY_WS_*)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class RealtimeConfig:
    heartbeat_seconds: float = 20.0  # the server pings an idle socket this often
    idle_timeout_seconds: float = 60.0  # no frame at all for this long: the connection is dead, close it
    auth_timeout_seconds: float = 10.0  # operator sockets must authenticate within this time
    max_frame_bytes: int = 65_536
    rate_per_second: float = 20.0  # per-socket token bucket
    burst: int = 40
    flood_close_after: int = 200  # frames refused in a row before the socket is closed (4429)


def load_realtime_config(environ: Mapping[str, str] | None = None) -> RealtimeConfig:
    env = os.environ if environ is None else environ
    d = RealtimeConfig()

    def num(name: str, default: float, kind=float):
        raw = env.get(name)
        if not raw:
            return default
        try:
            value = kind(raw)
        except ValueError:
            raise ValueError(f"{name}: must be a number, got {raw!r}") from None
        if value <= 0:
            raise ValueError(f"{name}: must be greater than 0")
        return value

    return RealtimeConfig(
        heartbeat_seconds=num("PARLEY_WS_HEARTBEAT_SECONDS", d.heartbeat_seconds),
        idle_timeout_seconds=num("PARLEY_WS_IDLE_TIMEOUT_SECONDS", d.idle_timeout_seconds),
        auth_timeout_seconds=num("PARLEY_WS_AUTH_TIMEOUT_SECONDS", d.auth_timeout_seconds),
        max_frame_bytes=num("PARLEY_WS_MAX_FRAME_BYTES", d.max_frame_bytes, int),
        rate_per_second=num("PARLEY_WS_RATE_PER_SECOND", d.rate_per_second),
        burst=num("PARLEY_WS_BURST", d.burst, int),
        flood_close_after=num("PARLEY_WS_FLOOD_CLOSE_AFTER", d.flood_close_after, int),
    )
