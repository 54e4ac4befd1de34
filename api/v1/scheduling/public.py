"""The small public pages a booking's signed links open: see the meeting, cancel it, or move it to another
free slot. No account: the signed token in the path is the permission (and says which of the two it allows)."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Annotated

from litestar import Controller, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter

from api.problems import problems
from api.v1.common import PUBLIC
from domain.errors import InvalidInput
from domain.scheduling.model import Booking, BookingStatus, zone
from infrastructure.container import Container

Token = Annotated[str, Parameter(max_length=200, description="The signed token from the booking e-mail")]
NO_STORE = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#222}}
button{{font-size:1rem;padding:.5rem .9rem;margin:.2rem;border-radius:.4rem;border:1px solid #888;background:#f6f6f6;cursor:pointer}}
.when{{font-size:1.2rem;font-weight:600}}</style></head>
<body><main><h1>{title}</h1>{body}</main></body></html>
"""


def _when(booking: Booking) -> str:
    tz = zone(booking.time_zone)
    start, end = booking.start.astimezone(tz), booking.end.astimezone(tz)
    return html.escape(f"{start:%A %d %B %Y, %H:%M}–{end:%H:%M} ({booking.time_zone})")


def _page(title: str, body: str, status: int = 200) -> Response[str]:
    return Response(PAGE.format(title=html.escape(title), body=body), status_code=status, media_type="text/html",
                    headers=NO_STORE)


class PublicBookingController(Controller):
    path = "/v1/widget/bookings"
    tags = ["scheduling"]

    @get("/{token:str}", **PUBLIC, media_type="text/html", responses=problems(404, 503),
         summary="The page a booking's cancel or reschedule link opens")
    async def booking_page(self, container: Container, token: Token) -> Response[str]:
        booking, action, slots = await container.scheduling.public_booking(token)
        when = _when(booking)
        if booking.status == BookingStatus.CANCELLED:
            return _page("Meeting cancelled", f'<p class="when">{when}</p><p>This meeting is cancelled.</p>')
        body = f'<p class="when">{when}</p><p>Video call: <a href="{html.escape(booking.meeting_url)}">' \
               f"{html.escape(booking.meeting_url)}</a></p>"
        target = html.escape(token)
        if action == "cancel":
            body += f'<form method="post" action="{target}/cancel"><button type="submit">Cancel this meeting</button></form>'
            return _page("Your meeting", body)
        tz = zone(booking.time_zone)
        buttons = "".join(
            f'<button name="start" value="{html.escape(s.isoformat())}">{html.escape(f"{s.astimezone(tz):%a %d %b, %H:%M}")}</button>'
            for s in slots
        )
        body += (f'<p>Pick a new time ({html.escape(booking.time_zone)}):</p><form method="post" action="{target}/reschedule">'
                 f"{buttons}</form>" if buttons else "<p>No other free times right now.</p>")
        return _page("Move your meeting", body)

    @post("/{token:str}/cancel", **PUBLIC, status_code=200, media_type="text/html", responses=problems(404, 503))
    async def cancel_by_link(self, container: Container, token: Token) -> Response[str]:
        booking = await container.scheduling.public_cancel(token)
        return _page("Meeting cancelled", f'<p class="when">{_when(booking)}</p><p>Your meeting is cancelled.</p>')

    @post("/{token:str}/reschedule", **PUBLIC, status_code=200, media_type="text/html", responses=problems(404, 409, 422, 503))
    async def reschedule_by_link(
        self, container: Container, token: Token,
        data: Annotated[dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)],
    ) -> Response[str]:
        raw = data.get("start", "") if isinstance(data, dict) else ""
        try:
            start = datetime.fromisoformat(raw)
        except (TypeError, ValueError):
            raise InvalidInput("start must be an ISO date-time with an offset", field="start") from None
        booking = await container.scheduling.public_reschedule(token, start)
        return _page("Meeting moved", f'<p class="when">{_when(booking)}</p><p>Your meeting has moved. '
                     "A new invitation is on its way.</p>")
