"""What the analytics context publishes (through the outbox; partners subscribe to it as a webhook)."""

from __future__ import annotations

from datetime import date

from domain.events import DomainEvent


class CreditsThresholdReached(DomainEvent, frozen=True, kw_only=True):
    """The workspace used `threshold` % (80 or 100) of its AI credits for the month starting `period` (UTC); sent
    once per threshold and month."""

    name = "credits.threshold_reached"
    period: date
    threshold: int
    used: int
    allowance: int
    plan: str
