"""Messages of one workspace arriving together share transactions (group commit): each is stored
once with its own seq, a refused one does not sink the others, retries stay idempotent."""

from __future__ import annotations

import asyncio
from uuid import UUID

import msgspec

from domain.conversations.model import EventKind, PostResult, Sender, SessionClosed, SessionEvent
from domain.conversations.services import Actor
from domain.ids import new_id
from tests.integration.conversations.helpers import session_listener, visitor


def post_as_visitor(container, tenant, entry: dict, content: str, client_id: str):
    """The entry's visitor posting straight to the service (no socket), so many posts share a batch."""
    actor = Actor(sender=Sender.customer, visitor_id=UUID(entry["visitor_id"]))
    return container.conversations.post_message(UUID(tenant.id), UUID(entry["session"]["id"]), actor, content, client_id=client_id)


async def test_a_burst_across_sessions_is_stored_once_each_with_gap_free_seqs(client, bot, tenant, container):
    entries = [await visitor(client, bot) for _ in range(6)]
    closed = entries[0]
    assert (await client.post(f"/v1/conversations/{closed['session']['id']}/close", headers=tenant.headers)).status_code == 200

    def post(entry, client_id):
        return post_as_visitor(container, tenant, entry, f"text {client_id}", client_id)

    calls = [post(e, f"c{i}") for i in range(30) for e in entries]
    calls += [post(entries[1], "c3"), post(entries[2], "c29")]  # retries inside the same burst
    results = await asyncio.gather(*calls, return_exceptions=True)

    assert all(isinstance(r, SessionClosed) for r in results[0 : 30 * 6 : 6])
    ok = [r for r in results if isinstance(r, PostResult)]
    assert len(ok) == 30 * 5 + 2
    assert sum(r.duplicate for r in ok) == 2
    for entry in entries[1:]:
        page = await client.get(f"/v1/conversations/{entry['session']['id']}/messages", headers=tenant.headers)
        events = page.json()["events"]
        assert [e["seq"] for e in events] == list(range(1, 31))
        assert sorted(e["client_id"] for e in events) == sorted(f"c{i}" for i in range(30))
    first_c3 = next(r for r in ok[:-2] if r.event.client_id == "c3" and r.event.session_id == UUID(entries[1]["session"]["id"]))
    retry_c3 = results[-2]
    assert retry_c3.event.seq == first_c3.event.seq and retry_c3.event.id == first_c3.event.id


async def test_a_retry_committed_elsewhere_while_the_batch_waited_for_its_lock_is_acked_as_the_original(
    client, bot, tenant, container
):
    """Another process stores the same client_id while this batch waits for the session's lock: the
    batch's duplicate check read an older snapshot, so the insert collides; the batch is retried and
    the message is acknowledged once, as the stored original."""
    entry = await visitor(client, bot)
    service, tid, sid = container.conversations, UUID(tenant.id), UUID(entry["session"]["id"])
    actor = Actor(sender=Sender.customer, visitor_id=UUID(entry["visitor_id"]))
    async with container.db.unit_of_work(tid) as uow:
        session, stored = (await uow.chat_sessions.lock_for_posts([sid], [(sid, "same")]))[sid]
        assert stored == set()
        racing = asyncio.create_task(service.post_message(tid, sid, actor, "from here", client_id="same"))
        await asyncio.sleep(0.3)  # the batch is now waiting for this transaction's row lock
        assert not racing.done()
        original = SessionEvent(id=new_id(), tenant_id=tid, session_id=sid, seq=session.last_seq + 1,
                                kind=EventKind.message, sender=Sender.customer, content="from elsewhere", client_id="same")
        await uow.chat_messages.append_many([original])
    result = await asyncio.wait_for(racing, 10)
    assert result.duplicate and result.event.id == original.id and result.event.content == "from elsewhere"
    events = (await client.get(f"/v1/conversations/{sid}/messages", headers=tenant.headers)).json()["events"]
    assert [(e["seq"], e["client_id"]) for e in events] == [(1, "same")]


async def test_a_client_id_postgresql_cannot_store_is_refused_alone(client, bot, tenant, container):
    """A NUL in a client_id would fail the whole transaction: it is refused before it joins a batch,
    and the messages that arrived with it are stored."""
    entries = [await visitor(client, bot) for _ in range(3)]
    posts = (post_as_visitor(container, tenant, e, "hello", c) for e in entries for c in ("a", "b\x00", "c"))
    results = await asyncio.gather(*posts, return_exceptions=True)
    assert [type(r).__name__ for r in results] == ["PostResult", "InvalidInput", "PostResult"] * 3
    for entry in entries:
        page = await client.get(f"/v1/conversations/{entry['session']['id']}/messages", headers=tenant.headers)
        assert [(e["seq"], e["client_id"]) for e in page.json()["events"]] == [(1, "a"), (2, "c")]


async def test_redis_carries_message_frames_sealed(client, bot, tenant, container):
    """What travels through Redis pub/sub is ciphertext: the message text is not readable there, and
    every process (same master key) opens it to the frame its sockets send."""
    entry = await visitor(client, bot)
    sid = UUID(entry["session"]["id"])
    pubsub = await session_listener(container, sid, tenant.id)
    await post_as_visitor(container, tenant, entry, "my card ends in 4242", "sealed")
    message = None
    for _ in range(50):
        message = await pubsub.get_message(timeout=0.2)
        if message and message["type"] == "message":
            break
    await pubsub.aclose()
    payload = message["data"]
    assert b"4242" not in payload and b"my card" not in payload
    publisher = container.conversations.publisher
    batch = publisher.batch(payload)
    assert batch.sids == [str(sid)] and batch.seqs == [1]
    assert msgspec.json.decode(publisher.frames(batch)[0])["content"] == "my card ends in 4242"


async def test_a_burst_of_session_events_reaches_redis_complete_and_in_order(client, bot, tenant, container):
    """Under load, group commit writes many messages per transaction and each transaction's events
    cross Redis as one payload: a listener on the workspace's event channel still gets every event
    once, in seq order, in fewer payloads than events."""
    entry = await visitor(client, bot)
    sid = UUID(entry["session"]["id"])
    pubsub = await session_listener(container, sid, tenant.id)
    service = container.conversations
    await asyncio.gather(*(post_as_visitor(container, tenant, entry, f"burst {i}", f"b{i}") for i in range(40)))
    seqs, payloads = [], 0
    while len(seqs) < 40:
        message = await pubsub.get_message(timeout=2)
        assert message is not None, f"only {len(seqs)} of 40 events arrived"
        if message["type"] == "message" and message["channel"].startswith(b"parley.e."):
            batch = service.publisher.batch(message["data"])
            assert set(batch.sids) == {str(sid)}
            seqs += batch.seqs
            payloads += 1
    await pubsub.aclose()
    assert seqs == list(range(1, 41))
    assert payloads < 40
