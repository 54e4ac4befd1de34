"""Analytics: the overview query over a year of seeded daily rollups, and what folding one event costs.

Seeds `--chatbots` chatbots × `--days` days of rollup rows (and the language/intent rows beside them) in one
workspace through the analytics repository, then times the overview (current + previous period, two sums) for
90- and 365-day ranges, the daily series of a year, and a breakdown by intent; then folds `--events` chat-message
events of `--conversations` conversations through the service (what the outbox subscriber calls), one event
per transaction and in batches, and prints the time per event."""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from uuid import UUID

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support import owner_with_chatbot, parley_in_process, percentile  # noqa: E402


async def seed(container, tenant_id: UUID, chatbots: list[UUID], days: int, end: date) -> int:
    from domain.analytics.model import DIMENSION_COUNTERS, ROLLUP_COUNTERS, DimensionDelta, RollupDelta

    rng = random.Random(7)
    rows = 0
    for chunk in range(0, days, 30):
        rollups, dims = [], []
        for offset in range(chunk, min(days, chunk + 30)):
            day = end - timedelta(days=offset)
            for bot in chatbots:
                counters = {c: rng.randint(0, 400) for c in ROLLUP_COUNTERS}
                rollups.append(RollupDelta(bot, day, counters))
                for dim, values in (("language", ("en", "fr", "de")), ("intent", ("question", "pricing", "refund", "greeting"))):
                    for v in values:
                        dims.append(DimensionDelta(bot, day, dim, v, {c: rng.randint(0, 100) for c in DIMENSION_COUNTERS}))
        async with container.db.unit_of_work(tenant_id) as uow:
            await uow.analytics.add_rollups(rollups)
            await uow.analytics.add_dimensions(dims)
        rows += len(rollups) + len(dims)
    return rows


async def timed(n: int, call) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        await call()
        out.append((time.perf_counter() - t0) * 1000)
    return out


async def run(args: argparse.Namespace) -> None:
    from domain.analytics.model import make_query
    from domain.conversations.events import ConversationStarted, MessageCreated
    from domain.ids import new_id

    async with parley_in_process("parley-bench-analytics-") as p:
        container = p.container
        principal, bot = await owner_with_chatbot(container, "Bench analytics", "Bench bot")
        chatbots = [bot.id] + [(await container.chatbots.create(principal, {"name": f"bot {i}"})).id for i in range(args.chatbots - 1)]
        today = datetime.now(UTC).date()
        t0 = time.perf_counter()
        rows = await seed(container, principal.tenant_id, chatbots, args.days, today)
        print(f"seeded {rows:,} rollup rows ({args.chatbots} chatbots × {args.days} days, + language/intent rows) "
              f"in {time.perf_counter() - t0:.1f} s")
        service = container.analytics
        for days in (90, 365):
            q = make_query(today - timedelta(days=days - 1), today, today)
            await service.overview(principal, q)  # warm
            ms = await timed(args.repeat, lambda q=q: service.overview(principal, q))
            print(f"overview {days:>3} days (+ previous period): p50 {percentile(ms, 50):6.2f} ms  p95 {percentile(ms, 95):6.2f} ms")
        year = make_query(today - timedelta(days=364), today, today)
        ms = await timed(args.repeat, lambda: service.series(principal, year))
        print(f"daily series, 365 days:               p50 {percentile(ms, 50):6.2f} ms  p95 {percentile(ms, 95):6.2f} ms")
        by_intent = make_query(today - timedelta(days=89), today, today, breakdown="intent")
        ms = await timed(args.repeat, lambda: service.breakdown(principal, by_intent))
        print(f"breakdown by intent, 90 days:         p50 {percentile(ms, 50):6.2f} ms  p95 {percentile(ms, 95):6.2f} ms")

        tenant_id = principal.tenant_id
        conversations = [new_id() for _ in range(args.conversations)]
        await service.record(tenant_id, [
            ConversationStarted(tenant_id=tenant_id, conversation_id=c, chatbot_id=bot.id, visitor_id=new_id()) for c in conversations
        ])
        rng = random.Random(3)

        def message():
            return MessageCreated(tenant_id=tenant_id, conversation_id=rng.choice(conversations), chatbot_id=bot.id,
                                  message_id=new_id(), seq=1, sender=rng.choice(("customer", "ai")), content="where is my order?")

        single = [message() for _ in range(args.events)]
        t0 = time.perf_counter()
        for e in single:
            await service.record(tenant_id, [e])
        one = (time.perf_counter() - t0) / len(single) * 1e6
        batch = [message() for _ in range(args.events)]
        t0 = time.perf_counter()
        for i in range(0, len(batch), 64):
            await service.record(tenant_id, batch[i:i + 64])
        many = (time.perf_counter() - t0) / len(batch) * 1e6
        print(f"folding a chat event: {one:,.0f} µs alone (its own transaction), {many:,.0f} µs in batches of 64 "
              f"(wall time, {args.events} events over {args.conversations} conversations)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chatbots", type=int, default=10)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--conversations", type=int, default=200)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
