"""The pieces of the provider connectors that need no peer: the OAuth state (signed, expiring, bound to its
provider) and its PKCE verifier, the sealed token JSON, Google's event ids, Graph's times, and the Calendly /
Cal.com signature rules."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from datetime import UTC, datetime, timedelta

import pytest

from domain.scheduling.ports import BadSignature, CalendarUnavailable
from infrastructure.scheduling.google import event_id
from infrastructure.scheduling.link_webhooks import read_calcom, read_calendly, verify_calcom, verify_calendly
from infrastructure.scheduling.microsoft import _when
from infrastructure.scheduling.oauth import STATE_TTL_SECONDS, StateSigner, read_tokens, seal_tokens


def test_the_state_is_signed_expires_and_derives_a_pkce_verifier():
    signer = StateSigner(b"k" * 32)
    state = signer.sign({"t": "tenant", "k": "google", "n": "Work", "c": "primary"})
    assert signer.verify(state)["t"] == "tenant"
    assert signer.verify(state, now=time.time() + STATE_TTL_SECONDS + 5) is None  # expired
    body, mac = state.split(".")
    assert signer.verify(body[:-2] + ("AA" if body[-2:] != "AA" else "BB") + "." + mac) is None  # altered
    assert StateSigner(b"x" * 32).verify(state) is None  # another server's key
    assert signer.verify("nonsense") is None and signer.verify("a.b.c") is None
    verifier = signer.verifier(state)
    assert verifier == signer.verifier(state) and verifier != signer.verifier(signer.sign({"t": "tenant"}))
    assert re.fullmatch(r"[A-Za-z0-9_-]{43,128}", verifier)  # RFC 7636


def test_tokens_keep_the_refresh_token_google_does_not_repeat():
    first = json.loads(seal_tokens({"access_token": "a1", "refresh_token": "r1", "expires_in": 3600}))
    again = json.loads(seal_tokens({"access_token": "a2", "expires_in": 3600}, first))
    assert again["refresh_token"] == "r1" and again["access_token"] == "a2"
    assert abs(again["expires_at"] - (time.time() + 3600)) < 5
    with pytest.raises(CalendarUnavailable):
        read_tokens("not json")
    with pytest.raises(CalendarUnavailable):
        read_tokens(json.dumps({"refresh_token": "r"}))


def test_google_ids_are_base32hex_and_graph_times_are_read_right():
    eid = event_id("parley-01a2b3c4-0000-7000-8000-000000000000")
    assert set(eid) <= set("0123456789abcdefghijklmnopqrstuv") and 5 <= len(eid) <= 1024
    assert _when({"dateTime": "2026-12-08T09:00:00.0000000", "timeZone": "UTC"}) == datetime(2026, 12, 8, 9, tzinfo=UTC)
    assert _when({"dateTime": "2026-07-08T09:00:00.0000000", "timeZone": "Europe/Berlin"}) == datetime(2026, 7, 8, 7, tzinfo=UTC)
    assert _when({"dateTime": "garbage", "timeZone": "UTC"}) is None and _when(None) is None


def _calendly_header(key: str, body: bytes, t: int) -> str:
    return f"t={t},v1=" + hmac.new(key.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()


def test_calendly_signatures_and_times():
    key, body, now = "secret-key-1234567", b'{"event":"invitee.created","payload":{}}', datetime.now(UTC)
    t = int(now.timestamp())
    verify_calendly(body, _calendly_header(key, body, t), key, now)
    for bad in (_calendly_header("other", body, t), _calendly_header(key, body + b" ", t), "v1=abc", None, "t=x,v1=y"):
        with pytest.raises(BadSignature):
            verify_calendly(body, bad, key, now)
    for skew in (-400, 400):  # too old, or claiming to come from the future
        with pytest.raises(BadSignature, match="stale"):
            verify_calendly(body, _calendly_header(key, body, t + skew), key, now)
    assert read_calendly(b'{"event":"routing_form_submission.created","payload":{"uri":"x"}}') is None


def test_calcom_signatures_and_times():
    key, now = "secret-key-1234567", datetime.now(UTC)
    body = json.dumps({"triggerEvent": "BOOKING_CREATED", "createdAt": now.isoformat(), "payload": {
        "uid": "u1", "startTime": "2026-12-08T09:00:00Z", "endTime": "2026-12-08T09:30:00Z",
        "attendees": [{"email": "a@b.co", "name": "A", "timeZone": "Europe/Paris", "language": {"locale": "fr"}}]}}).encode()
    sig = hmac.new(key.encode(), body, hashlib.sha256).hexdigest()
    verify_calcom(body, sig, key, now)
    verify_calcom(body, sig.upper(), key, now)
    with pytest.raises(BadSignature):
        verify_calcom(body, sig, "another-key-123456", now)
    with pytest.raises(BadSignature, match="stale"):
        verify_calcom(body, sig, key, now + timedelta(minutes=10))
    change = read_calcom(body)
    assert change is not None and change.action == "created" and change.language == "fr" and change.time_zone == "Europe/Paris"
    assert change.start == datetime(2026, 12, 8, 9, tzinfo=UTC)
