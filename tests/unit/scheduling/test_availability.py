"""Slots from availability rules: wall-clock hours in an IANA zone, across daylight-saving changes, with
buffers, notice, horizon, daily cap, overrides and busy time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from domain.errors import InvalidInput
from domain.scheduling.availability import free_slots, spread
from domain.scheduling.model import AvailabilityRules, Interval

BERLIN, NEW_YORK = ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")
WEEKDAYS_9_TO_5 = {d: [["09:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}


def rules(**kw) -> AvailabilityRules:
    raw = {"time_zone": "Europe/Berlin", "weekly": WEEKDAYS_9_TO_5, "min_notice_minutes": 0, "horizon_days": 365} | kw
    return AvailabilityRules.parse(raw)


def slots(r: AvailabilityRules, start: datetime, end: datetime, minutes: int = 30, now=None, busy=(), booked=()):
    now = now or start - timedelta(days=1)
    return free_slots(r, start=start, end=end, duration=timedelta(minutes=minutes), now=now, busy=busy, booked=booked)


def local(ts: list[datetime], tz: ZoneInfo) -> list[str]:
    return [t.astimezone(tz).strftime("%m-%d %H:%M %Z") for t in ts]


def test_nine_to_five_is_nine_to_five_on_both_sides_of_the_spring_change_in_berlin():
    r = rules(slot_minutes=60)
    found = slots(r, datetime(2026, 3, 27, tzinfo=UTC), datetime(2026, 3, 31, tzinfo=UTC), minutes=60)
    friday = [t for t in found if t.astimezone(BERLIN).date() == date(2026, 3, 27)]
    monday = [t for t in found if t.astimezone(BERLIN).date() == date(2026, 3, 30)]
    assert friday[0] == datetime(2026, 3, 27, 8, tzinfo=UTC)  # 09:00 CET
    assert monday[0] == datetime(2026, 3, 30, 7, tzinfo=UTC)  # 09:00 CEST
    assert local(friday, BERLIN)[-1] == "03-27 16:00 CET" and local(monday, BERLIN)[-1] == "03-30 16:00 CEST"
    assert len(friday) == len(monday) == 8
    assert not [t for t in found if t.astimezone(BERLIN).weekday() >= 5]  # the weekend is closed


def test_a_night_window_across_the_berlin_spring_change_has_one_hour_less():
    r = rules(weekly={"sun": [["00:00", "06:00"]]}, slot_minutes=60)
    found = slots(r, datetime(2026, 3, 28, 12, tzinfo=UTC), datetime(2026, 3, 29, 12, tzinfo=UTC), minutes=60)
    assert local(found, BERLIN) == ["03-29 00:00 CET", "03-29 01:00 CET", "03-29 03:00 CEST", "03-29 04:00 CEST",
                                    "03-29 05:00 CEST"]


def test_the_new_york_fall_back_night_has_one_hour_more_and_1am_twice():
    r = rules(time_zone="America/New_York", weekly={"sun": [["00:00", "04:00"]]}, slot_minutes=60)
    found = slots(r, datetime(2026, 10, 31, tzinfo=UTC), datetime(2026, 11, 2, tzinfo=UTC), minutes=60)
    assert local(found, NEW_YORK) == ["11-01 00:00 EDT", "11-01 01:00 EDT", "11-01 01:00 EST", "11-01 02:00 EST",
                                      "11-01 03:00 EST"]
    assert found[0] == datetime(2026, 11, 1, 4, tzinfo=UTC) and found[-1] == datetime(2026, 11, 1, 8, tzinfo=UTC)


def test_new_york_business_hours_move_in_utc_across_the_spring_change():
    r = rules(time_zone="America/New_York", slot_minutes=30)
    found = slots(r, datetime(2026, 3, 6, tzinfo=UTC), datetime(2026, 3, 10, tzinfo=UTC))
    first_per_day = {}
    for t in found:
        first_per_day.setdefault(t.astimezone(NEW_YORK).date(), t)
    assert first_per_day[date(2026, 3, 6)] == datetime(2026, 3, 6, 14, tzinfo=UTC)  # 09:00 EST
    assert first_per_day[date(2026, 3, 9)] == datetime(2026, 3, 9, 13, tzinfo=UTC)  # 09:00 EDT
    # a visitor in Berlin sees the same slots in their zone: on 9 March (US already summer time, EU not) at 14:00
    assert first_per_day[date(2026, 3, 9)].astimezone(BERLIN).strftime("%H:%M") == "14:00"


def test_busy_time_and_buffers_remove_slots():
    r = rules(buffer_before_minutes=15, buffer_after_minutes=15)
    day = datetime(2026, 6, 1, tzinfo=UTC)  # a Monday, CEST: 09:00 local = 07:00Z
    busy = [Interval(datetime(2026, 6, 1, 8, tzinfo=UTC), datetime(2026, 6, 1, 9, tzinfo=UTC))]  # 10-11 local
    found = local(slots(r, day, day + timedelta(days=1), busy=busy), BERLIN)
    # 09:30 would end at 10:00 but its after-buffer runs into the busy hour; 11:00 starts inside the before-buffer
    assert "06-01 09:00 CEST" in found and "06-01 09:30 CEST" not in found
    assert "06-01 11:00 CEST" not in found and "06-01 11:30 CEST" in found


def test_bookings_count_towards_the_daily_cap_and_block_their_time():
    r = rules(daily_cap=2)
    day = datetime(2026, 6, 2, tzinfo=UTC)
    one = Interval(datetime(2026, 6, 2, 7, tzinfo=UTC), datetime(2026, 6, 2, 7, 30, tzinfo=UTC))
    found = slots(r, day, day + timedelta(days=2), booked=[one])
    assert datetime(2026, 6, 2, 7, tzinfo=UTC) not in found and datetime(2026, 6, 2, 7, 30, tzinfo=UTC) in found
    two = Interval(datetime(2026, 6, 2, 9, tzinfo=UTC), datetime(2026, 6, 2, 9, 30, tzinfo=UTC))
    found = slots(r, day, day + timedelta(days=2), booked=[one, two])
    assert not [t for t in found if t.date() == date(2026, 6, 2)]  # the cap is reached: none that day
    assert [t for t in found if t.date() == date(2026, 6, 3)]


def test_overrides_close_a_holiday_and_change_hours():
    r = rules(overrides={"2026-12-24": [], "2026-12-23": [["10:00", "12:00"]], "2026-12-26": [["10:00", "11:00"]]})
    found = local(slots(r, datetime(2026, 12, 22, tzinfo=UTC), datetime(2026, 12, 27, tzinfo=UTC)), BERLIN)
    assert not [s for s in found if s.startswith("12-24")]
    assert [s for s in found if s.startswith("12-23")] == ["12-23 10:00 CET", "12-23 10:30 CET", "12-23 11:00 CET",
                                                           "12-23 11:30 CET"]
    assert [s for s in found if s.startswith("12-26")] == ["12-26 10:00 CET", "12-26 10:30 CET"]  # a Saturday opened


def test_minimum_notice_and_horizon():
    r = rules(min_notice_minutes=120, horizon_days=2)
    now = datetime(2026, 6, 1, 8, 10, tzinfo=UTC)  # Monday 10:10 CEST
    found = slots(r, now - timedelta(days=1), now + timedelta(days=10), now=now)
    assert found[0] == datetime(2026, 6, 1, 10, 30, tzinfo=UTC)  # 12:30 local: the first after 12:10
    assert found[-1] < now + timedelta(days=2)


def test_a_longer_meeting_must_fit_in_the_window():
    r = rules(weekly={"mon": [["09:00", "10:30"]]})
    found = local(slots(r, datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 6, 2, tzinfo=UTC), minutes=60), BERLIN)
    assert found == ["06-01 09:00 CEST", "06-01 09:30 CEST"]


@pytest.mark.parametrize("raw, field", [
    ({"time_zone": "Mars/Olympus"}, "time_zone"),
    ({"time_zone": "CEST+2"}, "time_zone"),
    ({"time_zone": "../../etc/passwd"}, "time_zone"),
    ({"weekly": {"monday": [["09:00", "17:00"]]}}, "weekly"),
    ({"weekly": {"mon": [["17:00", "09:00"]]}}, "weekly.mon"),
    ({"weekly": {"mon": [["09:00", "12:00"], ["11:00", "13:00"]]}}, "weekly.mon"),
    ({"weekly": {"mon": [["9", "12:00"]]}}, "weekly.mon"),
    ({"overrides": {"2026-02-30": []}}, "overrides"),
    ({"slot_minutes": 0}, "slot_minutes"),
    ({"daily_cap": 0}, "daily_cap"),
])
def test_bad_rules_name_their_field(raw, field):
    with pytest.raises(InvalidInput) as caught:
        AvailabilityRules.parse(raw)
    assert caught.value.field == field


def test_rules_round_trip_through_their_wire_form():
    r = rules(overrides={"2026-12-24": []}, daily_cap=3, weekly={"mon": [["22:00", "24:00"]]})
    assert AvailabilityRules.parse(r.wire()) == r


def test_offers_three_to_five_spread_out_slots():
    r = rules()
    found = slots(r, datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 6, 6, tzinfo=UTC))
    offered = spread(found, BERLIN)
    assert 3 <= len(offered) <= 5 and offered == sorted(offered)
    assert len({t.astimezone(BERLIN).date() for t in offered}) >= 3
    few = found[:3]
    assert spread(few, BERLIN) == few  # three close together are still offered
