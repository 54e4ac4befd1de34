"""Signed outgoing webhooks end to end: a partner's receiver on 127.0.0.1 verifies every delivery with the
`standardwebhooks` library (not Parley's code); bad endpoints are 422s; the delivery log, resend, recover
and test events work through the API."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

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
    assert timedelta(hours=23) < expires - datetime.now(timezone.utc) <= timedelta(hours=24)
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
