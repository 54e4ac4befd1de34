"""Reply latency of the assistant.

    .venv/bin/python bench/bench_assistant.py [--chunks 10000] [--replies 200] [--first-token-ms 300] [--streams 30]

1. Offline path: a chatbot with `--chunks` knowledge chunks (bulk-loaded, hashing embedder) plus a refund
   policy document; visitor questions are stored and answered by the real pipeline (language, sentiment,
   intent, FAQ cache off, hybrid retrieval, offline responder, stored reply, memory). Prints reply p50/p95.
2. Streaming path: the chatbot uses the Anthropic adapter against a local server that speaks the Messages
   API and waits `--first-token-ms` before its first token. A Redis subscriber on the session channel (what
   every visitor socket listens to) timestamps the first `ai_delta`; prints the added latency between the
   provider writing its first token and the visitor's first delta, p50/p95.
Embedded PostgreSQL and Redis in a temporary folder unless DATABASE_URL / REDIS_URL are set.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.support import owner_with_chatbot, parley_in_process, percentile  # noqa: E402

WORDS = ["account", "billing", "invoice", "order", "delivery", "parcel", "password", "login", "export", "import", "team", "member", "plan", "upgrade", "refund", "return", "warranty", "shipping", "address", "payment", "card", "subscription", "report", "dashboard", "api", "webhook", "widget", "language", "support", "hours", "phone", "email", "calendar", "booking", "meeting", "integration", "mobile", "desktop", "browser"]
QUESTIONS = ["What is your refund policy?", "How long do refunds take?", "Can I get my money back after 20 days?",
             "How do I export my invoices?", "Do you support webhooks for orders?", "How do I reset my password?"]
REFUNDS = ("# Refund policy\nRefunds are available within 30 days of purchase. To request a refund, email billing with "
           "your order number.\nRefunds are paid back to the original payment method within 5 business days.")


async def run(args) -> None:
    import asyncpg
    import numpy as np
    from pgvector.asyncpg import register_vector

    from domain.conversations.model import Sender
    from domain.conversations.services import Actor
    from domain.ids import new_id
    from domain.knowledge.services import NewSource
    from infrastructure.logging import configure_logging
    from infrastructure.realtime.events import session_channel
    from tests.integration.assistant.llm_server import Script, start_model_server

    configure_logging("warning")
    rng = random.Random(7)
    # allow_private_urls: the model server of the bench listens on 127.0.0.1
    async with parley_in_process("parley-bench-assistant-", assistant_autoreply=False, allow_private_urls=True) as parley:
        container, owner_url = parley.container, parley.owner_url
        server_state, server = start_model_server()
        try:
            principal, chatbot = await owner_with_chatbot(container, "bench", "Bench bot")
            knowledge = container.knowledge
            source = await knowledge.add_source(principal, chatbot.id, NewSource(kind="text", name="Refund policy", text=REFUNDS, language="en"))
            await knowledge.ingest(principal.tenant_id, source.id)
            embedder = knowledge.embedders.default

            # bulk-load filler chunks
            owner = await asyncpg.connect(owner_url)
            await register_vector(owner)
            source_id, document_id = new_id(), new_id()
            await owner.execute("INSERT INTO knowledge_sources (id, tenant_id, chatbot_id, kind, name, status) VALUES ($1, $2, $3, 'text', 'bulk', 'ready')",
                                source_id, principal.tenant_id, chatbot.id)
            await owner.execute("INSERT INTO knowledge_documents (id, tenant_id, chatbot_id, source_id, key, content_hash) VALUES ($1, $2, $3, $4, 'bulk', 'x')",
                                document_id, principal.tenant_id, chatbot.id, source_id)
            loaded = 0
            while loaded < args.chunks:
                n = min(2000, args.chunks - loaded)
                texts = [" ".join(" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(4)) for _ in range(n)]
                vectors = await embedder.embed_documents(texts)
                records = [(new_id(), principal.tenant_id, chatbot.id, source_id, document_id, loaded + i, t, "bulk", "en", embedder.name,
                            embedder.dims, np.asarray(v, dtype=np.float32)) for i, (t, v) in enumerate(zip(texts, vectors))]
                await owner.copy_records_to_table("knowledge_chunks", records=records, columns=[
                    "id", "tenant_id", "chatbot_id", "source_id", "document_id", "ordinal", "text", "title", "language",
                    "embedding_model", "dims", "embedding"])
                loaded += n
            await owner.execute("ANALYZE knowledge_chunks")
            await owner.close()
            config = await container.assistant_store.get_config(principal.tenant_id, chatbot.id)
            config.faq_cache = False  # measure the full path, not cache hits
            await container.assistant_store.put_config(principal.tenant_id, chatbot.id, config)

            conversations, assistant = container.conversations, container.assistant

            async def new_session():
                entry = await conversations.enter(chatbot.public_id, None, None)
                return entry.session, Actor(sender=Sender.customer, visitor_id=entry.visitor.id)

            # --- 1. offline path ------------------------------------------------------------------------
            latencies, answered, stages = [], 0, {}
            for i in range(args.replies + 5):
                session, actor = await new_session()
                posted = await conversations.post_message(principal.tenant_id, session.id, actor, QUESTIONS[i % len(QUESTIONS)])
                started = time.perf_counter()
                data = await assistant.reply(principal.tenant_id, session.id, posted.event.id)
                if i >= 5:  # warm-up
                    latencies.append((time.perf_counter() - started) * 1000)
                    answered += bool(data and data["answered"])
                    for stage, ms in (data or {}).get("timings_ms", {}).items():
                        stages.setdefault(stage, []).append(ms)
            print(f"offline path, {args.chunks + 1} chunks: {len(latencies)} replies, p50 {percentile(latencies, 50):.1f} ms, "
                  f"p95 {percentile(latencies, 95):.1f} ms (target p95 <= 300 ms); answered from knowledge: {answered}/{len(latencies)}")
            print("  median per stage: " + ", ".join(f"{k} {statistics.median(v):.1f} ms" for k, v in stages.items()))

            # --- 2. streaming path ------------------------------------------------------------------------
            await container.chatbots.update(principal, chatbot.id, {
                "ai_settings": {"provider": "anthropic", "model": "claude-bench", "base_url": server_state.base},
                "provider_api_key": "sk-bench"})
            server_state.default = Script(text="Refunds are available within 30 days of purchase [1]. " * 3,
                                          first_token_delay=args.first_token_ms / 1000, chunk=12)
            added, first_delta_ms = [], []
            pubsub, publisher = container.redis.pubsub(), conversations.publisher
            for i in range(args.streams + 2):
                session, actor = await new_session()
                await pubsub.subscribe(session_channel(session.id))
                first: list[float] = []

                async def listen():
                    while True:  # get_message: the app's client times out reads that wait longer than 1 s
                        message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=5.0)
                        if message is None or message["type"] != "message":
                            continue
                        frame = publisher.seal.open(publisher.envelope(message["data"]).f)  # as a receiving process does
                        if b'"ai_delta"' in frame and b'"index":0' in frame:
                            first.append(time.time())
                            return

                listener = asyncio.create_task(listen())
                await asyncio.sleep(0.01)
                posted = await conversations.post_message(principal.tenant_id, session.id, actor, "How long do refunds take?")
                before = len(server_state.first_token_at)
                data = await assistant.reply(principal.tenant_id, session.id, posted.event.id)
                await asyncio.wait_for(listener, 5)
                await pubsub.unsubscribe(session_channel(session.id))
                if i >= 2 and len(server_state.first_token_at) > before and data and data["provider"] == "anthropic":
                    added.append((first[0] - server_state.first_token_at[before]) * 1000)
                    first_delta_ms.append(data["first_delta_ms"])
            await pubsub.aclose()
            print(f"streaming path (Anthropic protocol, first token after {args.first_token_ms} ms): {len(added)} replies; "
                  f"provider first token -> visitor first delta: p50 {percentile(added, 50):.1f} ms, p95 {percentile(added, 95):.1f} ms "
                  f"(target p95 <= 30 ms); message stored -> first delta p50 {statistics.median(first_delta_ms):.0f} ms")
        finally:
            server.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chunks", type=int, default=10_000)
    parser.add_argument("--replies", type=int, default=200)
    parser.add_argument("--first-token-ms", type=int, default=300)
    parser.add_argument("--streams", type=int, default=30)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
