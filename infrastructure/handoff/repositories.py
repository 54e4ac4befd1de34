"""Handoff storage (0019_handoff.sql), inside a tenant unit of work (RLS). Reasons, transfer notes and private
notes are sealed with the tenant's data key, bound to their row."""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import Any
from uuid import UUID

import msgspec

from domain.chatbots.model import BusinessHours
from domain.handoff.model import Breach, CannedResponse, Handoff, HandoffConfig, Note, Operator, Sla, Team
from domain.ids import new_id
from infrastructure.db.repository import BoundRepository, before_cursor, open_optional, seal_optional

_HANDOFF = """id, tenant_id, conversation_id, chatbot_id, team_id, trigger, reason_ciphertext, priority, language, skills, status,
    operator_id, assigned_by, resolution, requested_at, assigned_at, resolved_at, away_notified, waiting_since, wait_mailed,
    first_response_at, responses, response_seconds, csat, contact_left"""
_HANDOFF_INSERT = """id, tenant_id, conversation_id, chatbot_id, team_id, trigger, reason_ciphertext, priority, language, skills,
    status, operator_id, assigned_by, resolution, requested_at, assigned_at, resolved_at, away_notified"""
_TEAM = "id, tenant_id, name, routing, business_hours, members, last_assigned, created_at, sla"
_CANNED = "id, tenant_id, team_id, owner_user_id, shortcut, title, body, created_at"


