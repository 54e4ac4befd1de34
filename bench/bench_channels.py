"""What a closing socket costs the process's channels, against Litestar's stock ChannelsPlugin
measured in the same run.

A process follows one channel per conversation its sockets follow. This opens N followers in a
process that has already served 4·N finished conversations, closes them all, and prints the CPU the
closes took (the stock plugin scans every channel it ever served on each unsubscribe).

    .venv/bin/python bench/bench_channels.py [--followers 1000 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

import redis.asyncio as aioredis
from litestar.channels import ChannelsPlugin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.support import scratch_dir  # noqa: E402
from infrastructure.embedded import EmbeddedServices  # noqa: E402
from infrastructure.realtime.channels import DeferredRedisPubSubBackend, channels_plugin  # noqa: E402


def stock_plugin(redis) -> ChannelsPlugin:
    return ChannelsPlugin(backend=DeferredRedisPubSubBackend(redis), arbitrary_channels_allowed=True,
                          create_ws_route_handlers=False)


async def close_cost(make_plugin, redis, followers: int) -> float:
    """CPU seconds to close `followers` followers after 4 × as many finished conversations."""
    async with make_plugin(redis) as plugin:
        for i in range(4 * followers):
            await plugin.unsubscribe(await plugin.subscribe([f"bench.finished.{i}"]))
        live = [await plugin.subscribe([f"bench.live.{i}"]) for i in range(followers)]
        started = time.process_time()
        for subscriber in live:
            await plugin.unsubscribe(subscriber)
        return time.process_time() - started


async def run(followers: list[int]) -> None:
    embedded = EmbeddedServices(scratch_dir("parley-bench-channels-"))
    redis = aioredis.Redis.from_url(embedded.start_redis())
    try:
        print(f"\n{'followers':>10}{'stock ms CPU':>15}{'Parley ms CPU':>15}{'µs per close (Parley)':>24}{'stock / Parley':>16}")
        for n in followers:
            stock, ours = await close_cost(stock_plugin, redis, n), await close_cost(channels_plugin, redis, n)
            print(f"{n:>10}{stock * 1000:>15.0f}{ours * 1000:>15.0f}{ours / n * 1e6:>24.1f}{stock / ours:>16.0f}")
    finally:
        await redis.aclose()
        embedded.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--followers", type=int, nargs="+", default=[1000, 2000])
    asyncio.run(run(parser.parse_args().followers))


if __name__ == "__main__":
    main()
