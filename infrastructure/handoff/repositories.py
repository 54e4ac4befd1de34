"""Handoff storage (0019_handoff.sql), inside a tenant unit of work (RLS). Reasons, transfer notes and private
notes are sealed with the tenant's data key, bound to their row."""

from __future__ import annotations

import builtins
from typing import Any
from uuid import UUID

import msgspec

from domain.chatbots.model import BusinessHours
from domain.handoff.model import CannedResponse, Handoff, HandoffConfig, Note, Operator, Team
from domain.ids import new_id
from infrastructure.db.repository import BoundRepository, before_cursor, open_optional, seal_optional

_HANDOFF = """id, tenant_id, conversation_id, chatbot_id, team_id, trigger, reason_ciphertext, priority, language, skills, status,
    operator_id, assigned_by, resolution, requested_at, assigned_at, resolved_at, away_notified"""
_TEAM = "id, tenant_id, name, routing, business_hours, members, last_assigned, created_at"
_CANNED = "id, tenant_id, team_id, owner_user_id, shortcut, title, body, created_at"


def _team(row: Any) -> Team:
    hours = row["business_hours"]
    return Team(id=row["id"], tenant_id=row["tenant_id"], name=row["name"], routing=row["routing"],
                business_hours=BusinessHours(**hours) if hours else None, members=list(row["members"]),
                last_assigned=row["last_assigned"], created_at=row["created_at"])


def _canned(row: Any) -> CannedResponse:
    return CannedResponse(**{k: row[k] for k in CannedResponse.__dataclass_fields__})