def _team(row: Any) -> Team:
    hours = row["business_hours"]
    return Team(id=row["id"], tenant_id=row["tenant_id"], name=row["name"], routing=row["routing"],
                business_hours=BusinessHours(**hours) if hours else None, members=list(row["members"]),
                last_assigned=row["last_assigned"], created_at=row["created_at"],
                sla=msgspec.convert(row["sla"], Sla) if row["sla"] else None)


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
            f"INSERT INTO handoff_teams ({_TEAM}) VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8) RETURNING created_at",
            team.id, team.tenant_id, team.name, team.routing,
            msgspec.to_builtins(team.business_hours) if team.business_hours else None, team.members, team.last_assigned,
            msgspec.to_builtins(team.sla) if team.sla else None,
        )

    async def get_team(self, team_id: UUID) -> Team | None:
        row = await self.conn.fetchrow(f"SELECT {_TEAM} FROM handoff_teams WHERE id = $1", team_id)
        return _team(row) if row else None

    async def list_teams(self) -> builtins.list[Team]:
        return [_team(r) for r in await self.conn.fetch(f"SELECT {_TEAM} FROM handoff_teams ORDER BY name")]

    async def update_team(self, team: Team) -> None:
        await self.conn.execute(
            "UPDATE handoff_teams SET name = $2, routing = $3, business_hours = $4, members = $5, sla = $6 WHERE id = $1",
            team.id, team.name, team.routing, msgspec.to_builtins(team.business_hours) if team.business_hours else None,
            team.members, msgspec.to_builtins(team.sla) if team.sla else None,
        )

    async def delete_team(self, team_id: UUID) -> bool:
        return await self.conn.fetchval("DELETE FROM handoff_teams WHERE id = $1 RETURNING true", team_id) is not None

    async def set_last_assigned(self, team_id: UUID, user_id: UUID) -> None:
        await self.conn.execute("UPDATE handoff_teams SET last_assigned = $2 WHERE id = $1", team_id, user_id)

    _OPERATOR = """SELECT o.tenant_id, o.user_id, o.status, o.capacity, o.languages, o.skills, o.status_changed_at, o.last_assigned_at,
                          o.last_active_at, o.auto_away, o.away_after_seconds,
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
            """INSERT INTO handoff_operators (tenant_id, user_id, status, capacity, languages, skills, away_after_seconds, auto_away)
               VALUES ($1, $2, $3, $4, $5, $6, $7, false)
               ON CONFLICT (user_id) DO UPDATE SET capacity = EXCLUDED.capacity, languages = EXCLUDED.languages,
                   skills = EXCLUDED.skills, status = EXCLUDED.status, away_after_seconds = EXCLUDED.away_after_seconds,
                   last_active_at = now(),
                   auto_away = CASE WHEN handoff_operators.status = EXCLUDED.status THEN handoff_operators.auto_away ELSE false END,
                   status_changed_at = CASE WHEN handoff_operators.status = EXCLUDED.status
                                            THEN handoff_operators.status_changed_at ELSE now() END""",
            operator.tenant_id, operator.user_id, operator.status, operator.capacity, operator.languages, operator.skills,
            operator.away_after_seconds,
        )

    async def touch(self, user_id: UUID, now: datetime) -> bool:
        """The operator did something: their idle clock restarts, and an auto-away is over (True: back online)."""
        row = await self.conn.fetchrow(
            """UPDATE handoff_operators o SET last_active_at = $2,
                   status = CASE WHEN old.back THEN 'online' ELSE o.status END,
                   status_changed_at = CASE WHEN old.back THEN $2 ELSE o.status_changed_at END,
                   auto_away = false
               FROM (SELECT auto_away AND status = 'away' AS back FROM handoff_operators WHERE user_id = $1 FOR UPDATE) old
               WHERE o.user_id = $1 RETURNING old.back""",
            user_id, now,
        )
        return bool(row and row["back"])

    async def set_auto_away(self, user_ids: builtins.list[UUID], now: datetime) -> builtins.list[UUID]:
        rows = await self.conn.fetch(
            """UPDATE handoff_operators SET status = 'away', auto_away = true, status_changed_at = $2
               WHERE user_id = ANY($1::uuid[]) AND status = 'online' RETURNING user_id""",
            user_ids, now,
        )
        return [r["user_id"] for r in rows]

    async def operators(self) -> builtins.list[Operator]:
        return [self._operator(r) for r in await self.conn.fetch(f"{self._OPERATOR} ORDER BY o.user_id")]

    # --- what the clock watches on a handoff ------------------------------------------------------------------

    async def visitor_wrote(self, conversation_id: UUID, at: datetime) -> Handoff | None:
        """A visitor message on an unresolved handoff: it waits for a person from then (if not already)."""
        row = await self.conn.fetchrow(
            f"""UPDATE handoffs SET waiting_since = coalesce(waiting_since, $2)
                WHERE conversation_id = $1 AND status <> 'resolved' RETURNING {_HANDOFF}""",
            conversation_id, at,
        )
        return await self._handoff(row) if row else None

    async def person_wrote(self, conversation_id: UUID, at: datetime) -> None:
        """An operator's message on an assigned handoff: the visitor's wait (if any; before the first reply, since
        the assignment) is over; its length counts as one response; the first one is the first response. The next
        wait may be mailed again."""
        await self.conn.execute(
            """UPDATE handoffs SET first_response_at = coalesce(first_response_at, $2),
                   responses = responses + CASE WHEN w.since IS NULL THEN 0 ELSE 1 END,
                   response_seconds = response_seconds + CASE WHEN w.since IS NULL THEN 0
                       ELSE greatest(0, extract(epoch FROM $2 - greatest(w.since, assigned_at))) END,
                   waiting_since = NULL, wait_mailed = false
               FROM (SELECT id, coalesce(waiting_since, CASE WHEN first_response_at IS NULL THEN assigned_at END) AS since
                     FROM handoffs WHERE conversation_id = $1 AND status = 'assigned') w
               WHERE handoffs.id = w.id""",
            conversation_id, at,
        )

    async def waiting(self, since: datetime) -> builtins.list[Handoff]:
        """Assigned handoffs whose visitor has waited since before `since` and whose assignee was not mailed."""
        rows = await self.conn.fetch(
            f"""SELECT {_HANDOFF} FROM handoffs WHERE tenant_id = $1 AND status = 'assigned' AND waiting_since IS NOT NULL
                  AND NOT wait_mailed AND waiting_since <= $2 LIMIT 500""",
            self.uow.tenant_id, since,
        )
        return [await self._handoff(r) for r in rows]

    async def mark_wait_mailed(self, handoff_id: UUID) -> bool:
        """True for the one caller that marks this wait (the mail goes once per wait)."""
        return await self.conn.fetchval(
            """UPDATE handoffs SET wait_mailed = true WHERE id = $1 AND status = 'assigned' AND waiting_since IS NOT NULL
                 AND NOT wait_mailed RETURNING true""", handoff_id,
        ) is not None

    async def mark_contact_left(self, handoff_id: UUID) -> bool:
        return await self.conn.fetchval(
            "UPDATE handoffs SET contact_left = true WHERE id = $1 AND NOT contact_left RETURNING true", handoff_id
        ) is not None

    async def set_csat(self, conversation_id: UUID, rating: int) -> None:
        """The visitor's rating belongs to the conversation's latest handoff (the person who just helped)."""
        await self.conn.execute(
            """UPDATE handoffs SET csat = $2 WHERE id = (SELECT id FROM handoffs WHERE conversation_id = $1
                                                          ORDER BY id DESC LIMIT 1)""",
            conversation_id, rating,
        )

    _NO_REASON = _HANDOFF.replace("reason_ciphertext", "NULL::bytea AS reason_ciphertext")  # the clock needs none

    async def unresolved(self) -> builtins.list[Handoff]:
        rows = await self.conn.fetch(
            f"SELECT {self._NO_REASON} FROM handoffs WHERE tenant_id = $1 AND status <> 'resolved' ORDER BY id LIMIT 2000",
            self.uow.tenant_id,
        )
        return [await self._handoff(r) for r in rows]

    async def breach_keys(self, handoff_ids: builtins.list[UUID]) -> set[tuple[UUID, str]]:
        """The (handoff, rule) pairs already recorded: the clock skips them without writing."""
        rows = await self.conn.fetch("SELECT handoff_id, rule FROM handoff_breaches WHERE handoff_id = ANY($1::uuid[])",
                                     handoff_ids)
        return {(r["handoff_id"], r["rule"]) for r in rows}

    async def recently_resolved(self, since: datetime) -> builtins.list[Handoff]:
        rows = await self.conn.fetch(
            f"""SELECT {self._NO_REASON} FROM handoffs WHERE tenant_id = $1 AND status = 'resolved' AND resolved_at >= $2
                  AND team_id IS NOT NULL ORDER BY id LIMIT 2000""",
            self.uow.tenant_id, since,
        )
        return [await self._handoff(r) for r in rows]

    # --- service levels ------------------------------------------------------------------------------------

    async def add_breach(self, breach: Breach) -> bool:
        """False when this handoff already broke this rule (the clock runs often: recorded once)."""
        return await self.conn.fetchval(
            """INSERT INTO handoff_breaches (id, tenant_id, handoff_id, conversation_id, team_id, operator_id, kind, rule, action,
                   target_seconds, waited_seconds) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
               ON CONFLICT (handoff_id, rule) DO NOTHING RETURNING true""",
            breach.id, breach.tenant_id, breach.handoff_id, breach.conversation_id, breach.team_id, breach.operator_id,
            breach.kind, breach.rule, breach.action, breach.target_seconds, breach.waited_seconds,
        ) is not None

    async def breaches(self, team_id: UUID | None, kind: str | None, limit: int, before: UUID | None) -> builtins.list[Breach]:
        rows = await self.conn.fetch(
            """SELECT id, tenant_id, handoff_id, conversation_id, team_id, operator_id, kind, rule, action, target_seconds,
                      waited_seconds, created_at FROM handoff_breaches
               WHERE id < $1 AND ($2::uuid IS NULL OR team_id = $2) AND ($3::text IS NULL OR kind = $3)
               ORDER BY id DESC LIMIT $4""",
            before_cursor(before), team_id, kind, limit,
        )
        return [Breach(**dict(r)) for r in rows]

    # --- tags and snoozes ------------------------------------------------------------------------------------

    async def add_tags(self, conversation_id: UUID, tags: builtins.list[str]) -> None:
        await self.conn.execute(
            """INSERT INTO handoff_tags (tenant_id, conversation_id, tag) SELECT $1, $2, unnest($3::text[])
               ON CONFLICT DO NOTHING""", self.uow.tenant_id, conversation_id, tags,
        )

    async def remove_tag(self, conversation_id: UUID, tag: str) -> bool:
        return await self.conn.fetchval(
            "DELETE FROM handoff_tags WHERE conversation_id = $1 AND tag = $2 RETURNING true", conversation_id, tag
        ) is not None

    async def tags(self, conversation_id: UUID) -> builtins.list[str]:
        return [r["tag"] for r in await self.conn.fetch(
            "SELECT tag FROM handoff_tags WHERE conversation_id = $1 ORDER BY tag", conversation_id)]

    async def tags_of(self, conversation_ids: builtins.list[UUID]) -> dict[UUID, builtins.list[str]]:
        out: dict[UUID, builtins.list[str]] = {}
        for r in await self.conn.fetch(
            "SELECT conversation_id, tag FROM handoff_tags WHERE conversation_id = ANY($1::uuid[]) ORDER BY tag", conversation_ids
        ):
            out.setdefault(r["conversation_id"], []).append(r["tag"])
        return out

    async def tagged(self, tag: str) -> set[UUID]:
        return {r["conversation_id"] for r in await self.conn.fetch(
            "SELECT conversation_id FROM handoff_tags WHERE tenant_id = $1 AND tag = $2", self.uow.tenant_id, tag)}

    async def snooze(self, conversation_id: UUID, until: datetime, user_id: UUID | None) -> None:
        await self.conn.execute(
            """INSERT INTO handoff_snoozes (tenant_id, conversation_id, until, user_id) VALUES ($1, $2, $3, $4)
               ON CONFLICT (conversation_id) DO UPDATE SET until = EXCLUDED.until, user_id = EXCLUDED.user_id""",
            self.uow.tenant_id, conversation_id, until, user_id,
        )

    async def unsnooze(self, conversation_id: UUID) -> bool:
        return await self.conn.fetchval(
            "DELETE FROM handoff_snoozes WHERE conversation_id = $1 RETURNING true", conversation_id
        ) is not None

    async def snoozed(self, now: datetime) -> dict[UUID, datetime]:
        """Conversations snoozed until after `now`, with until when."""
        return {r["conversation_id"]: r["until"] for r in await self.conn.fetch(
            "SELECT conversation_id, until FROM handoff_snoozes WHERE tenant_id = $1 AND until > $2", self.uow.tenant_id, now)}

    async def wake(self, now: datetime) -> builtins.list[UUID]:
        """Snoozes whose time came: removed; their conversations are back in the lists."""
        return [r["conversation_id"] for r in await self.conn.fetch(
            "DELETE FROM handoff_snoozes WHERE tenant_id = $1 AND until <= $2 RETURNING conversation_id", self.uow.tenant_id, now)]

    # --- operator performance ----------------------------------------------------------------------------------

    async def performance(self, start: datetime, end: datetime, operator_id: UUID | None) -> builtins.list[dict[str, Any]]:
        """Per operator and UTC day of assignment: chats handled, first-response and response times, handle time,
        resolutions and CSAT of the handoffs assigned to them in [start, end)."""
        rows = await self.conn.fetch(
            """SELECT operator_id, (assigned_at AT TIME ZONE 'UTC')::date AS day,
                      count(*)::int AS chats_handled,
                      avg(extract(epoch FROM first_response_at - assigned_at))::float AS first_response_seconds,
                      (sum(response_seconds) / nullif(sum(responses), 0))::float AS average_response_seconds,
                      avg(extract(epoch FROM resolved_at - assigned_at)) FILTER (WHERE status = 'resolved')::float AS handle_seconds,
                      count(*) FILTER (WHERE status = 'resolved' AND resolution IN ('closed', 'handed_back'))::int AS resolutions,
                      avg(csat)::float AS csat, count(csat)::int AS ratings
               FROM handoffs
               WHERE tenant_id = $1 AND operator_id IS NOT NULL AND assigned_at >= $2 AND assigned_at < $3
                 AND ($4::uuid IS NULL OR operator_id = $4)
               GROUP BY operator_id, day ORDER BY day, operator_id""",
            self.uow.tenant_id, start, end, operator_id,
        )
        return [dict(r) for r in rows]

    # --- handoffs ------------------------------------------------------------------------------------------

    async def lock_routing(self) -> None:
        """Routing and claims of one workspace run one at a time (until this transaction ends)."""
        await self.conn.execute("SELECT pg_advisory_xact_lock(hashtextextended('handoff-routing:' || $1::text, 0))",
                                str(self.uow.tenant_id))

    async def add(self, handoff: Handoff) -> bool:
        """False when the conversation already has an unresolved handoff (it waits once)."""
        cipher = await self.uow.cipher()
        row = await self.conn.fetchrow(
            f"""INSERT INTO handoffs ({_HANDOFF_INSERT})
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
        """The queue without reasons (routing and the queue display need none; nothing to open per row)."""
        rows = await self.conn.fetch(
            f"""SELECT {_HANDOFF.replace('reason_ciphertext', 'NULL::bytea AS reason_ciphertext')} FROM handoffs
                WHERE tenant_id = $1 AND status = 'queued' ORDER BY priority DESC, requested_at LIMIT 1000""",
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
