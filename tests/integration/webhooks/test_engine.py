"""The delivery engine's own promises: the fan-out's SQL matches event types exactly as the domain does; events
fanned out together (and the same event twice) make each delivery once; two worker processes' loops share an
endpoint's deliveries, each sent once and never more than 4 in flight per process; a delivery made before the
engine (its body sealed to itself) is still sent."""

from __future__ import annotations

import asyncio
from uuid import UUID

from domain.conversations.events import ConversationClosed
from domain.ids import new_id
from domain.webhooks.catalogue import EVENT_TYPES, webhook_body
from domain.webhooks.model import matches
from infrastructure.webhooks.delivery import WebhookDeliverer
from infrastructure.webhooks.network import AsyncioBackend
from tests.integration.conversations.helpers import make_chatbot
from tests.integration.webhooks.conftest import eventually
from tests.integration.webhooks.test_webhooks import create_endpoint


async def test_the_fan_outs_sql_matches_event_types_as_the_domain_does(container):
    filters = [["*"], ["conversation.*"], ["knowledge.*"], ["knowledge.source.*"], ["lead.captured"],
               ["conversation.closed", "message.*"], ["conversation"], ["conversation.closed.*"], ["webhook.*"]]
    for f in filters:
        for event_type in [*EVENT_TYPES, "conversation", "conversationx.closed"]:
            in_sql = await container.db.pool.fetchval("SELECT parley_webhook_matches($1::text[], $2)", f, event_type)
            assert in_sql == matches(f, event_type), (f, event_type)


def closed(tenant_id: UUID, chatbot_id: UUID | None = None) -> ConversationClosed:
    return ConversationClosed(tenant_id=tenant_id, conversation_id=new_id(), chatbot_id=chatbot_id or new_id(), by="test")


async def test_events_fanned_out_together_make_each_delivery_once(client, container, tenant, receiver, private_urls):
    tenant_id = UUID(tenant.id)
    everything = await create_endpoint(client, tenant, receiver, "/fan-all", event_types=["conversation.*"])
    bot = UUID((await make_chatbot(client, tenant)).id)
    other = await create_endpoint(client, tenant, receiver, "/fan-other-types", event_types=["lead.captured"])
    events = [closed(tenant_id) for _ in range(30)]
    fan_out = container.events._subscribers["conversation.closed"]
    fan_out = next(s for s in fan_out if type(s).__name__ == "WebhookFanOut")
    await asyncio.gather(*(fan_out(e) for e in [*events, *events[:10]]))  # ten of them delivered twice by the outbox
    async with container.db.unit_of_work(tenant_id) as uow:
        rows = await uow.conn.fetch("SELECT endpoint_id, event_id, next_attempt_at FROM webhook_deliveries WHERE event_id = ANY($1::uuid[])",
                                    [e.id for e in events])
        messages = await uow.conn.fetchval("SELECT count(*) FROM webhook_messages WHERE event_id = ANY($1::uuid[])", [e.id for e in events])
    assert sorted(r["event_id"] for r in rows) == sorted(e.id for e in events)  # one each, to the subscribed endpoint only
    assert {r["endpoint_id"] for r in rows} == {UUID(everything["id"])} and messages == 30
    # An endpoint filtered to one chatbot gets that chatbot's events (and those of none), not another's.
    filtered = await client.patch(f"/v1/webhooks/{everything['id']}", headers=tenant.headers, json={"chatbot_id": str(bot)})
    assert filtered.status_code == 200, filtered.text
    async with container.db.unit_of_work(tenant_id) as uow:
        for chatbot_id, expected in ((new_id(), []), (bot, [UUID(everything["id"])])):
            event = closed(tenant_id, chatbot_id)
            assert await uow.webhooks.fan_out([(event.id, event.name, chatbot_id, webhook_body(event))]) == expected
    for endpoint_id in (everything["id"], other["id"]):  # their deliveries are no later test's to send
        assert (await client.delete(f"/v1/webhooks/{endpoint_id}", headers=tenant.headers)).status_code == 204


async def test_two_worker_processes_share_an_endpoints_deliveries(client, container, tenant, receiver, worker):
    tenant_id = UUID(tenant.id)
    receiver.held.add("/shared")  # answered only once both processes have theirs in flight
    await create_endpoint(client, tenant, receiver, "/shared", event_types=["conversation.*"])
    other = WebhookDeliverer(container.db, lambda: container.outbound.transport(backend=AsyncioBackend()))
    await other.start()  # a second worker process's loops (its own pools and breakers), on the same database
    try:
        events = [closed(tenant_id) for _ in range(40)]
        for event in events:
            async with container.db.unit_of_work(tenant_id) as uow:
                uow.record(event)
        await eventually(lambda: receiver.in_flight["/shared"] >= 8, timeout=10)  # 4 per process
        await asyncio.sleep(0.3)
        assert receiver.most_in_flight["/shared"] == 8
        receiver.release.set()
        await eventually(lambda: receiver.ids("/shared") >= {str(e.id) for e in events}, timeout=30)
        await asyncio.sleep(0.5)
        sent = [r.msg_id for r in receiver.received if r.path == "/shared"]
        assert len(sent) == len(set(sent)) == 40  # each once: a claim leases, SKIP LOCKED passes over the other's rows
        assert receiver.refused == []

        async def all_recorded():
            async with container.db.unit_of_work(tenant_id) as uow:
                return await uow.conn.fetchval(
                    "SELECT count(*) = 40 AND bool_and(d.status = 'succeeded' AND d.attempts = 1 AND d.leased_at IS NULL) "
                    "FROM webhook_deliveries d WHERE event_id = ANY($1::uuid[])", [e.id for e in events])

        await eventually(all_recorded)
    finally:
        receiver.release.set()
        await other.stop()


async def test_a_delivery_made_before_the_engine_is_still_sent(client, container, tenant, receiver, worker):
    tenant_id = UUID(tenant.id)
    endpoint = await create_endpoint(client, tenant, receiver, "/legacy", event_types=["conversation.*"])
    event = closed(tenant_id)
    delivery_id = new_id()
    async with container.db.unit_of_work(tenant_id) as uow:  # as 0017's fan-out wrote it: the body sealed to the delivery
        body = (await uow.cipher()).encrypt_bytes(webhook_body(event), "webhook_deliveries", "body", delivery_id)
        await uow.conn.execute(
            """INSERT INTO webhook_deliveries (id, tenant_id, endpoint_id, event_id, event_type, body_ciphertext, next_attempt_at)
               VALUES ($1, $2, $3, $4, 'conversation.closed', $5, now())""",
            delivery_id, tenant_id, UUID(endpoint["id"]), event.id, body,
        )
    await eventually(lambda: receiver.ids("/legacy"), timeout=10)  # found by the poll (no NOTIFY was sent)
    [got] = [r for r in receiver.received if r.path == "/legacy"]
    assert got.msg_id == str(event.id) and got.payload["data"]["conversation_id"] == str(event.conversation_id)