class HandoffRepo(BoundRepository):
    async def _handoff(self, row: Any) -> Handoff:
        cipher = await self.uow.cipher()
        fields = {k: row[k] for k in Handoff.__dataclass_fields__ if k != "reason"}
        fields["skills"] = list(fields["skills"])
        return Handoff(**fields, reason=open_optional(cipher, row["reason_ciphertext"], "handoffs", "reason", row["id"]))

    # --- escalation rules ------------------------------------------------------------------------------

    async def get_config(self, chatbot_id: UUID) -> HandoffConfig | None:
        raw = await self.conn.fetchval("SELECT config FROM handoff_settings WHERE chatbot_id = $1", chatbot_id)
        return msgspec.convert(raw, HandoffConfig) if raw is not None else None

    async def put_config(self, chatbot_id: UUID, config: HandoffConfig) -> None:
        await self.conn.execute(
            """INSERT INTO handoff_settings (tenant_id, chatbot_id, config) VALUES ($1, $2, $3)
               ON CONFLICT (chatbot_id) DO UPDATE SET config = EXCLUDED.config, updated_at = now()""",
            self.uow.tenant_id, chatbot_id, msgspec.to_builtins(config),
        )

    async def any_config(self) -> bool:
        return bool(await self.conn.fetchval("SELECT EXISTS (SELECT 1 FROM handoff_settings WHERE (config->>'enabled')::boolean)"))

    # --- teams and operators -----------------------------------------------------------------------------

    async def add_team(self, team: Team) -> None:
        team.created_at = await self.conn.fetchval(
            f"INSERT INTO handoff_teams ({_TEAM}) VALUES ($1, $2, $3, $4, $5, $6, $7, now()) RETURNING created_at",
            team.id, team.tenant_id, team.name, team.routing,
            msgspec.to_builtins(team.business_hours) if team.business_hours else None, team.members, team.last_assigned,
        )

    async def get_team(self, team_id: UUID) -> Team | None:
        row = await self.conn.fetchrow(f"SELECT {_TEAM} FROM handoff_teams WHERE id = $1", team_id)
        return _team(row) if row else None

    async def list_teams(self) -> builtins.list[Team]:
        return [_team(r) for r in await self.conn.fetch(f"SELECT {_TEAM} FROM handoff_teams ORDER BY name")]

    async def update_team(self, team: Team) -> None:
        await self.conn.execute(
            "UPDATE handoff_teams SET name = $2, routing = $3, business_hours = $4, members = $5 WHERE id = $1",
            team.id, team.name, team.routing, msgspec.to_builtins(team.business_hours) if team.business_hours else None,
            team.members,
        )

    async def delete_team(self, team_id: UUID) -> bool:
        return await self.conn.fetchval("DELETE FROM handoff_teams WHERE id = $1 RETURNING true", team_id) is not None

    async def set_last_assigned(self, team_id: UUID, user_id: UUID) -> None:
        await self.conn.execute("UPDATE handoff_teams SET last_assigned = $2 WHERE id = $1", team_id, user_id)

    _OPERATOR = """SELECT o.tenant_id, o.user_id, o.status, o.capacity, o.languages, o.skills, o.status_changed_at, o.last_assigned_at,
                          (SELECT count(*) FROM handoffs h WHERE h.tenant_id = o.tenant_id AND h.operator_id = o.user_id
                                                               AND h.status = 'assigned')::int AS active
                   FROM handoff_operators o"""

    @staticmethod
    def _operator(row: Any) -> Operator:
        return Operator(**{k: row[k] for k in Operator.__dataclass_fields__ if k not in ("languages", "skills")},
                        languages=list(row["languages"]), skills=list(row["skills"]))

    async def get_operator(self, user_id: UUID) -> Operator | None:
        row = await self.conn.fetchrow(f"{self._OPERATOR} WHERE o.user_id = $1", user_id)
        return self._operator(row) if row else None

    async def put_operator(self, operator: Operator) -> None:
        await self.conn.execute(
            """INSERT INTO handoff_operators (tenant_id, user_id, status, capacity, languages, skills) VALUES ($1, $2, $3, $4, $5, $6)
               ON CONFLICT (user_id) DO UPDATE SET capacity = EXCLUDED.capacity, languages = EXCLUDED.languages,
                   skills = EXCLUDED.skills, status = EXCLUDED.status,
                   status_changed_at = CASE WHEN handoff_operators.status = EXCLUDED.status
                                            THEN handoff_operators.status_changed_at ELSE now() END""",
            operator.tenant_id, operator.user_id, operator.status, operator.capacity, operator.languages, operator.skills,
        )

    async def operators(self) -> builtins.list[Operator]:
        return [self._operator(r) for r in await self.conn.fetch(f"{self._OPERATOR} ORDER BY o.user_id")]

    # --- handoffs ------------------------------------------------------------------------------------------

    async def lock_routing(self) -> None:
        """Routing and claims of one workspace run one at a time (until this transaction ends)."""
        await self.conn.execute("SELECT pg_advisory_xact_lock(hashtextextended('handoff-routing:' || $1::text, 0))",
                                str(self.uow.tenant_id))

    async def add(self, handoff: Handoff) -> bool:
        """False when the conversation already has an unresolved handoff (it waits once)."""
        cipher = await self.uow.cipher()
        row = await self.conn.fetchrow(
            f"""INSERT INTO handoffs ({_HANDOFF})
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, coalesce($15, now()), $16, $17, $18)
                ON CONFLICT (conversation_id) WHERE status <> 'resolved' DO NOTHING RETURNING requested_at""",
            handoff.id, handoff.tenant_id, handoff.conversation_id, handoff.chatbot_id, handoff.team_id, handoff.trigger,
            seal_optional(cipher, handoff.reason, "handoffs", "reason", handoff.id), handoff.priority, handoff.language,
            handoff.skills, handoff.status, handoff.operator_id, handoff.assigned_by, handoff.resolution, handoff.requested_at,
            handoff.assigned_at, handoff.resolved_at, handoff.away_notified,
        )
        if row is None:
            return False
        handoff.requested_at = row["requested_at"]
        if handoff.operator_id is not None:
            await self.conn.execute("UPDATE handoff_operators SET last_assigned_at = now() WHERE user_id = $1", handoff.operator_id)
        return True

    async def get(self, handoff_id: UUID) -> Handoff | None:
        row = await self.conn.fetchrow(f"SELECT {_HANDOFF} FROM handoffs WHERE id = $1", handoff_id)
        return await self._handoff(row) if row else None

    async def active_for(self, conversation_id: UUID) -> Handoff | None:
        row = await self.conn.fetchrow(
            f"SELECT {_HANDOFF} FROM handoffs WHERE conversation_id = $1 AND status <> 'resolved'", conversation_id
        )
        return await self._handoff(row) if row else None

    async def latest_for(self, conversation_id: UUID) -> Handoff | None:
        row = await self.conn.fetchrow(
            f"SELECT {_HANDOFF} FROM handoffs WHERE conversation_id = $1 ORDER BY id DESC LIMIT 1", conversation_id
        )
        return await self._handoff(row) if row else None

    async def queued(self) -> builtins.list[Handoff]:
        rows = await self.conn.fetch(
            f"SELECT {_HANDOFF} FROM handoffs WHERE tenant_id = $1 AND status = 'queued' ORDER BY priority DESC, requested_at LIMIT 1000",
            self.uow.tenant_id,
        )
        return [await self._handoff(r) for r in rows]

    async def list(self, status: str | None, operator_id: UUID | None, limit: int, before: UUID | None) -> builtins.list[Handoff]:
        rows = await self.conn.fetch(
            f"""SELECT {_HANDOFF} FROM handoffs WHERE id < $1 AND ($2::text IS NULL OR status = $2)
                  AND ($3::uuid IS NULL OR operator_id = $3) ORDER BY id DESC LIMIT $4""",
            before_cursor(before), status, operator_id, limit,
        )
        return [await self._handoff(r) for r in rows]

    async def _assign(self, condition: str, handoff_id: UUID, user_id: UUID, by: str) -> Handoff | None:
        row = await self.conn.fetchrow(
            f"""UPDATE handoffs SET status = 'assigned', operator_id = $2, assigned_by = $3, assigned_at = coalesce(assigned_at, now())
                WHERE id = $1 AND {condition} RETURNING {_HANDOFF}""",
            handoff_id, user_id, by,
        )
        if row is None:
            return None
        await self.conn.execute("UPDATE handoff_operators SET last_assigned_at = now() WHERE user_id = $1", user_id)
        return await self._handoff(row)

    async def claim(self, handoff_id: UUID, user_id: UUID, by: str) -> Handoff | None:
        """Only a queued handoff can be claimed: of concurrent claims exactly one row update succeeds."""
        return await self._assign("status = 'queued'", handoff_id, user_id, by)

    async def assign(self, handoff_id: UUID, user_id: UUID, by: str) -> Handoff | None:
        return await self._assign("status <> 'resolved'", handoff_id, user_id, by)

    async def requeue(self, handoff_id: UUID, team_id: UUID | None) -> None:
        await self.conn.execute(
            "UPDATE handoffs SET status = 'queued', operator_id = NULL, team_id = $2 WHERE id = $1 AND status <> 'resolved'",
            handoff_id, team_id,
        )

    async def resolve(self, handoff_id: UUID, resolution: str) -> Handoff | None:
        row = await self.conn.fetchrow(
            f"""UPDATE handoffs SET status = 'resolved', resolution = $2, resolved_at = now()
                WHERE id = $1 AND status <> 'resolved' RETURNING {_HANDOFF}""",
            handoff_id, resolution,
        )
        return await self._handoff(row) if row else None

    async def set_priority(self, handoff_id: UUID, priority: int) -> None:
        await self.conn.execute("UPDATE handoffs SET priority = $2 WHERE id = $1", handoff_id, priority)

    async def mark_away_notified(self, handoff_id: UUID) -> None:
        await self.conn.execute("UPDATE handoffs SET away_notified = true WHERE id = $1", handoff_id)

    async def average_wait(self) -> float | None:
        """Mean seconds from request to assignment over the workspace's last 20 assignments of the past week."""
        return await self.conn.fetchval(
            """SELECT avg(extract(epoch FROM assigned_at - requested_at))::float FROM (
                 SELECT assigned_at, requested_at FROM handoffs
                 WHERE tenant_id = $1 AND assigned_at IS NOT NULL AND assigned_by <> 'take' AND requested_at > now() - interval '7 days'
                 ORDER BY assigned_at DESC LIMIT 20) recent""",
            self.uow.tenant_id,
        )

    async def add_transfer(self, handoff_id: UUID, from_user: UUID | None, to_user: UUID | None, to_team: UUID | None,
                           note: str | None) -> None:
        cipher = await self.uow.cipher()
        transfer_id = new_id()
        await self.conn.execute(
            """INSERT INTO handoff_transfers (id, tenant_id, handoff_id, from_user_id, to_user_id, to_team_id, note_ciphertext)
               VALUES ($1, $2, $3, $4, $5, $6, $7)""",
            transfer_id, self.uow.tenant_id, handoff_id, from_user, to_user, to_team,
            seal_optional(cipher, note, "handoff_transfers", "note", transfer_id),
        )

    async def transfers(self, handoff_id: UUID) -> builtins.list[dict[str, Any]]:
        cipher = await self.uow.cipher()
        rows = await self.conn.fetch(
            """SELECT id, from_user_id, to_user_id, to_team_id, note_ciphertext, created_at FROM handoff_transfers
               WHERE handoff_id = $1 ORDER BY id""", handoff_id,
        )
        return [{"from_user_id": r["from_user_id"], "to_user_id": r["to_user_id"], "to_team_id": r["to_team_id"],
                 "note": open_optional(cipher, r["note_ciphertext"], "handoff_transfers", "note", r["id"]),
                 "created_at": r["created_at"]} for r in rows]

    # --- canned responses and notes ------------------------------------------------------------------------

    async def add_canned(self, canned: CannedResponse) -> None:
        canned.created_at = await self.conn.fetchval(
            f"INSERT INTO handoff_canned_responses ({_CANNED}) VALUES ($1, $2, $3, $4, $5, $6, $7, now()) RETURNING created_at",
            canned.id, canned.tenant_id, canned.team_id, canned.owner_user_id, canned.shortcut, canned.title, canned.body,
        )

    async def get_canned(self, canned_id: UUID) -> CannedResponse | None:
        row = await self.conn.fetchrow(f"SELECT {_CANNED} FROM handoff_canned_responses WHERE id = $1", canned_id)
        return _canned(row) if row else None

    async def list_canned(self, user_id: UUID | None, team_ids: builtins.list[UUID]) -> builtins.list[CannedResponse]:
        rows = await self.conn.fetch(
            f"""SELECT {_CANNED} FROM handoff_canned_responses
                WHERE (owner_user_id IS NULL AND team_id IS NULL) OR owner_user_id = $1 OR team_id = ANY($2::uuid[])
                ORDER BY shortcut, id""",
            user_id, team_ids,
        )
        return [_canned(r) for r in rows]

    async def delete_canned(self, canned_id: UUID) -> bool:
        return await self.conn.fetchval("DELETE FROM handoff_canned_responses WHERE id = $1 RETURNING true", canned_id) is not None

    async def add_note(self, note: Note) -> None:
        cipher = await self.uow.cipher()
        note.created_at = await self.conn.fetchval(
            """INSERT INTO handoff_notes (id, tenant_id, conversation_id, author_user_id, body_ciphertext)
               VALUES ($1, $2, $3, $4, $5) RETURNING created_at""",
            note.id, note.tenant_id, note.conversation_id, note.author_user_id,
            cipher.encrypt(note.body, "handoff_notes", "body", note.id),
        )

    async def notes(self, conversation_id: UUID) -> builtins.list[Note]:
        cipher = await self.uow.cipher()
        rows = await self.conn.fetch(
            """SELECT id, tenant_id, conversation_id, author_user_id, body_ciphertext, created_at FROM handoff_notes
               WHERE tenant_id = $1 AND conversation_id = $2 ORDER BY id""", self.uow.tenant_id, conversation_id,
        )
        return [Note(id=r["id"], tenant_id=r["tenant_id"], conversation_id=r["conversation_id"], author_user_id=r["author_user_id"],
                     body=cipher.decrypt(r["body_ciphertext"], "handoff_notes", "body", r["id"]), created_at=r["created_at"])
                for r in rows]
