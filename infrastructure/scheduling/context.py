"""The scheduling context: calendars (CalDAV, Google, Microsoft 365; Calendly and Cal.com links), availability schedules, bookings, the assistant's booking
tools, booking e-mails (deferred arq jobs) and a cron that follows meetings moved or deleted on a calendar."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from uuid import UUID

import structlog
from arq import cron, func

from domain.scheduling.model import CalendarKind
from domain.scheduling.services import SchedulingService
from domain.scheduling.tools import BookingTools
from infrastructure.contexts import Context
from infrastructure.scheduling import oauth
from infrastructure.scheduling.caldav import CalDavGateway
from infrastructure.scheduling.directory import SchedulingDirectory
from infrastructure.scheduling.google import GoogleCalendarGateway
from infrastructure.scheduling.jobs import ArqJobCanceller
from infrastructure.scheduling.link_webhooks import LinkWebhooks
from infrastructure.scheduling.links import BookingLinkSigner
from infrastructure.scheduling.mail import BookingMailer
from infrastructure.scheduling.microsoft import MicrosoftCalendarGateway
from infrastructure.scheduling.notify import send_notification
from infrastructure.scheduling.repository import ScheduleRepo

if TYPE_CHECKING:
    from infrastructure.container import Container

log = structlog.get_logger(__name__)


async def wire(container: Container) -> None:
    s = container.settings
    google = GoogleCalendarGateway(oauth.google(s.google_client_id, s.google_client_secret, s.google_accounts_url,
                                                s.google_oauth_url, s.google_api_url), container.outbound)
    microsoft = MicrosoftCalendarGateway(oauth.microsoft(s.microsoft_client_id, s.microsoft_client_secret,
                                                         s.microsoft_login_url, s.microsoft_graph_url), container.outbound)
    service = SchedulingService(
        uow=container.db.unit_of_work,
        gateways={CalendarKind.CALDAV: CalDavGateway(container.outbound), CalendarKind.GOOGLE: google,
                  CalendarKind.MICROSOFT: microsoft},
        outbound=container.outbound,
        links=BookingLinkSigner(s.secret_key),
        public_url=s.public_url,
        jobs=ArqJobCanceller(container.redis),
        mailer=BookingMailer(s.smtp) if s.smtp else None,
        allow_http=s.env != "production",
        oauth=oauth.OAuthFlows({"google": google.provider, "microsoft": microsoft.provider}, container.outbound,
                               s.secret_key, s.public_url, {"google": google.account, "microsoft": microsoft.account}),
        link_webhooks=LinkWebhooks(),
    )
    google.api.save = microsoft.api.save = service.save_secret  # refreshed tokens are written back, sealed
    container.provide("scheduling", service)
    container.provide("scheduling_directory", SchedulingDirectory(container.db))
    BookingTools(service, service).register(container.assistant.tools)


async def send_booking_notification(ctx: dict, tenant_id: str, booking_id: str, kind: str, offset: int, start: str) -> str:
    """One booking e-mail (confirmation, reminder, rescheduled, cancelled); at most once (see notify.py)."""
    container: Container = ctx["container"]
    return await send_notification(container.scheduling, UUID(tenant_id), UUID(booking_id), kind, offset,
                                   datetime.fromisoformat(start))


async def sync_calendars(ctx: dict) -> int:
    """Every few minutes: upcoming bookings follow their events moved or deleted on the calendar."""
    container: Container = ctx["container"]
    rows = await container.db.pool.fetch("SELECT tenant_id FROM parley_scheduling_sync_tenants($1)", 200)
    for row in rows:
        try:
            await container.scheduling.sync(row["tenant_id"])
        except Exception as exc:  # noqa: BLE001 - one workspace's calendar must not stop the others'
            log.warning("calendar sync failed", tenant_id=str(row["tenant_id"]), error=type(exc).__name__)
    return len(rows)


CONTEXT = Context(
    name="scheduling",
    repositories={"scheduling": ScheduleRepo},
    wire=wire,
    jobs=(func(send_booking_notification, keep_result=0, timeout=60, max_tries=5),),
    cron_jobs=(cron(sync_calendars, minute=set(range(0, 60, 5)), run_at_startup=False, unique=True),),
)
