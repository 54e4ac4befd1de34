"""Calendly's and Cal.com's booking webhooks: the signature checked, the body read into the domain's
`ExternalBooking` (created, cancelled, rescheduled).

- Calendly: `Calendly-Webhook-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" with the signing key>`;
  older than `TOLERANCE` (or that far in the future) is refused as stale. Events `invitee.created` (with
  `old_invitee` when it replaces a rescheduled one) and `invitee.canceled` (a reschedule's cancel is left to the
  new invitee's created event).
- Cal.com: `X-Cal-Signature-256: <hex HMAC-SHA256 of the body with the secret>`; the body's `createdAt` older
  than `TOLERANCE` is stale. Triggers `BOOKING_CREATED`, `BOOKING_CANCELLED`, `BOOKING_RESCHEDULED`
  (`rescheduleUid` names the booking it replaces)."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from domain.scheduling.model import CalendarKind, ExternalBooking
from domain.scheduling.ports import BadSignature

TOLERANCE = timedelta(minutes=5)


def _hmac(key: str, data: bytes) -> str:
    return hmac.new(key.encode(), data, hashlib.sha256).hexdigest()


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _json(body: bytes) -> dict[str, Any]:
    try:
        found = json.loads(body)
    except ValueError:
        raise BadSignature("the body is not JSON") from None
    if not isinstance(found, dict):
        raise BadSignature("the body is not a JSON object")
    return found


def verify_calendly(body: bytes, header: str | None, key: str, now: datetime) -> None:
    parts = dict(p.split("=", 1) for p in (header or "").split(",") if "=" in p)
    t, v1 = parts.get("t", ""), parts.get("v1", "")
    if not t.isdigit() or not v1:
        raise BadSignature("missing or malformed Calendly-Webhook-Signature")
    if not hmac.compare_digest(_hmac(key, t.encode() + b"." + body), v1.strip().lower()):
        raise BadSignature("the Calendly signature does not match")
    if abs(now - datetime.fromtimestamp(int(t), UTC)) > TOLERANCE:
        raise BadSignature("the Calendly delivery is stale (signed too long ago)")


def read_calendly(body: bytes) -> ExternalBooking | None:
    data = _json(body)
    event, payload = data.get("event"), data.get("payload") or {}
    if not isinstance(payload, dict) or not payload.get("uri"):
        return None
    scheduled = payload.get("scheduled_event") or {}
    location = scheduled.get("location") or {}
    notes = "\n".join(f"{q.get('question')}: {q.get('answer')}" for q in payload.get("questions_and_answers") or []
                      if isinstance(q, dict))
    common: dict[str, Any] = {"external_id": str(payload["uri"]), "name": str(payload.get("name") or ""),
              "email": str(payload.get("email") or ""), "time_zone": str(payload.get("timezone") or ""),
              "start": _time(scheduled.get("start_time")), "end": _time(scheduled.get("end_time")),
              "meeting_url": str(location.get("join_url") or "") if isinstance(location, dict) else "", "notes": notes}
    if event == "invitee.created":
        previous = payload.get("old_invitee")
        return ExternalBooking(action="rescheduled" if previous else "created", previous_id=previous or None, **common)
    if event == "invitee.canceled":
        if payload.get("rescheduled"):
            return None  # the new invitee's invitee.created moves the booking
        return ExternalBooking(action="cancelled", **common)
    return None


def verify_calcom(body: bytes, header: str | None, key: str, now: datetime) -> None:
    if not header or not hmac.compare_digest(_hmac(key, body), header.strip().lower()):
        raise BadSignature("the X-Cal-Signature-256 signature does not match")
    created = _time(_json(body).get("createdAt"))
    if created is None or abs(now - created) > TOLERANCE:
        raise BadSignature("the Cal.com delivery is stale (createdAt too far from now)")


def read_calcom(body: bytes) -> ExternalBooking | None:
    data = _json(body)
    trigger, payload = data.get("triggerEvent"), data.get("payload") or {}
    if not isinstance(payload, dict) or not payload.get("uid"):
        return None
    attendee = (payload.get("attendees") or [{}])[0] or {}
    language = attendee.get("language")
    metadata = payload.get("metadata") or {}
    common: dict[str, Any] = {"external_id": str(payload["uid"]), "name": str(attendee.get("name") or ""),
              "email": str(attendee.get("email") or ""), "time_zone": str(attendee.get("timeZone") or ""),
              "language": str(language.get("locale") if isinstance(language, dict) else language or ""),
              "start": _time(payload.get("startTime")), "end": _time(payload.get("endTime")),
              "meeting_url": str(metadata.get("videoCallUrl") or "") if isinstance(metadata, dict) else "",
              "notes": str(payload.get("additionalNotes") or payload.get("description") or "")}
    if trigger == "BOOKING_CREATED":
        return ExternalBooking(action="created", **common)
    if trigger == "BOOKING_RESCHEDULED":
        return ExternalBooking(action="rescheduled", previous_id=str(payload.get("rescheduleUid") or "") or None, **common)
    if trigger == "BOOKING_CANCELLED":
        return ExternalBooking(action="cancelled", **common)
    return None


class LinkWebhooks:
    """The domain's `LinkWebhookReader`."""

    def read(self, kind: str, body: bytes, signature: str | None, key: str, now: datetime) -> ExternalBooking | None:
        if kind == CalendarKind.CALENDLY:
            verify_calendly(body, signature, key, now)
            return read_calendly(body)
        verify_calcom(body, signature, key, now)
        return read_calcom(body)
