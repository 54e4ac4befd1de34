"""Domain rules of conversations and the published wire schemas, without I/O."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

import msgspec
import pytest

from api.v1.conversations.frames import json_schemas
from domain.conversations import frames as fr
from domain.conversations.model import (
    Attachment,
    ChatSession,
    EventKind,
    Sender,
    SessionClosed,
    SessionEvent,
    SessionStatus,
    transcript_text,
    validate_message,
    validate_rating,
)
from domain.errors import Conflict, InvalidInput
from infrastructure.realtime.events import event_frame

SCHEMAS = Path(__file__).resolve().parents[3] / "docs" / "schemas" / "ws"


def _session(status=SessionStatus.open) -> ChatSession:
    return ChatSession(id=uuid4(), tenant_id=uuid4(), chatbot_id=uuid4(), visitor_id=uuid4(), status=status)


def test_status_moves_forward_and_closed_is_final():
    s = _session()
    s.check_transition(SessionStatus.queued)
    s.status = SessionStatus.assigned
    s.check_transition(SessionStatus.queued)  # back to the queue on transfer
    s.status = SessionStatus.closed
    with pytest.raises(Conflict):
        s.check_transition(SessionStatus.open)
    with pytest.raises(SessionClosed):
        s.check_open_for_messages()


def test_message_and_rating_rules():
    validate_message("hi", [], "c1")
    validate_message("", [Attachment(url="https://x.example/a.png")], None)
    for content, attachments, client_id in [("  ", [], "c"), ("x" * 8001, [], "c"), ("hi", [], "x" * 65),
                                            ("hi", [Attachment(url="javascript:alert(1)")], "c")]:
        with pytest.raises(InvalidInput):
            validate_message(content, attachments, client_id)
    validate_rating(5, "great")
    with pytest.raises(InvalidInput):
        validate_rating(0, None)


def test_transcript_text_reads_like_a_chat():
    s = _session(SessionStatus.closed)
    s.started_at = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    s.csat_rating, s.csat_comment = 5, "thanks"
    at = datetime(2026, 1, 2, 3, 5, tzinfo=UTC)
    events = [
        SessionEvent(uuid4(), s.tenant_id, s.id, 1, EventKind.message, Sender.customer, "Hello", created_at=at),
        SessionEvent(uuid4(), s.tenant_id, s.id, 2, EventKind.message, Sender.ai, "Hi!", created_at=at),
        SessionEvent(uuid4(), s.tenant_id, s.id, 3, EventKind.read, Sender.customer, data={"reader": "visitor"}, created_at=at),
        SessionEvent(uuid4(), s.tenant_id, s.id, 4, EventKind.status, Sender.system, data={"status": "closed"}, created_at=at),
    ]
    text = transcript_text(s, events)
    assert "[2026-01-02 03:05:00] Visitor: Hello" in text and "Assistant: Hi!" in text
    assert "-- conversation closed --" in text and "Rating: 5/5 - thanks" in text and "reader" not in text


def test_published_event_frames_match_their_schema():
    sid, at = uuid4(), datetime.now(UTC)
    cases = [
        (SessionEvent(uuid4(), uuid4(), sid, 1, EventKind.message, Sender.human, "hi", [Attachment(url="https://a/b")],
                      client_id="c", sender_user_id=uuid4(), created_at=at), fr.MessageEvent),
        (SessionEvent(uuid4(), uuid4(), sid, 2, EventKind.status, Sender.system, data={"status": "closed", "by": "visitor"},
                      created_at=at), fr.StatusEvent),
        (SessionEvent(uuid4(), uuid4(), sid, 3, EventKind.read, Sender.customer, data={"reader": "visitor", "up_to_seq": 1},
                      created_at=at), fr.ReadEvent),
    ]
    for event, struct in cases:
        frame = msgspec.json.decode(msgspec.json.encode(event_frame(event)), type=fr.ServerFrame)
        assert isinstance(frame, struct)


def test_committed_json_schemas_are_current():
    """docs/schemas/ws is generated: `python -m api.v1.conversations.frames docs/schemas/ws`."""
    expected = json_schemas()
    committed = {p.stem: json.loads(p.read_text()) for p in SCHEMAS.glob("*.json")}
    assert committed == expected


def test_every_client_frame_is_a_tagged_union_member():
    assert sorted(["auth", "message", "ping", "pong", "presence", "receipt", "resume", "status",
                                      "subscribe", "typing", "unsubscribe"]) == fr.CLIENT_TYPES
    with pytest.raises(msgspec.ValidationError):
        fr.client_decoder.decode(b'{"type":"typing","state":"maybe"}')


def test_every_client_frame_has_a_handler():
    """The socket handler's dispatch table covers the protocol: a frame added to ClientFrame without a
    route would decode and then be refused as unsupported."""
    from api.v1.conversations.sockets import ROUTES

    assert set(ROUTES) == set(fr.ClientFrame.__args__)


async def test_the_assistant_streams_frames_the_protocol_declares():
    """What the reply sink publishes decodes as the declared ai_* server frames (so SDK types hold)."""
    import uuid

    import msgspec

    from infrastructure.assistant.gateways import RealtimeReplySink

    sent: list[dict] = []

    class Publisher:
        async def publish_frame(self, channel, frame, session_id, seq=0, origin=None):
            sent.append(frame)

    sink = RealtimeReplySink(Publisher())
    tenant, session, reply = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    await sink.started(tenant, session, reply)
    await sink.delta(tenant, session, reply, 0, "Hel")
    await sink.finished(tenant, session, reply, True)
    frames = [msgspec.convert(f, type=fr.ServerFrame) for f in sent]
    assert [type(f) for f in frames] == [fr.AiTyping, fr.AiDelta, fr.AiDone]
    assert frames[1].delta == "Hel" and frames[1].reply_id == reply and frames[2].ok
