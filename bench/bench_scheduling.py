"""Scheduling: `find_slots` over a month against three CalDAV calendars (Radicale, a subprocess) holding
500 busy events between them, through the real service (the calendars' REPORTs over the vetted transport,
the schedule's bookings from PostgreSQL, the slot computation); and the slot computation alone on the same
busy time.

    python bench/bench_scheduling.py [--runs 40] [--events 500]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support import owner_with_chatbot, parley_in_process, percentile, scratch_dir
from domain.scheduling.availability import free_slots
from domain.scheduling.model import AvailabilityRules
from tests.integration.scheduling.radicale import Radicale, vevent


def ical(t: datetime) -> str:
    return t.strftime("%Y%m%dT%H%M%SZ")


async def main(runs: int, events: int) -> None:
    radicale = Radicale(scratch_dir("parley-bench-radicale-")).start()
    try:
        async with parley_in_process("parley-bench-scheduling-", allow_private_urls=True) as parley:
            service = parley.container.scheduling
            principal, chatbot = await owner_with_chatbot(parley.container, "Bench Co", "Bookings")
            rng = random.Random(7)
            start = (datetime.now(UTC) + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
            calendars = []
            for c in range(3):
                url = radicale.new_calendar()
                calendars.append((await service.connect_calendar(principal, "caldav", url, "alice", "wonderland")).id)
                for i in range(events // 3 + (1 if c < events % 3 else 0)):
                    at = start + timedelta(days=rng.randrange(31), hours=rng.randrange(6, 18), minutes=rng.choice((0, 15, 30, 45)))
                    radicale.put(url, f"e{i}.ics", vevent(f"c{c}-e{i}", ical(at), ical(at + timedelta(minutes=rng.choice((15, 30, 60, 90))))))
            weekly = {d: [["09:00", "12:30"], ["13:30", "18:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}
            schedule = await service.create_schedule(
                principal, chatbot.id, "Demo", {"time_zone": "Europe/Berlin", "weekly": weekly, "slot_minutes": 30,
                                                "buffer_before_minutes": 10, "buffer_after_minutes": 10,
                                                "min_notice_minutes": 0, "horizon_days": 60}, calendar_ids=calendars,
            )
            end = start + timedelta(days=31)
            timings, found = [], []
            for _ in range(runs):
                t0 = time.perf_counter()
                found = await service.find_slots(principal, schedule.id, start, end, 30)
                timings.append((time.perf_counter() - t0) * 1000)
            busy = []
            for cid in calendars:
                async with parley.container.db.unit_of_work(principal.tenant_id) as uow:
                    credentials = await uow.scheduling.credentials(cid)
                busy += await service.gateways["caldav"].busy(credentials, start, end)
            rules = AvailabilityRules.parse(schedule.rules.wire())
            compute = []
            for _ in range(runs * 5):
                t0 = time.perf_counter()
                free_slots(rules, start=start, end=end, duration=timedelta(minutes=30), now=start - timedelta(hours=1), busy=busy)
                compute.append((time.perf_counter() - t0) * 1000)
            print(f"find_slots over 31 days, 3 CalDAV calendars, {len(busy)} busy intervals, {len(found)} free slots:")
            print(f"  end to end (3 REPORTs + DB + compute), {runs} runs: p50 {percentile(timings, 50):.1f} ms, "
                  f"p95 {percentile(timings, 95):.1f} ms")
            print(f"  slot computation alone, {runs * 5} runs: p50 {percentile(compute, 50):.2f} ms, "
                  f"p95 {percentile(compute, 95):.2f} ms")
    finally:
        radicale.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--events", type=int, default=500)
    args = parser.parse_args()
    asyncio.run(main(args.runs, args.events))
