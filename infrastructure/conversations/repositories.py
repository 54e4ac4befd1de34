"""SQL repositories of the conversations context. Visitor PII, IP, user agent, message bodies, attachments,
message data (an operator's name and picture), CSAT comments and the assistant's memory of a session are
sealed with the tenant's FieldCipher, bound to their row."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

import asyncpg
import msgspec

from domain.conversations.model import (
    Attachment,
    ChatSession,
    DuplicateClientId,
    EventKind,
    Sender,
    SessionEvent,
    SessionFilter,
    SessionStatus,
    Visitor,
)
from infrastructure.db.repository import BoundRepository, before_cursor, open_optional, seal_optional

if TYPE_CHECKING:
    from infrastructure.crypto.envelope import BlindIndex, FieldCipher
    from infrastructure.db.database import TenantUnitOfWork


_OBJECT = msgspec.json.Decoder(dict[str, Any])


def _seal_object(cipher: FieldCipher, value: dict[str, Any], table: str, column: str, row_id: UUID) -> bytes | None:
    """A JSON object sealed to its row; an empty one is NULL (nothing to seal, nothing to open)."""
    return cipher.encrypt_bytes(msgspec.json.encode(value), table, column, row_id) if value else None


def _open_object(cipher: FieldCipher, blob: bytes | None, table: str, column: str, row_id: UUID) -> dict[str, Any]:
    return _OBJECT.decode(cipher.decrypt_bytes(blob, table, column, row_id)) if blob is not None else {}


class VisitorRepo(BoundRepository):
    _COLUMNS = """id, tenant_id, chatbot_id, name_ciphertext, email_ciphertext, ip_ciphertext, user_agent_ciphertext,
                  metadata, created_at, last_seen_at"""

    def __init__(self, uow: TenantUnitOfWork, email_index: BlindIndex) -> None:
        super().__init__(uow)
        self.email_index = email_index

    async def _sealed(self, v: Visitor) -> tuple:
        c = await self.uow.cipher()
        return (
            seal_optional(c, v.name, "visitors", "name", v.id),
            seal_optional(c, v.email, "visitors", "email", v.id),
            self.email_index(v.email) if v.email else None,
            seal_optional(c, v.ip, "visitors", "ip", v.id),
            seal_optional(c, v.user_agent, "visitors", "user_agent", v.id),
        )

    async def add(self, visitor: Visitor) -> None:
        row = await self.conn.fetchrow(
            """INSERT INTO visitors (id, tenant_id, chatbot_id, name_ciphertext, email_ciphertext, email_index,
                 ip_ciphertext, user_agent_ciphertext, metadata)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING created_at, last_seen_at""",
            visitor.id,
            visitor.tenant_id,
            visitor.chatbot_id,
            *(await self._sealed(visitor)),
            visitor.metadata,
        )
        visitor.created_at, visitor.last_seen_at = row["created_at"], row["last_seen_at"]

    async def update(self, visitor: Visitor) -> None:
        await self.conn.execute(
            """UPDATE visitors SET name_ciphertext = $2, email_ciphertext = $3, email_index = $4, ip_ciphertext = $5,
                 user_agent_ciphertext = $6, metadata = $7, last_seen_at = now() WHERE id = $1""",
            visitor.id,
            *(await self._sealed(visitor)),
            visitor.metadata,
        )

    async def get(self, visitor_id: UUID) -> Visitor | None:
        row = await self.conn.fetchrow(f"SELECT {self._COLUMNS} FROM visitors WHERE id = $1", visitor_id)
        if row is None:
            return None
        c = await self.uow.cipher()
        i = row["id"]
        return Visitor(
            id=i,
            tenant_id=row["tenant_id"],
            chatbot_id=row["chatbot_id"],
            name=open_optional(c, row["name_ciphertext"], "visitors", "name", i),
            email=open_optional(c, row["email_ciphertext"], "visitors", "email", i),
            ip=open_optional(c, row["ip_ciphertext"], "visitors", "ip", i),
            user_agent=open_optional(c, row["user_agent_ciphertext"], "visitors", "user_agent", i),
            metadata=row["metadata"],
            created_at=row["created_at"],
            last_seen_at=row["last_seen_at"],
        )


class ChatSessionRepo(BoundRepository):
    _COLUMNS = """id, tenant_id, chatbot_id, visitor_id, status, assigned_user_id, language, started_at, ended_at,
                  last_seq, last_event_at, message_count, visitor_read_seq, operator_read_seq, csat_rating,
                  csat_comment_ciphertext, rated_at, review_rating, review_comment_ciphertext, reviewed_at, context_ciphertext"""

    async def _to_session(self, row) -> ChatSession:
        values = dict(row)
        values["status"] = SessionStatus(values["status"])
        context = values.pop("context_ciphertext")
        sealed = {column: values.pop(f"{column}_ciphertext") for column in ("csat_comment", "review_comment")}
        if context is not None or any(v is not None for v in sealed.values()):
            c = await self.uow.cipher()
            for column, blob in sealed.items():
                values[column] = open_optional(c, blob, "chat_sessions", column, row["id"])
            values["context"] = _open_object(c, context, "chat_sessions", "context", row["id"])
        return ChatSession(**values)

    async def add(self, session: ChatSession) -> None:
        session.started_at = await self.conn.fetchval(
            """INSERT INTO chat_sessions (id, tenant_id, chatbot_id, visitor_id, status, language, context_ciphertext)
               VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING started_at""",
            session.id,
            session.tenant_id,
            session.chatbot_id,
            session.visitor_id,
            session.status.value,
            session.language,
            _seal_object(await self.uow.cipher(), session.context, "chat_sessions", "context", session.id),
        )

    async def get(self, session_id: UUID) -> ChatSession | None:
        row = await self.conn.fetchrow(f"SELECT {self._COLUMNS} FROM chat_sessions WHERE id = $1", session_id)
        return await self._to_session(row) if row else None

    async def lock(self, session_id: UUID) -> ChatSession | None:
        row = await self.conn.fetchrow(f"SELECT {self._COLUMNS} FROM chat_sessions WHERE id = $1 FOR UPDATE", session_id)
        return await self._to_session(row) if row else None

    async def lock_for_posts(
        self, session_ids: list[UUID], client_ids: list[tuple[UUID, str]]
    ) -> dict[UUID, tuple[ChatSession, set[str]]]:
        # Only what posting needs (no context JSON, no CSAT to decrypt): this runs once per batch. Every
        # lookup is a probe of a unique index, whatever the planner believes about the tables (fresh or stale
        # statistics made it scan all the workspace's sessions, or a prepared statement's generic plan
        # hash-join every message): each session by primary key, locked in the given order (sorted: two
        # batches cannot deadlock), and each (session, client_id) pair with LIMIT 1. The lists travel as
        # JSON, as message batches do (see _MessageRow).
        rows = await self.conn.fetch(
            """WITH stored AS MATERIALIZED (
                 SELECT p.session_id, p.client_id
                   FROM json_to_recordset($2::json) AS p(session_id uuid, client_id text)
                  CROSS JOIN LATERAL (SELECT 1 FROM chat_messages m
                                       WHERE m.session_id = p.session_id AND m.client_id = p.client_id LIMIT 1) AS hit)
               SELECT s.id, s.tenant_id, s.chatbot_id, s.visitor_id, s.status, s.last_seq,
                      ARRAY(SELECT client_id FROM stored WHERE stored.session_id = s.id) AS stored
                 FROM json_array_elements_text($1::json) AS wanted(id)
                CROSS JOIN LATERAL (SELECT id, tenant_id, chatbot_id, visitor_id, status, last_seq
                                      FROM chat_sessions WHERE id = wanted.id::uuid FOR UPDATE) AS s""",
            sorted(session_ids),
            [_PostKey(session_id, client_id) for session_id, client_id in client_ids],
        )
        return {
            r["id"]: (
                ChatSession(
                    id=r["id"],
                    tenant_id=r["tenant_id"],
                    chatbot_id=r["chatbot_id"],
                    visitor_id=r["visitor_id"],
                    status=SessionStatus(r["status"]),
                    last_seq=r["last_seq"],
                ),
                set(r["stored"]),
            )
            for r in rows
        }

    async def last_seqs(self, session_ids: list[UUID]) -> dict[UUID, int]:
        rows = await self.conn.fetch("SELECT id, last_seq FROM chat_sessions WHERE id = ANY($1::uuid[])", session_ids)
        return {r["id"]: r["last_seq"] for r in rows}

    async def latest_for_visitor(self, visitor_id: UUID) -> ChatSession | None:
        row = await self.conn.fetchrow(
            f"SELECT {self._COLUMNS} FROM chat_sessions WHERE visitor_id = $1 ORDER BY id DESC LIMIT 1", visitor_id
        )
        return await self._to_session(row) if row else None

    async def list(self, f: SessionFilter, limit: int, before: UUID | None) -> list[ChatSession]:
        rows = await self.conn.fetch(
            f"""SELECT {self._COLUMNS} FROM chat_sessions s
                WHERE id < $1
                  AND ($3::text IS NULL OR status = $3)
                  AND ($4::uuid IS NULL OR chatbot_id = $4)
                  AND ($5::uuid IS NULL OR visitor_id = $5)
                  AND ($6::timestamptz IS NULL OR started_at >= $6)
                  AND ($7::timestamptz IS NULL OR started_at < $7)
                  AND ($8::bytea IS NULL OR visitor_id IN (SELECT v.id FROM visitors v WHERE v.email_index = $8))
                  AND ($9::boolean IS NULL OR (csat_rating IS NOT NULL) = $9)
                ORDER BY id DESC LIMIT $2""",
            before_cursor(before),
            limit,
            f.status.value if f.status else None,
            f.chatbot_id,
            f.visitor_id,
            f.started_after,
            f.started_before,
            f.visitor_email_index,
            f.rated,
        )
        return [await self._to_session(r) for r in rows]

    async def set_status(
        self, session_id: UUID, status: SessionStatus, assigned_user_id: UUID | None, ended_at: datetime | None
    ) -> None:
        await self.conn.execute(
            "UPDATE chat_sessions SET status = $2, assigned_user_id = $3, ended_at = $4 WHERE id = $1",
            session_id,
            status.value,
            assigned_user_id,
            ended_at,
        )

    async def rate(self, session_id: UUID, rating: int, comment: str | None, at: datetime, by_visitor: bool = True) -> None:
        c = await self.uow.cipher()
        rating_col, comment_col, at_col = ("csat_rating", "csat_comment", "rated_at") if by_visitor else (
            "review_rating", "review_comment", "reviewed_at")
        await self.conn.execute(
            f"UPDATE chat_sessions SET {rating_col} = $2, {comment_col}_ciphertext = $3, {at_col} = $4 WHERE id = $1",
            session_id,
            rating,
            seal_optional(c, comment, "chat_sessions", comment_col, session_id),
            at,
        )

    async def set_read_mark(self, session_id: UUID, side: str, up_to_seq: int) -> None:
        column = "visitor_read_seq" if side == "visitor" else "operator_read_seq"
        await self.conn.execute(
            f"UPDATE chat_sessions SET {column} = GREATEST({column}, $2) WHERE id = $1", session_id, up_to_seq
        )

    async def set_context(self, session_id: UUID, context: dict[str, Any]) -> None:
        sealed = _seal_object(await self.uow.cipher(), context, "chat_sessions", "context", session_id)
        await self.conn.execute("UPDATE chat_sessions SET context_ciphertext = $2 WHERE id = $1", session_id, sealed)


_ATTACHMENTS = msgspec.json.Decoder(list[dict[str, Any]])


# A batch of messages travels to PostgreSQL as one JSON parameter (msgspec writes it in one call; bytes as
# base64), read back with json_to_recordset. Fourteen arrays of the same rows cost the API process 3× the
# CPU: asyncpg checks every element against collections.abc, in Python. The session counters come from
# here too, not from a GROUP BY over the inserted rows, which made PostgreSQL materialise and aggregate
# the batch twice (a third of the statement's CPU).
class _MessageRow(msgspec.Struct):
    id: UUID
    session_id: UUID
    seq: int
    kind: str
    sender: str
    sender_user_id: UUID | None
    content: bytes | None
    attachments: bytes | None
    data: bytes | None
    client_id: str | None


class _PostKey(msgspec.Struct):
    session_id: UUID
    client_id: str


class _SessionBump(msgspec.Struct):
    id: UUID
    last_seq: int = 0  # the newest seq of the batch
    messages: int = 0  # messages (not status or read events) the batch adds


class ChatMessageRepo(BoundRepository):
    _COLUMNS = """id, tenant_id, session_id, seq, kind, sender, sender_user_id, content_ciphertext,
                  attachments_ciphertext, data_ciphertext, client_id, created_at, delivered_at, read_at"""

    async def _to_event(self, row: asyncpg.Record, cipher: FieldCipher) -> SessionEvent:
        i = row["id"]
        sealed_attachments = row["attachments_ciphertext"]
        attachments = (
            [Attachment(**a) for a in _ATTACHMENTS.decode(cipher.decrypt(sealed_attachments, "chat_messages", "attachments", i))]
            if sealed_attachments is not None
            else []
        )
        return SessionEvent(
            id=i,
            tenant_id=row["tenant_id"],
            session_id=row["session_id"],
            seq=row["seq"],
            kind=EventKind(row["kind"]),
            sender=Sender(row["sender"]),
            content=open_optional(cipher, row["content_ciphertext"], "chat_messages", "content", i),
            attachments=attachments,
            data=_open_object(cipher, row["data_ciphertext"], "chat_messages", "data", i),
            client_id=row["client_id"],
            sender_user_id=row["sender_user_id"],
            created_at=row["created_at"],
            delivered_at=row["delivered_at"],
            read_at=row["read_at"],
        )

    async def append_many(self, events: list[SessionEvent]) -> None:
        c = await self.uow.cipher()
        rows: list[_MessageRow] = []
        bumps: dict[UUID, _SessionBump] = {}
        for e in events:
            attachments = (
                c.encrypt(msgspec.json.encode([asdict(a) for a in e.attachments]).decode(), "chat_messages", "attachments", e.id)
                if e.attachments
                else None
            )
            rows.append(_MessageRow(e.id, e.session_id, e.seq, e.kind.value, e.sender.value, e.sender_user_id,
                                    seal_optional(c, e.content, "chat_messages", "content", e.id), attachments,
                                    _seal_object(c, e.data, "chat_messages", "data", e.id), e.client_id))
            bump = bumps.get(e.session_id)
            if bump is None:
                bump = bumps[e.session_id] = _SessionBump(e.session_id)
            bump.last_seq = max(bump.last_seq, e.seq)
            bump.messages += e.kind is EventKind.message
        try:
            created_at = await self.conn.fetchval(
                """WITH stored AS (
                     INSERT INTO chat_messages (id, tenant_id, session_id, seq, kind, sender, sender_user_id,
                         content_ciphertext, attachments_ciphertext, data_ciphertext, client_id)
                     SELECT id, $1, session_id, seq, kind, sender, sender_user_id, decode(content, 'base64'),
                            decode(attachments, 'base64'), decode(data, 'base64'), client_id
                       FROM json_to_recordset($2::json)
                         AS f(id uuid, session_id uuid, seq bigint, kind text, sender text, sender_user_id uuid,
                              content text, attachments text, data text, client_id text)
                     RETURNING created_at),
                   bumped AS (
                     UPDATE chat_sessions s
                        SET last_seq = b.last_seq, last_event_at = now(), message_count = s.message_count + b.messages
                       FROM json_to_recordset($3::json) AS b(id uuid, last_seq bigint, messages int)
                      WHERE s.id = b.id)
                   SELECT max(created_at) FROM stored""",
                self.uow.tenant_id,
                rows,
                list(bumps.values()),
            )
        except asyncpg.UniqueViolationError as exc:
            if exc.constraint_name == "chat_messages_client_id":
                raise DuplicateClientId() from None
            raise
        for e in events:
            e.created_at = created_at

    async def by_client_id(self, session_id: UUID, client_id: str) -> SessionEvent | None:
        row = await self.conn.fetchrow(
            f"SELECT {self._COLUMNS} FROM chat_messages WHERE session_id = $1 AND client_id = $2", session_id, client_id
        )
        return await self._to_event(row, await self.uow.cipher()) if row else None

    async def after(
        self, session_id: UUID, after_seq: int, limit: int, kinds: tuple[str, ...] | None = None
    ) -> list[SessionEvent]:
        rows = await self.conn.fetch(
            f"""SELECT {self._COLUMNS} FROM chat_messages
                WHERE session_id = $1 AND seq > $2 AND ($4::text[] IS NULL OR kind = ANY($4))
                ORDER BY seq LIMIT $3""",
            session_id,
            after_seq,
            limit,
            list(kinds) if kinds else None,
        )
        if not rows:
            return []
        c = await self.uow.cipher()
        return [await self._to_event(r, c) for r in rows]

    async def mark(self, session_id: UUID, column: str, senders: tuple[str, ...], up_to_seq: int, at: datetime) -> int:
        assert column in ("delivered_at", "read_at")
        status = await self.conn.execute(
            f"""UPDATE chat_messages SET {column} = $4
                WHERE session_id = $1 AND kind = 'message' AND sender = ANY($2) AND seq <= $3 AND {column} IS NULL""",
            session_id,
            list(senders),
            up_to_seq,
            at,
        )
        return int(status.split()[-1])

    async def recent_for_visitor(self, visitor_id: UUID, limit: int) -> list[SessionEvent]:
        """The visitor's latest messages across their conversations, oldest first."""
        rows = await self.conn.fetch(
            f"""SELECT * FROM (
                  SELECT {", ".join("m." + c.strip() for c in self._COLUMNS.split(","))}
                  FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
                  WHERE s.visitor_id = $1 AND m.kind = 'message'
                  ORDER BY m.session_id DESC, m.seq DESC LIMIT $2) recent
                ORDER BY session_id, seq""",
            visitor_id,
            limit,
        )
        if not rows:
            return []
        c = await self.uow.cipher()
        return [await self._to_event(r, c) for r in rows]
