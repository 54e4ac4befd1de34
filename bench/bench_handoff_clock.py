"""The handoff clock's cost: one workspace's `tick` (idle operators, snoozes, service levels, routing, waiting
visitors) with N queued handoffs on a team with an SLA (a first-response target and two escalation rules). The
first tick past the thresholds records 2 breaches per handoff (first response, the lead told; the reassignment at 30 min is not due) (and queues the lead's mails); later ticks find
nothing new (the steady state the cron pays every 10 s). In-process, embedded PostgreSQL and Redis.

    python bench/bench_handoff_clock.py [--queued 200 1000] [--ticks 30]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support import owner_with_chatbot, parley_in_process, percentile


async def run(args) -> None:
    from domain.handoff.model import EscalationRule, Handoff, Operator, Sla, Team
    from domain.ids import new_id

    async with parley_in_process("parley-bench-handoff-clock-") as parley:
        container = parley.container
        workflows = container.handoff_workflows
        for queued in args.queued:
            principal, chatbot = await owner_with_chatbot(container, "Bench Co", "Support")
            tenant_id, lead = principal.tenant_id, principal.user_id
            team = Team(id=new_id(), tenant_id=tenant_id, name="Support", members=[lead], sla=Sla(
                first_response_seconds=60, lead_user_id=lead,
                rules=[EscalationRule(5, "notify_lead"), EscalationRule(30, "reassign")]))
            await container.handoff.create_team(principal, team)
            async with container.db.unit_of_work(tenant_id) as uow:
                await uow.handoff.put_operator(Operator(tenant_id=tenant_id, user_id=lead, status="away"))
                for _ in range(queued):
                    await uow.handoff.add(Handoff(id=new_id(), tenant_id=tenant_id, conversation_id=new_id(),
                                                  chatbot_id=chatbot.id, trigger="phrase", team_id=team.id))
            later = datetime.now(UTC) + timedelta(minutes=11)
            workflows.clock = container.handoff.clock = lambda later=later: later
            t0 = time.perf_counter()
            first = await workflows.tick(tenant_id)
            first_ms = (time.perf_counter() - t0) * 1000
            times = []
            for _ in range(args.ticks):
                t0 = time.perf_counter()
                result = await workflows.tick(tenant_id)
                times.append((time.perf_counter() - t0) * 1000)
                assert result["breaches"] == 0
            await container.handoff.drain()
            print(f"{queued} queued: first tick {first_ms:.0f} ms ({first['breaches']} breaches recorded); "
                  f"steady tick p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms over {args.ticks}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--queued", type=int, nargs="+", default=[200, 1000])
    parser.add_argument("--ticks", type=int, default=30)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
