"""Identifiers: UUIDv7 (time-ordered, so ids double as creation-order cursors)."""

from __future__ import annotations

import uuid
from datetime import datetime

import uuid_utils


def new_id() -> uuid.UUID:
    return uuid.UUID(bytes=uuid_utils.uuid7().bytes)


def first_id_at(moment: datetime) -> uuid.UUID:
    """Below every UUIDv7 made at or after `moment` (and above those made before its millisecond)."""
    return uuid.UUID(int=int(moment.timestamp() * 1000) << 80)
