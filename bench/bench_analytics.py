"""Analytics at a year of traffic: a 90-day overview, a 90-day PDF report, and what folding one event into the rollups
costs.

Seeds one workspace with `--conversations` conversations (default 100k) and `--messages` chat messages (default 1M)
over `--days` days and `--chatbots` chatbots, all by bulk COPY (as the database owner; contents sealed with the
workspace's key like the app seals them): visitors, chat_sessions, chat_messages, and the analytics rows those
conversations give: per-conversation metrics folded from the seeded messages by the domain's own fold
(`domain.analytics.folding.message`, then `decide`), and the daily rollups as the sums of their contributions
(`deltas`), exactly what the live folding would have written. Then times: the overview (current + previous period)
over 90 and 365 days, the daily series of a year, a breakdown by intent; a 90-day PDF report rendered by the report
job's code (gather, draw, seal and store); and folding `--events` chat-message events through the service (what the
outbox subscriber calls), alone and in batches: the rollup cost per event. Prints the machine's load beside them."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from uuid import UUID

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support import owner_with_chatbot, parley_in_process, percentile  # noqa: E402

QUESTIONS = [
    "Where is my order?", "How do I reset my password?", "Can I pay with bitcoin?", "Do you ship to Canada?",
    "How much is the pro plan?", "Can I get a refund?", "How do I change my delivery address?", "Is there a student discount?",
    "Do you sell gift cards?", "What are your opening hours?",
]
INTENTS = ["order_status", "account", "payment", "shipping", "pricing", "refund", "shipping", "pricing", "pricing", "question"]


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min) / {five:.2f} (5 min) on {os.cpu_count()} cores"


async def seed(p, principal, chatbots: list[UUID], n_conversations: int, n_messages: int, days: int, today: date) -> None:
    """COPY the conversations, their messages and the analytics they make (see the module's docstring)."""
    import asyncpg

    from domain.analytics.folding import message
    from domain.analytics.model import DIMENSION_COUNTERS, ROLLUP_COUNTERS, ConversationMetrics, deltas, local_day
    from domain.ids import new_id
    from infrastructure.analytics.repository import _PLAIN

    container = p.container
    tenant_id, operator = principal.tenant_id, principal.user_id
    async with container.db.unit_of_work(tenant_id) as uow:
        cipher = await uow.cipher()
    tz = UTC
    rng = random.Random(11)
    per = max(1, n_messages // max(1, n_conversations))
    extra = n_messages - per * n_conversations
    rollups: dict[tuple[UUID, date], Counter[str]] = {}
    dims: dict[tuple[UUID, date, str, str], Counter[str]] = {}
    end = datetime.combine(today, datetime.min.time(), UTC) + timedelta(hours=20)
    conn = await asyncpg.connect(p.owner_url)
    t0 = time.perf_counter()
    copied = 0
    try:
        chunk = 10_000
        for first in range(0, n_conversations, chunk):
            visitors, sessions, messages, metrics = [], [], [], []
            for i in range(first, min(n_conversations, first + chunk)):
                bot = chatbots[i % len(chatbots)]
                started = end - timedelta(seconds=rng.random() * days * 86400)
                visitor, session = new_id(), new_id()
                visitors.append((visitor, tenant_id, bot, started))
                k = rng.randrange(len(QUESTIONS))
                m = ConversationMetrics(session, bot, started_at=started)
                count = per + (1 if i < extra else 0)
                at = started
                human = rng.random() < 0.15
                declined = rng.random() < 0.1
                for seq in range(1, count + 1):
                    at += timedelta(seconds=rng.randint(2, 40))
                    sender = "customer" if seq % 2 else ("human" if human and seq > 3 else "ai")
                    text = QUESTIONS[k] if seq == 1 else ("thanks" if seq == count and sender == "customer" else f"message {seq}")
                    data = ({"analysis": {"intent": INTENTS[k], "language": "en", "sentiment": 0.1}, "credits": 1,
                             "answered": not declined} if sender == "ai" else {})
                    user = operator if sender == "human" else None
                    mid = new_id()
                    messages.append((mid, tenant_id, session, seq, "message", sender, user,
                                     cipher.encrypt(text, "chat_messages", "content", mid),
                                     cipher.encrypt_bytes(json.dumps(data).encode(), "chat_messages", "data", mid) if data else None,
                                     at))
                    message(m, sender, at, text, data, user)
                m.closed, m.ended_at = True, at + timedelta(minutes=5)
                rating = rng.choice((None, None, 5, 4, 2)) if not declined else 1
                m.rating = rating
                m.decide(None)
                sessions.append((session, tenant_id, bot, visitor, "closed", "en", started, m.ended_at, count, at, count, rating))
                metrics.append(m)
                r, d = deltas(None, m, tz)
                for x in r:
                    rollups.setdefault((x.chatbot_id, x.day), Counter()).update(x.counters)
                for x in d:
                    dims.setdefault((x.chatbot_id, x.day, x.dimension, x.value), Counter()).update(x.counters)
            await conn.copy_records_to_table("visitors", records=visitors, columns=["id", "tenant_id", "chatbot_id", "created_at"])
            await conn.copy_records_to_table("chat_sessions", records=sessions, columns=[
                "id", "tenant_id", "chatbot_id", "visitor_id", "status", "language", "started_at", "ended_at", "last_seq",
                "last_event_at", "message_count", "csat_rating"])
            await conn.copy_records_to_table("chat_messages", records=messages, columns=[
                "id", "tenant_id", "session_id", "seq", "kind", "sender", "sender_user_id", "content_ciphertext", "data_ciphertext",
                "created_at"])
            await conn.copy_records_to_table("analytics_conversations", records=[
                (tenant_id, *(getattr(m, c) for c in _PLAIN), local_day(m.anchor, tz) if m.anchor else None,
                 cipher.encrypt(m.first_question, "analytics_conversations", "first_question", m.conversation_id)
                 if m.first_question else None)
                for m in metrics
            ], columns=["tenant_id", *_PLAIN, "day", "first_question_ciphertext"])
            copied += len(messages)
        await conn.copy_records_to_table("analytics_daily", records=[
            (tenant_id, bot, day, *(c.get(k, 0) for k in ROLLUP_COUNTERS)) for (bot, day), c in rollups.items()
        ], columns=["tenant_id", "chatbot_id", "day", *ROLLUP_COUNTERS])
        await conn.copy_records_to_table("analytics_daily_dimensions", records=[
            (tenant_id, bot, day, dim, value, *(c.get(k, 0) for k in DIMENSION_COUNTERS)) for (bot, day, dim, value), c in dims.items()
        ], columns=["tenant_id", "chatbot_id", "day", "dimension", "value", *DIMENSION_COUNTERS])
        await conn.execute("ANALYZE visitors, chat_sessions, chat_messages, analytics_conversations, analytics_daily, "
                           "analytics_daily_dimensions")
    finally:
        await conn.close()
    print(f"seeded {n_conversations:,} conversations and {copied:,} messages over {days} days and {len(chatbots)} chatbots "
          f"({len(rollups):,} daily rollup rows, {len(dims):,} breakdown rows) by COPY in {time.perf_counter() - t0:.1f} s")


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

    print(f"machine: {load()}")
    async with parley_in_process("parley-bench-analytics-") as p:
        container = p.container
        principal, bot = await owner_with_chatbot(container, "Bench analytics", "Bench bot")
        chatbots = [bot.id] + [(await container.chatbots.create(principal, {"name": f"bot {i}"})).id for i in range(args.chatbots - 1)]
        today = datetime.now(UTC).date()
        await seed(p, principal, chatbots, args.conversations, args.messages, args.days, today)
        service = container.analytics
        for days in (90, 365):
            q = make_query(today - timedelta(days=days - 1), today, today)
            await service.overview(principal, q)  # warm
            ms = await timed(args.repeat, lambda q=q: service.overview(principal, q))
            target = "  (target <= 150 ms)" if days == 90 else ""
            print(f"overview {days:>3} days (+ previous period): p50 {percentile(ms, 50):6.2f} ms  p95 {percentile(ms, 95):6.2f} ms{target}")
        year = make_query(today - timedelta(days=364), today, today)
        ms = await timed(args.repeat, lambda: service.series(principal, year))
        print(f"daily series, 365 days:               p50 {percentile(ms, 50):6.2f} ms  p95 {percentile(ms, 95):6.2f} ms")
        by_intent = make_query(today - timedelta(days=89), today, today, breakdown="intent")
        ms = await timed(args.repeat, lambda: service.breakdown(principal, by_intent))
        print(f"breakdown by intent, 90 days:         p50 {percentile(ms, 50):6.2f} ms  p95 {percentile(ms, 95):6.2f} ms")

        reports = container.analytics_reports
        t0 = time.perf_counter()  # the first render in a process imports matplotlib and loads the fonts
        first = await reports.request(principal, today - timedelta(days=89), today, None, None)
        await reports.render(principal.tenant_id, first.id, last_try=True)
        cold = time.perf_counter() - t0
        timings = []
        for _ in range(args.reports):
            report = await reports.request(principal, today - timedelta(days=89), today, None, None)
            t0 = time.perf_counter()
            content = await reports.content(report)
            t1 = time.perf_counter()
            pdf = reports.renderer.pdf(content)
            t2 = time.perf_counter()
            status = await reports.render(principal.tenant_id, report.id, last_try=True)  # the job: all of it, stored
            t3 = time.perf_counter()
            assert status == "ready", status
            timings.append((t1 - t0, t2 - t1, t3 - t2))
        gather, draw, job = (sorted(x)[len(x) // 2] for x in zip(*timings, strict=True))
        print(f"PDF report, 90 days: {job:.2f} s for the job (gather, draw, seal, store; target <= 5 s); of which gather "
              f"{gather:.2f} s, draw {draw:.2f} s ({len(pdf):,} bytes, {len(content.series)} days, median of {args.reports}; "
              f"the process's first: {cold:.2f} s)")

        tenant_id = principal.tenant_id
        conversations = [new_id() for _ in range(min(args.conversations, 200))]
        await service.record(tenant_id, [
            ConversationStarted(tenant_id=tenant_id, conversation_id=c, chatbot_id=bot.id, visitor_id=new_id()) for c in conversations
        ])
        rng = random.Random(3)

        def event():
            return MessageCreated(tenant_id=tenant_id, conversation_id=rng.choice(conversations), chatbot_id=bot.id,
                                  message_id=new_id(), seq=1, sender=rng.choice(("customer", "ai")), content="where is my order?")

        single = [event() for _ in range(args.events)]
        t0 = time.perf_counter()
        for e in single:
            await service.record(tenant_id, [e])
        one = (time.perf_counter() - t0) / len(single) * 1e6
        batch = [event() for _ in range(args.events)]
        t0 = time.perf_counter()
        for i in range(0, len(batch), 64):
            await service.record(tenant_id, batch[i:i + 64])
        many = (time.perf_counter() - t0) / len(batch) * 1e6
        print(f"rollup cost per event (folding a chat event): {one:,.0f} µs alone (its own transaction), {many:,.0f} µs in "
              f"batches of 64 (wall time, {args.events} events over {len(conversations)} conversations)")
    print(f"machine: {load()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chatbots", type=int, default=10)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--reports", type=int, default=3)
    parser.add_argument("--events", type=int, default=1000)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
