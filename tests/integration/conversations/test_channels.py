"""The process's channels (Redis pub/sub through Litestar channels): a conversation's channel lives as
long as someone here follows it, and comes back working when someone follows it again."""

from __future__ import annotations

import asyncio

import redis.asyncio as aioredis

from infrastructure.realtime.channels import channels_plugin


async def next_event(subscriber) -> bytes:
    async def first() -> bytes:
        async for payload in subscriber.iter_events():
            return payload
        raise AssertionError("the stream ended")

    return await asyncio.wait_for(first(), 5)


async def test_finished_conversations_leave_no_channel_behind_and_a_channel_followed_again_delivers(services):
    redis = aioredis.Redis.from_url(services.redis_url)
    plugin = channels_plugin(redis)
    try:
        async with plugin:
            subscribers = [await plugin.subscribe([f"test.conversation.{i}", "test.workspace"]) for i in range(200)]
            assert len(plugin.served_channels) == 201

            for subscriber in subscribers[:-1]:
                await plugin.unsubscribe(subscriber)
            assert plugin.served_channels == {"test.conversation.199", "test.workspace"}

            await plugin.unsubscribe(subscribers[-1], "test.conversation.199")  # one of its two channels
            assert plugin.served_channels == {"test.workspace"}
            await plugin.wait_published(b"still here", "test.workspace")
            assert await next_event(subscribers[-1]) == b"still here"
            await plugin.unsubscribe(subscribers[-1])
            assert plugin.served_channels == set()

            # Followed again right after its last follower left: Redis must still deliver to it.
            again = await plugin.subscribe(["test.conversation.7"])
            leaving = await plugin.subscribe(["test.conversation.8"])
            await plugin.unsubscribe(leaving)
            back = await plugin.subscribe(["test.conversation.8"])
            await plugin.wait_published(b"hello 7", "test.conversation.7")
            await plugin.wait_published(b"hello 8", "test.conversation.8")
            assert await next_event(again) == b"hello 7"
            assert await next_event(back) == b"hello 8"
    finally:
        await redis.aclose()
