"""An endpoint failing for five days is switched off and its workspace's owners are told: an e-mail through a
real SMTP server (aiosmtpd on 127.0.0.1) and a `webhook.endpoint.disabled` event to the workspace's other
endpoints. Both ways it happens: an attempt that fails after five days of failures, and the sweeper finding an
endpoint whose retries ran out long ago."""

from __future__ import annotations

from uuid import UUID

import pytest

from infrastructure.mail import SmtpMailer, SmtpSettings
from tests.integration.tenancy.test_members_and_keys import _join
from tests.integration.webhooks.conftest import eventually
from tests.integration.webhooks.test_webhooks import create_endpoint
from tests.mail_inbox import running_inbox


@pytest.fixture
def inbox(container, monkeypatch):
    with running_inbox() as inbox:
        smtp = SmtpSettings(host="127.0.0.1", port=inbox.port, sender="webhooks@parley.example")
        monkeypatch.setattr(container.webhook_notices, "mailer", SmtpMailer(smtp))
        yield inbox


async def fail_for_five_days(container, tenant, endpoint_id: str) -> None:
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:  # five days ago, the first failure
        await uow.conn.execute(
            "UPDATE webhook_endpoints SET failing_since = now() - interval '5 days 1 minute' WHERE id = $1", UUID(endpoint_id)
        )


def mails_to(inbox, address: str) -> list:
    return [m for m in inbox.messages if m["To"] == address]


async def test_five_days_of_failures_switch_the_endpoint_off_and_tell_the_owners(
    client, container, tenant, receiver, worker, inbox
):
    watcher = await create_endpoint(client, tenant, receiver, "/watch", event_types=["webhook.endpoint.disabled"])
    receiver.failing.add("/down")
    down = await create_endpoint(client, tenant, receiver, "/down", event_types=["*"], description="ERP bridge")
    await fail_for_five_days(container, tenant, down["id"])

    # The next attempt fails too: the endpoint is switched off.
    assert (await client.post(f"/v1/webhooks/{down['id']}/test", headers=tenant.headers)).status_code == 202
    [mail] = await eventually(lambda: mails_to(inbox, tenant.email))
    assert mail["Subject"] == "Parley switched off a webhook endpoint"
    body = mail.get_payload(decode=True).decode()
    assert receiver.url("/down") in body and "ERP bridge" in body and "failed every delivery for 5 days" in body
    endpoint = (await client.get(f"/v1/webhooks/{down['id']}", headers=tenant.headers)).json()
    assert endpoint["enabled"] is False and endpoint["disabled_reason"] == "the endpoint failed every delivery for 5 days"
    await eventually(lambda: receiver.ids("/watch"))
    [event] = [r.payload for r in receiver.received if r.path == "/watch"]
    assert event["type"] == "webhook.endpoint.disabled"
    assert event["data"] == {"endpoint_id": down["id"], "reason": "the endpoint failed every delivery for 5 days"}
    assert receiver.refused == []

    # An endpoint whose retries ran out days ago gets no attempt that could judge it: the sweeper does.
    quiet = await create_endpoint(client, tenant, receiver, "/quiet", event_types=["conversation.*"])
    await fail_for_five_days(container, tenant, quiet["id"])
    await container.webhook_deliverer.sweep()  # what the worker's cron runs every 5 s
    assert (await client.get(f"/v1/webhooks/{quiet['id']}", headers=tenant.headers)).json()["enabled"] is False
    await eventually(lambda: len(mails_to(inbox, tenant.email)) == 2)
    assert receiver.url("/quiet") in mails_to(inbox, tenant.email)[1].get_payload(decode=True).decode()
    await eventually(lambda: len(receiver.ids("/watch")) == 2)
    assert await container.webhook_deliverer.disable_failing() == 0  # once only
    assert watcher["enabled"] is True


async def test_the_notice_goes_to_every_owner_and_no_one_else(client, container, tenant):
    joined = {}
    for role in ("admin", "operator", "owner"):  # the second owner: an admin promoted by the first
        _, user, _ = await _join(client, tenant, "admin" if role == "owner" else role)
        if role == "owner":
            promoted = await client.patch(f"/v1/members/{user['id']}", headers=tenant.headers, json={"role": "owner"})
            assert promoted.status_code == 200, promoted.text
        joined[role] = user["email"]
    owners = await container.tenancy.owner_emails(UUID(tenant.id))
    assert sorted(owners) == sorted([tenant.email, joined["owner"]])
