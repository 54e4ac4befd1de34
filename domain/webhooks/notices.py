"""Telling a workspace's owners that the server switched one of its webhook endpoints off (410 Gone, or
failing for five days): an e-mail to each owner, beside the `webhook.endpoint.disabled` event."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol
from uuid import UUID

from domain.ports import UnitOfWorkFactory
from domain.webhooks.ports import WebhooksUnitOfWork

NOTIFY_JOB = "notify_webhook_disabled"


class Mailer(Protocol):
    async def send(self, to: str, subject: str, text: str) -> None: ...


def notice_job_id(event_id: UUID) -> str:
    return f"webhook-disabled:{event_id}"  # once per event, however often the event is delivered


@dataclass
class DisabledEndpointNotices:
    uow: UnitOfWorkFactory[WebhooksUnitOfWork]
    owner_emails: Callable[[UUID], Awaitable[list[str]]]  # the tenancy context's TenancyService.owner_emails
    mailer: Mailer | None  # None: no SMTP server configured (the event still goes out)

    async def send(self, tenant_id: UUID, endpoint_id: UUID, reason: str) -> int:
        """E-mail every owner of the workspace; returns how many were written to."""
        if self.mailer is None:
            return 0
        async with self.uow(tenant_id) as uow:
            endpoint = await uow.webhooks.get(endpoint_id)
        if endpoint is None or endpoint.enabled:  # deleted since, or switched back on: nothing to tell
            return 0
        subject = "Parley switched off a webhook endpoint"
        text = (
            f"Parley stopped sending webhooks to {endpoint.url}"
            + (f" ({endpoint.description})" if endpoint.description else "")
            + f": {reason}.\n\n"
            "Deliveries that failed meanwhile are kept in the endpoint's delivery log. Once the receiver works, "
            "switch the endpoint back on and recover the failed deliveries (POST /v1/webhooks/"
            f"{endpoint.id}/recover with the time to recover from).\n"
        )
        owners = await self.owner_emails(tenant_id)
        for owner in owners:
            await self.mailer.send(owner, subject, text)
        return len(owners)
