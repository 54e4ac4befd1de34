"""Free slots: the rules' wall-clock windows turned into absolute times in the rules' zone (so a day across a
daylight-saving change has its real length), minus busy time, buffers, notice, horizon and the daily cap."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from domain.scheduling.model import WEEKDAYS, AvailabilityRules, Interval, Window


def _local(day: date, clock_end: Window, tz: ZoneInfo) -> Interval:
    """The window on `day` as absolute UTC times. A wall time that does not exist (spring forward) is read
    with the offset before the change; an ambiguous one (fall back) is its first occurrence."""
    start = datetime.combine(day, clock_end.start, tzinfo=tz)
    end = (
        datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=tz)
        if clock_end.end is None
        else datetime.combine(day, clock_end.end, tzinfo=tz)
    )
    return Interval(start.astimezone(UTC), end.astimezone(UTC))


def windows_on(rules: AvailabilityRules, day: date) -> tuple[Window, ...]:
    if day in rules.overrides:
        return rules.overrides[day]
    return rules.weekly.get(WEEKDAYS[day.weekday()], ())


def open_intervals(rules: AvailabilityRules, start: datetime, end: datetime) -> list[tuple[date, Interval]]:
    """Opening hours between `start` and `end` (UTC), each with its local date."""
    tz = rules.zone
    day = start.astimezone(tz).date() - timedelta(days=1)
    last = end.astimezone(tz).date()
    found = []
    while day <= last:
        for window in windows_on(rules, day):
            interval = _local(day, window, tz)
            if interval.end > start and interval.start < end and interval.end > interval.start:
                found.append((day, interval))
        day += timedelta(days=1)
    return found


def free_slots(
    rules: AvailabilityRules,
    *,
    start: datetime,
    end: datetime,
    duration: timedelta,
    now: datetime,
    busy: Iterable[Interval],
    booked: Sequence[Interval] = (),
    limit: int | None = None,
) -> list[datetime]:
    """Start times (UTC) of free meetings of `duration` between `start` and `end`.

    A slot starts on the rules' grid (every `slot_minutes` from the window's start), lies inside one window,
    is at least `min_notice` ahead of `now` and within `horizon_days`; with its buffers it overlaps no busy
    interval and no booking (itself widened by the buffers); a local day with `daily_cap` bookings offers none."""
    step = timedelta(minutes=rules.slot_minutes)
    before, after = timedelta(minutes=rules.buffer_before_minutes), timedelta(minutes=rules.buffer_after_minutes)
    earliest = max(start, now + timedelta(minutes=rules.min_notice_minutes))
    latest = min(end, now + timedelta(days=rules.horizon_days))
    if latest <= earliest or duration <= timedelta(0):
        return []
    tz = rules.zone
    blocked = sorted(
        [b for b in busy] + [b.widened(before, after) for b in booked], key=lambda i: i.start
    )
    per_day: dict[date, int] = {}
    for b in booked:
        per_day[b.start.astimezone(tz).date()] = per_day.get(b.start.astimezone(tz).date(), 0) + 1
    slots: list[datetime] = []
    cursor = 0  # blocked intervals ending before the current slot are never needed again
    for day, window in open_intervals(rules, earliest - step, latest + duration):
        if rules.daily_cap is not None and per_day.get(day, 0) >= rules.daily_cap:
            continue
        t = window.start
        while t + duration <= window.end:
            if earliest <= t < latest:
                lo, hi = t - before, t + duration + after
                while cursor < len(blocked) and blocked[cursor].end <= lo:
                    cursor += 1
                if not _clashes(blocked, cursor, lo, hi):
                    slots.append(t)
                    if limit is not None and len(slots) >= limit:
                        return slots
            t += step
    return sorted(set(slots))


def _clashes(blocked: Sequence[Interval], first: int, lo: datetime, hi: datetime) -> bool:
    for b in blocked[first:]:  # sorted by start
        if b.start >= hi:
            return False
        if b.end > lo:
            return True
    return False


def spread(slots: Sequence[datetime], tz: ZoneInfo, want: int = 5, gap: timedelta = timedelta(hours=3)) -> list[datetime]:
    """Up to `want` slots to offer, spread out: the first of each day, then ones `gap` away from every
    pick, then (when fewer than three) the next ones in order."""
    picked: list[datetime] = []
    days: set[date] = set()
    for s in slots:
        if len(picked) == want:
            break
        if s.astimezone(tz).date() not in days:
            days.add(s.astimezone(tz).date())
            picked.append(s)
    for s in slots:
        if len(picked) >= want:
            break
        if all(abs(s - p) >= gap for p in picked):
            picked.append(s)
    for s in slots:
        if len(picked) >= min(3, want):
            break
        if s not in picked:
            picked.append(s)
    return sorted(picked)
