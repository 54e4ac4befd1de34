"""Signed outgoing webhooks end to end: a partner's receiver on 127.0.0.1 verifies every delivery with the
`standardwebhooks` library (not Parley's code); bad endpoints are 422s; the delivery log, resend, recover
and test events work through the API."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

from tests.integration.conversations.helpers import ORIGIN, make_chatbot, visitor
from tests.integration.webhooks.conftest import eventually


async def create_endpoint(client, tenant, receiver, path: str, **body) -> dict:
    r = await client.post("/v1/webhooks", headers=tenant.headers, json={"url": receiver.url(path), **body})
    assert r.status_code == 201, r.text
    endpoint = r.json()
    assert endpoint["secret"].startswith("whsec_")
    receiver.secrets[path] = [endpoint["secret"]]
    return endpoint


def widget_headers(entry: dict) -> dict:
    return {"X-Visitor-Token": entry["visitor_token"], "Origin": ORIGIN}


async def test_a_conversation_reaches_the_partner_signed_and_typed(client, container, tenant, receiver, worker):
    endpoint = await create_endpoint(
        client, tenant, receiver, "/ok", event_types=["conversation.*", "message.created"], description="CRM sync"
    )
    assert "secret" not in (await client.get(f"/v1/webhooks/{endpoint['id']}", headers=tenant.headers)).json()
    bot = await make_chatbot(client, tenant)
    entry = await visitor(client, bot)
    session_id = entry["session"]["id"]
    sent = await client.post(
        f"/v1/widget/{bot.public_id}/sessions/{session_id}/messages", headers=widget_headers(entry),
        json={"client_id": "m1", "content": "Where is my parcel?"},
    )
    assert sent.status_code == 200, sent.text
    closed = await client.post(f"/v1/conversations/{session_id}/close", headers=tenant.headers)
    assert closed.status_code == 200

    def types():
        return [r.payload["type"] for r in receiver.received if r.path == "/ok"]

    await eventually(lambda: len(types()) >= 3)
    assert receiver.refused == []
    assert sorted(types()) == ["conversation.closed", "conversation.started", "message.created"]
    by_type = {r.payload["type"]: r for r in receiver.received if r.path == "/ok"}
    message = by_type["message.created"].payload
    assert message["data"]["content"] == "Where is my parcel?" and message["data"]["sender"] == "customer"
    assert message["data"]["conversation_id"] == session_id and message["data"]["chatbot_id"] == bot.id
    assert "tenant_id" not in message["data"] and message["timestamp"]

    async def delivered_log():
        log = await client.get(f"/v1/webhooks/{endpoint['id']}/deliveries", headers=tenant.headers)
        assert log.status_code == 200, log.text
        items = log.json()["items"]
        return items if all(i["status"] == "succeeded" for i in items) else None

    items = await eventually(delivered_log)
    assert {i["event_type"] for i in items} == {"conversation.started", "message.created", "conversation.closed"}
    assert all(i["attempts"] == 1 and i["attempt_log"][0]["status_code"] == 200 for i in items)
    assert {i["event_id"] for i in items} == {r.msg_id for r in by_type.values()}
    only = await client.get(
        f"/v1/webhooks/{endpoint['id']}/deliveries", headers=tenant.headers, params={"event_type": "message.created"}
    )
    assert [i["event_type"] for i in only.json()["items"]] == ["message.created"]


async def test_rotation_signs_with_both_secrets_for_a_day(client, container, tenant, receiver, worker):
    endpoint = await create_endpoint(client, tenant, receiver, "/rotated", event_types=["*"])
    old = endpoint["secret"]
    rotated = await client.post(f"/v1/webhooks/{endpoint['id']}/rotate-secret", headers=tenant.headers)
    assert rotated.status_code == 200, rotated.text
    new = rotated.json()["secret"]
    assert new != old and new.startswith("whsec_")
    expires = datetime.fromisoformat(rotated.json()["previous_secret_expires_at"])
    assert timedelta(hours=23) < expires - datetime.now(UTC) <= timedelta(hours=24)
    receiver.secrets["/rotated"] = [old, new]  # a partner still on the old secret, and one already on the new
    test = await client.post(f"/v1/webhooks/{endpoint['id']}/test", headers=tenant.headers)
    assert test.status_code == 202, test.text
    await eventually(lambda: receiver.ids("/rotated"))
    assert receiver.refused == []
    [got] = [r for r in receiver.received if r.path == "/rotated"]
    assert got.payload["type"] == "webhook.test" and got.payload["data"] == {"endpoint_id": endpoint["id"]}


async def test_bad_endpoints_are_422_problems(client, container, tenant):
    cases = [
        ({"url": "not a url"}, "url"),
        ({"url": "ftp://example.com/hook"}, "url"),
        ({"url": "https://example.com/hook", "event_types": ["conversation.exploded"]}, "event_types"),
        ({"url": "https://example.com/hook", "event_types": ["nothing.*"]}, "event_types"),
        ({"url": "https://example.com/hook", "description": "x" * 501}, "description"),
        ({"url": "https://example.com/" + "x" * 2048}, "url"),
        ({"url": "https://example.com/hook", "event_types": []}, "event_types"),
        ({"url": "https://127.0.0.1/hook"}, "url"),  # private addresses are refused (outside tests and intranets)
    ]
    for body, field in cases:
        r = await client.post("/v1/webhooks", headers=tenant.headers, json=body)
        assert r.status_code == 422, (body, r.text)
        assert r.headers["content-type"].startswith("application/problem+json")
        assert field in r.text, (body, r.text)
    container.webhooks.allow_http = False  # as in production
    try:
        r = await client.post("/v1/webhooks", headers=tenant.headers, json={"url": "http://example.com/hook"})
        assert r.status_code == 422 and "https" in r.json()["detail"]
    finally:
        container.webhooks.allow_http = True


async def _deliveries(client, tenant, endpoint_id: str) -> list[dict]:
    r = await client.get(f"/v1/webhooks/{endpoint_id}/deliveries", headers=tenant.headers)
    assert r.status_code == 200, r.text
    return r.json()["items"]


async def test_misbehaving_receivers_are_cut_logged_and_retried_without_slowing_others(
    client, container, tenant, receiver, worker, monkeypatch
):
    monkeypatch.setattr(container.webhook_deliverer, "timeout", 1.0)  # the 10 s deadline, scaled down
    bad = {path: await create_endpoint(client, tenant, receiver, path, event_types=["*"]) for path in ("/hang", "/dribble", "/huge")}
    healthy = await create_endpoint(client, tenant, receiver, "/healthy", event_types=["*"])
    started = asyncio.get_running_loop().time()
    for endpoint in [*bad.values(), healthy]:
        assert (await client.post(f"/v1/webhooks/{endpoint['id']}/test", headers=tenant.headers)).status_code == 202
    await eventually(lambda: receiver.ids("/healthy"))
    assert asyncio.get_running_loop().time() - started < 0.9  # not behind the receivers that take the whole deadline

    async def first_attempts():
        logs = {path: await _deliveries(client, tenant, e["id"]) for path, e in bad.items()}
        return logs if all(log and log[0]["attempt_log"] for log in logs.values()) else None

    logs = await eventually(first_attempts, timeout=10)
    [hang], [dribble], [huge] = logs["/hang"], logs["/dribble"], logs["/huge"]
    assert hang["attempt_log"][0]["status_code"] is None and "no complete answer within 1 s" in hang["attempt_log"][0]["error"]
    assert dribble["attempt_log"][0]["status_code"] == 200 and "cut after 1 s" in dribble["attempt_log"][0]["error"]
    for cut in (hang, dribble):
        assert cut["status"] == "pending" and cut["attempt_log"][0]["latency_ms"] <= 1100
        retry_in = datetime.fromisoformat(cut["next_attempt_at"]) - datetime.now(UTC)
        assert timedelta(seconds=2) < retry_in < timedelta(seconds=6)  # the schedule's second step: 5 s ± jitter
    # A huge answer is cut at 64 KB (its first 2 KB kept): a failed attempt, retried on schedule like the others.
    assert huge["attempt_log"][0]["status_code"] == 200 and len(huge["attempt_log"][0]["response_body"]) == 2048
    assert huge["attempt_log"][0]["error"] == "answer longer than 64 KB: cut there" and huge["status"] == "pending"
    retry_in = datetime.fromisoformat(huge["next_attempt_at"]) - datetime.now(UTC)
    assert timedelta(seconds=2) < retry_in < timedelta(seconds=6)
    # Retried on schedule: a second attempt about 5 s later.
    for path in bad:
        retried = await eventually(lambda path=path: _second_attempt(client, tenant, bad[path]["id"]), timeout=12)
        assert retried["attempts"] == 2 and retried["status"] == "pending"


async def test_a_dead_endpoint_holds_few_slots_then_its_circuit_opens_and_others_flow(
    client, container, tenant, receiver, worker, monkeypatch
):
    monkeypatch.setattr(container.webhook_deliverer, "timeout", 1.0)  # the 10 s deadline, scaled down
    dead = await create_endpoint(client, tenant, receiver, "/hang-dead", event_types=["*"])
    healthy = await create_endpoint(client, tenant, receiver, "/flowing", event_types=["*"])
    for _ in range(12):  # three times the endpoint's 4 slots
        assert (await client.post(f"/v1/webhooks/{dead['id']}/test", headers=tenant.headers)).status_code == 202
    await eventually(lambda: receiver.in_flight["/hang-dead"] >= 1)
    for round_ in range(3):  # while the dead endpoint's POSTs wait for their deadline, the healthy one's go through
        sent = [(await client.post(f"/v1/webhooks/{healthy['id']}/test", headers=tenant.headers)).json()["delivery_id"]
                for _ in range(5)]
        committed = asyncio.get_running_loop().time()  # the API's own time under load is not what is measured here
        await eventually(lambda n=5 * (round_ + 1): len(receiver.ids("/flowing")) == n, timeout=5)
        assert asyncio.get_running_loop().time() - committed < 0.9, round_  # never behind a 1 s deadline
        assert len(sent) == 5
        await asyncio.sleep(0.4)
    assert receiver.most_in_flight["/hang-dead"] <= 4  # the per-endpoint cap

    async def all_attempted():
        log = await _deliveries(client, tenant, dead["id"])
        return log if len(log) == 12 and all(d["attempt_log"] for d in log) else None

    log = await eventually(all_attempted, timeout=15)
    errors = [d["attempt_log"][0]["error"] for d in log]
    timed_out = [e for e in errors if e == "no complete answer within 1 s"]
    fast_failed = [e for e in errors if e.startswith("not sent: the endpoint failed 5 times in a row, its circuit is open")]
    assert len(timed_out) + len(fast_failed) == 12 and 5 <= len(timed_out) <= 9 and fast_failed, errors
    assert receiver.hits["/hang-dead"] == len(timed_out)  # the open circuit sent nothing
    open_seconds = container.webhook_deliverer.breaker_open_seconds
    for delivery in log:  # every one recorded and tried again
        assert delivery["status"] == "pending"
        attempted = datetime.fromisoformat(delivery["attempt_log"][0]["created_at"])
        next_in = datetime.fromisoformat(delivery["next_attempt_at"]) - attempted
        if delivery["attempt_log"][0]["error"] in timed_out:  # sent and failed: on the schedule, 5 s ± jitter
            assert timedelta(seconds=4) < next_in < timedelta(seconds=7)
        else:  # not sent: not on the schedule, but when the circuit lets a probe through again
            assert timedelta(seconds=0.5) < next_in <= timedelta(seconds=open_seconds * 1.5 + 1)


async def test_an_endpoint_that_stays_down_logs_each_held_back_delivery_once(
    client, container, tenant, receiver, worker, monkeypatch
):
    """While the circuit stays open, deliveries come due again and again (each probe fails): they are moved on
    each time but logged "not sent" once, not once per open period for as long as the endpoint is down."""
    monkeypatch.setattr(container.webhook_deliverer, "timeout", 0.5)
    monkeypatch.setattr(container.webhook_deliverer, "breaker_open_seconds", 1.0)
    dead = await create_endpoint(client, tenant, receiver, "/hang-long", event_types=["*"])
    for _ in range(10):
        assert (await client.post(f"/v1/webhooks/{dead['id']}/test", headers=tenant.headers)).status_code == 202

    async def held_back_again():  # some delivery held back, due again, and claimed again while the circuit reopened
        rows = await _deliveries(client, tenant, dead["id"])
        return rows if receiver.hits["/hang-long"] >= 7 and all(d["attempt_log"] for d in rows) else None

    await eventually(held_back_again, timeout=20)  # 5 to open it, then a failed probe per open period
    await asyncio.sleep(3.0)  # three more open periods
    log = await _deliveries(client, tenant, dead["id"])
    not_sent = {d["id"]: sum(a["error"].startswith("not sent:") for a in d["attempt_log"]) for d in log}
    assert sum(not_sent.values()) >= 1 and max(not_sent.values()) == 1, not_sent
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        rows = await uow.conn.fetchval("SELECT count(*) FROM webhook_attempts a JOIN webhook_deliveries d "
                                       "ON d.id = a.delivery_id WHERE d.endpoint_id = $1", UUID(dead["id"]))
    assert rows <= 10 + receiver.hits["/hang-long"]  # at most one "not sent" per delivery, besides the real attempts


async def _second_attempt(client, tenant, endpoint_id):
    [delivery] = await _deliveries(client, tenant, endpoint_id)
    return delivery if len(delivery["attempt_log"]) >= 2 else None


async def test_410_disables_resend_and_recover_deliver_again(client, container, tenant, receiver, worker):
    gone = await create_endpoint(client, tenant, receiver, "/gone", event_types=["*"])
    await client.post(f"/v1/webhooks/{gone['id']}/test", headers=tenant.headers)

    async def disabled():
        endpoint = (await client.get(f"/v1/webhooks/{gone['id']}", headers=tenant.headers)).json()
        return endpoint if not endpoint["enabled"] else None

    endpoint = await eventually(disabled)
    assert "410" in endpoint["disabled_reason"]
    [delivery] = await _deliveries(client, tenant, gone["id"])
    assert delivery["status"] == "failed" and delivery["attempt_log"][0]["status_code"] == 410
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:  # the event other subscribers (and partners) get
        assert await uow.conn.fetchval("SELECT count(*) FROM outbox WHERE name = 'webhook.endpoint.disabled'") == 1

    flaky = await create_endpoint(client, tenant, receiver, "/flaky", event_types=["*"])
    receiver.failing.add("/flaky")
    await client.post(f"/v1/webhooks/{flaky['id']}/test", headers=tenant.headers)
    [delivery] = await eventually(lambda: _with_attempts(client, tenant, flaky["id"]))
    assert delivery["status"] == "pending" and delivery["attempt_log"][0]["status_code"] == 500
    receiver.failing.discard("/flaky")
    resent = await client.post(f"/v1/webhooks/{flaky['id']}/deliveries/{delivery['id']}/resend", headers=tenant.headers)
    assert resent.status_code == 202, resent.text
    await eventually(lambda: receiver.ids("/flaky"))
    assert receiver.ids("/flaky") == {delivery["event_id"]}
    missing = await client.post(f"/v1/webhooks/{flaky['id']}/deliveries/{uuid4()}/resend", headers=tenant.headers)
    assert missing.status_code == 404

    # Deliveries that failed while the endpoint was off come back with "recover all failed since T".
    since = datetime.now(UTC) - timedelta(minutes=1)
    assert (await client.patch(f"/v1/webhooks/{flaky['id']}", headers=tenant.headers, json={"enabled": False})).status_code == 200
    await client.post(f"/v1/webhooks/{flaky['id']}/test", headers=tenant.headers)

    async def failed_while_off():
        return [d for d in await _deliveries(client, tenant, flaky["id"]) if d["status"] == "failed"]

    [off] = await eventually(failed_while_off)
    assert off["attempt_log"][0]["error"] == "the endpoint is disabled"
    assert (await client.patch(f"/v1/webhooks/{flaky['id']}", headers=tenant.headers, json={"enabled": True})).status_code == 200
    recovered = await client.post(f"/v1/webhooks/{flaky['id']}/recover", headers=tenant.headers, json={"since": since.isoformat()})
    assert recovered.status_code == 202 and recovered.json() == {"deliveries": 1}
    await eventually(lambda: off["event_id"] in receiver.ids("/flaky"))
    naive = await client.post(f"/v1/webhooks/{flaky['id']}/recover", headers=tenant.headers, json={"since": "2026-01-01T00:00:00"})
    assert naive.status_code == 400


async def _with_attempts(client, tenant, endpoint_id):
    deliveries = await _deliveries(client, tenant, endpoint_id)
    return deliveries if deliveries and all(d["attempt_log"] for d in deliveries) else None


async def test_chat_messages_become_events_only_where_a_webhook_listens(client, container, tenant, receiver, worker, monkeypatch):
    monkeypatch.setattr(container.analytics_subscriber, "message_events", False)  # analytics listens to every workspace's
    bot = await make_chatbot(client, tenant)
    entry = await visitor(client, bot)
    session_id = entry["session"]["id"]

    async def post_burst(prefix: str) -> None:  # concurrent posts: group-committed in shared transactions
        answers = await asyncio.gather(*(
            client.post(f"/v1/widget/{bot.public_id}/sessions/{session_id}/messages", headers=widget_headers(entry),
                        json={"client_id": f"{prefix}{i}", "content": f"{prefix} {i}"})
            for i in range(12)
        ))
        assert all(a.status_code == 200 for a in answers)

    async def message_events() -> int:
        async with container.db.unit_of_work(UUID(tenant.id)) as uow:
            return await uow.conn.fetchval("SELECT count(*) FROM outbox WHERE name = 'message.created'")

    await post_burst("before")
    conversation_only = await create_endpoint(client, tenant, receiver, "/conversations-only", event_types=["conversation.*"])
    await post_burst("unwanted")
    assert await message_events() == 0  # no endpoint wants them: the chat path records nothing
    await client.patch(f"/v1/webhooks/{conversation_only['id']}", headers=tenant.headers, json={"event_types": ["*"]})
    await post_burst("wanted")
    assert await message_events() == 12
    await eventually(lambda: len([r for r in receiver.received if r.path == "/conversations-only"]) >= 12)
    contents = sorted(r.payload["data"]["content"] for r in receiver.received if r.payload["type"] == "message.created"
                      and r.path == "/conversations-only")
    assert contents == sorted(f"wanted {i}" for i in range(12))
