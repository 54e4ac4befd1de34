"""Payments against the local Stripe peer (localstripe extended by tests/integration/payments/stripe_peer.py, a
process of its own), through the official `stripe` SDK:

- link creation: the assistant's `request_payment` tool call → Checkout Session created at Stripe (idempotency
  key), request stored, `payment.requested` committed and its card posted into the conversation (the outbox's
  in-process dispatch, awaited before the tool returns): the time from the AI's decision to the link in the chat;
- webhook handling: a signed `checkout.session.completed` event → `stripe.Webhook.construct_event` check, the
  event id recorded once, the request paid, `payment.paid` committed and the "paid" card posted.

Both are measured in this process at the service level (no HTTP in front of Parley; the Stripe calls are real
HTTP to the peer). Requests run one at a time.

    python bench/bench_payments.py [--requests 200]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support import ROOT, owner_with_chatbot, parley_in_process, percentile


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_peer() -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "tests.integration.payments.stripe_peer", "--port", str(port)],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None and b"ready" in process.stdout.readline()
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(url + "/v1/products", timeout=1)
            return process, url
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("the Stripe peer did not start")


def signed(secret: str, payload: bytes) -> str:
    at = int(time.time())
    return f"t={at},v1=" + hmac.new(secret.encode(), b"%d.%s" % (at, payload), hashlib.sha256).hexdigest()


def line(name: str, values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (f"{name}: n={len(ms)} p50={percentile(ms, 50):.1f} ms p95={percentile(ms, 95):.1f} ms "
            f"p99={percentile(ms, 99):.1f} ms max={max(ms):.1f} ms")


async def main(requests: int) -> None:
    from domain.assistant.tools import ToolContext
    from domain.payments.model import AdHocRange

    peer, peer_url = start_peer()
    try:
        async with parley_in_process("parley-bench-payments-", assistant_autoreply=False, stripe_api_base=peer_url) as parley:
            c = parley.container
            principal, _ = await owner_with_chatbot(c, "Bench shop", "unused")
            bot = await c.chatbots.create(principal, {"name": "Shop", "allowed_origins": ["https://shop.example.com"]})
            key, secret = "rk_test_" + uuid.uuid4().hex, "whsec_" + uuid.uuid4().hex
            integration = await c.payments.connect_stripe(principal, bot.id, key, secret)
            await c.payments.set_catalogue(principal, integration.id, [], [AdHocRange("eur", 100, 100_000)])
            tool = c.assistant.tools.get("request_payment")
            created, handled, made = [], [], []
            for i in range(requests + 5):  # the first five warm up
                entry = await c.conversations.enter(bot.public_id, "https://shop.example.com", None)
                ctx = ToolContext(principal.tenant_id, bot.id, entry.session.id, "en", "I'd like to pay")
                start = time.perf_counter()
                result = await tool.run(ctx, {"amount": 1000 + i, "currency": "eur", "description": f"Order {i}"})
                elapsed = time.perf_counter() - start
                assert not result.is_error, result.content
                if i >= 5:
                    created.append(elapsed)
                made.append(uuid.UUID(ctx.effects["payment_request_id"]))
            for i, request_id in enumerate(made):
                request, _ = await c.payments.request(principal, request_id)
                event = {"id": "evt_" + uuid.uuid4().hex, "object": "event", "type": "checkout.session.completed",
                         "api_version": "2017-08-15", "created": int(time.time()), "livemode": False,
                         "data": {"object": {"id": request.stripe_session_id, "object": "checkout.session",
                                             "status": "complete", "payment_status": "paid", "payment_intent": f"pi_bench{i}"}}}
                payload = json.dumps(event).encode()
                start = time.perf_counter()
                outcome = await c.payments.handle_webhook(principal.tenant_id, integration.id, payload, signed(secret, payload))
                elapsed = time.perf_counter() - start
                assert outcome == "paid", outcome
                if i >= 5:
                    handled.append(elapsed)
            print(f"payments bench: {requests} requests, one at a time, Stripe = local peer over HTTP ({peer_url})")
            print(line("payment link creation (AI decision -> card in the chat)", created))
            print(line("webhook handling (checkout.session.completed -> paid + card)", handled))
    finally:
        peer.terminate()
        peer.wait(10)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(main(args.requests))
