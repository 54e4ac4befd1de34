"""Wire shapes of the handoff context. Limits beyond types are checked by the domain (422 naming the field)."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Annotated, Any, Literal
from uuid import UUID

import msgspec
from msgspec import UNSET, UnsetType

from api.v1.chatbots.schemas import BusinessHours  # the same weekly schedule as a chatbot's
from api.v1.conversations.schemas import Attachment  # a message's files, as the conversations API shows them

Phrase = Annotated[str, msgspec.Meta(max_length=200)]
Short = Annotated[str, msgspec.Meta(max_length=100)]
Skill = Annotated[str, msgspec.Meta(max_length=50)]
Language = Annotated[str, msgspec.Meta(pattern=r"^[a-z]{2}(-[A-Z]{2})?$", examples=["en", "fr"])]


class OperatorStatus(str, enum.Enum):
    """One named schema per status (the SDKs get one enum, not an inline union per field)."""

    online = "online"
    away = "away"
    offline = "offline"


Routing = Literal["round_robin", "least_busy", "manual"]


class HandoffStatus(str, enum.Enum):
    queued = "queued"
    assigned = "assigned"
    resolved = "resolved"


class SentimentRule(msgspec.Struct, forbid_unknown_fields=True):
    threshold: float = -0.4
    messages: int = 2


class VipRule(msgspec.Struct, forbid_unknown_fields=True):
    attribute: Short = "vip"
    values: Annotated[list[Short], msgspec.Meta(max_length=20)] = msgspec.field(default_factory=lambda: ["true", "yes", "1", "vip"])
    priority: int = 10


class HandoffSettings(msgspec.Struct, forbid_unknown_fields=True):
    """When the assistant steps aside for a person, per chatbot. Built-in "I want a person" phrases exist for
    every widget language; `phrases` adds yours. The assistant's own handoff tool works whatever these say."""

    enabled: bool = True
    phrases: Annotated[list[Phrase], msgspec.Meta(max_length=100)] = []
    person_intent: bool = True
    intents: Annotated[list[Short], msgspec.Meta(max_length=50, description="e.g. billing_dispute, cancellation, complaint")] = []
    negative_sentiment: SentimentRule | None = msgspec.field(default_factory=SentimentRule)
    ai_failures: int = 2
    max_ai_turns: int | None = None
    vip: VipRule | None = None
    team_id: UUID | None = None
    priority: int = 0
    away_message: Annotated[str, msgspec.Meta(max_length=1000)] = ""
    csat: bool = True


EscalationAction = Literal["notify_lead", "reassign", "hand_back"]


class EscalationRule(msgspec.Struct, forbid_unknown_fields=True):
    """Queued longer than `after_minutes` → `notify_lead` (e-mail the team lead), `reassign` (to `to_team_id`, or
    to any operator of the workspace without it) or `hand_back` (to the AI, telling the visitor `message`)."""

    after_minutes: Annotated[int, msgspec.Meta(ge=1, le=10080)]
    action: EscalationAction
    to_team_id: UUID | None = None
    message: Annotated[str, msgspec.Meta(max_length=1000)] = ""


class Sla(msgspec.Struct, forbid_unknown_fields=True):
    """A team's service levels: the first-response target (request → an operator's first reply) and escalation
    rules. Misses are recorded once each (GET /v1/handoff/breaches)."""

    first_response_seconds: Annotated[int, msgspec.Meta(ge=10, le=604800)] | None = None
    lead_user_id: UUID | None = None
    rules: Annotated[list[EscalationRule], msgspec.Meta(max_length=20)] = []


class TeamCreate(msgspec.Struct, forbid_unknown_fields=True):
    name: Short
    routing: Routing = "least_busy"
    business_hours: BusinessHours | None = None
    members: Annotated[list[UUID], msgspec.Meta(max_length=500)] = []
    sla: Sla | None = None


class TeamUpdate(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    name: Short | UnsetType = UNSET
    routing: Routing | UnsetType = UNSET
    business_hours: BusinessHours | None | UnsetType = UNSET
    members: Annotated[list[UUID], msgspec.Meta(max_length=500)] | UnsetType = UNSET
    sla: Sla | None | UnsetType = UNSET


class Team(msgspec.Struct):
    id: UUID
    name: str
    routing: str
    business_hours: BusinessHours | None
    members: list[UUID]
    created_at: datetime | None
    sla: Sla | None = None


class OperatorUpdate(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    status: OperatorStatus | UnsetType = UNSET
    capacity: int | UnsetType = UNSET
    languages: Annotated[list[Language], msgspec.Meta(max_length=30)] | UnsetType = UNSET
    skills: Annotated[list[Skill], msgspec.Meta(max_length=50)] | UnsetType = UNSET
    away_after_seconds: Annotated[int, msgspec.Meta(ge=0, le=86400, description="Idle seconds before auto-away (0: never; null: the server's default)")] | None | UnsetType = UNSET


class Operator(msgspec.Struct):
    user_id: UUID
    status: str
    capacity: int
    active: int  # conversations assigned now
    languages: list[str]
    skills: list[str]
    status_changed_at: datetime | None
    last_assigned_at: datetime | None
    last_active_at: datetime | None = None
    auto_away: bool = False  # away because idle: their next activity makes them online again
    away_after_seconds: int | None = None


class Handoff(msgspec.Struct):
    id: UUID
    conversation_id: UUID
    chatbot_id: UUID
    trigger: str
    reason: str | None
    team_id: UUID | None
    priority: int
    language: str | None
    status: str
    operator_id: UUID | None
    assigned_by: str | None
    resolution: str | None
    requested_at: datetime | None
    assigned_at: datetime | None
    resolved_at: datetime | None


class HandoffList(msgspec.Struct):
    items: list[Handoff]


class Transfer(msgspec.Struct, forbid_unknown_fields=True):
    to_user_id: UUID | None = None
    to_team_id: UUID | None = None
    note: Annotated[str, msgspec.Meta(max_length=2000)] | None = None


class Priority(msgspec.Struct, forbid_unknown_fields=True):
    priority: int


class Reply(msgspec.Struct, forbid_unknown_fields=True):
    """The operator's message; `/shortcut` at the start inserts that canned response (variables filled)."""

    content: Annotated[str, msgspec.Meta(min_length=1, max_length=8000)]
    client_id: Annotated[str, msgspec.Meta(min_length=1, max_length=64)] | None = None


class Replied(msgspec.Struct):
    seq: int
    content: str


class Expand(msgspec.Struct, forbid_unknown_fields=True):
    content: Annotated[str, msgspec.Meta(min_length=1, max_length=8000)]


class Expanded(msgspec.Struct):
    content: str


class NoteCreate(msgspec.Struct, forbid_unknown_fields=True):
    body: Annotated[str, msgspec.Meta(max_length=8000)]


class Note(msgspec.Struct):
    id: UUID
    conversation_id: UUID
    body: str
    author_user_id: UUID | None
    created_at: datetime | None


class NoteList(msgspec.Struct):
    items: list[Note]


class CannedCreate(msgspec.Struct, forbid_unknown_fields=True):
    """`personal`: yours only (operators may create these); else the workspace's, or a team's with `team_id`."""

    shortcut: Annotated[str, msgspec.Meta(max_length=40, examples=["refund"])]
    body: Annotated[str, msgspec.Meta(max_length=8000, examples=["Hi {{visitor.name}}, your refund is on its way."])]
    title: Annotated[str, msgspec.Meta(max_length=200)] = ""
    team_id: UUID | None = None
    personal: bool = False


class Canned(msgspec.Struct):
    id: UUID
    shortcut: str
    title: str
    body: str
    team_id: UUID | None
    owner_user_id: UUID | None
    created_at: datetime | None


class CannedList(msgspec.Struct):
    items: list[Canned]


class TranscriptEvent(msgspec.Struct):
    seq: int
    kind: str
    sender: str
    content: str | None
    data: dict[str, Any]
    created_at: datetime | None
    attachments: list[Attachment] = msgspec.field(default_factory=list)


class VisitorSidebar(msgspec.Struct):
    id: UUID
    name: str | None
    email: str | None
    user_agent: str | None
    attributes: dict[str, Any]
    pages: list[str]
    first_seen_at: datetime | None
    last_seen_at: datetime | None


class EarlierConversation(msgspec.Struct):
    id: UUID
    status: str
    started_at: datetime | None
    ended_at: datetime | None
    message_count: int
    csat_rating: int | None


class OperatorContext(msgspec.Struct):
    conversation_id: UUID
    status: str
    language: str | None
    summary: str
    transcript: list[TranscriptEvent]
    intents: list[dict[str, Any]]
    sentiment_trend: list[dict[str, Any]]
    citations: list[dict[str, Any]]
    visitor: VisitorSidebar | None
    earlier_conversations: list[EarlierConversation]
    handoff: Handoff | None
    transfers: list[dict[str, Any]]
    notes: list[Note]
    summary_source: Literal["extractive", "model"] = "extractive"


# --- workflows: service levels, performance, workload, tags, snoozes, the visitor's e-mail ---------------


class Breach(msgspec.Struct):
    id: UUID
    handoff_id: UUID
    conversation_id: UUID
    team_id: UUID | None
    operator_id: UUID | None
    kind: str  # first_response | queued
    rule: str
    action: str | None
    target_seconds: int
    waited_seconds: float
    created_at: datetime | None


class BreachList(msgspec.Struct):
    items: list[Breach]
    next_cursor: str | None = None


class BreachKind(str, enum.Enum):
    first_response = "first_response"
    queued = "queued"


class OperatorDay(msgspec.Struct):
    """One operator's day (UTC, by when chats were assigned to them). Times in seconds; null when nothing to
    average. `resolutions`: chats they closed or handed back; `csat`: the mean rating (1-5) of `ratings`."""

    operator_id: UUID
    day: date
    chats_handled: int
    first_response_seconds: float | None
    average_response_seconds: float | None
    handle_seconds: float | None
    resolutions: int
    csat: float | None
    ratings: int


class PerformanceReport(msgspec.Struct):
    items: list[OperatorDay]


class OperatorLoad(msgspec.Struct):
    user_id: UUID
    status: str
    active: int
    capacity: int
    teams: list[UUID]


class WorkloadReport(msgspec.Struct):
    items: list[OperatorLoad]


Tag = Annotated[str, msgspec.Meta(min_length=1, max_length=40)]


class TagsAdd(msgspec.Struct, forbid_unknown_fields=True):
    tags: Annotated[list[Tag], msgspec.Meta(min_length=1, max_length=20)]


class Tags(msgspec.Struct):
    tags: list[str]


class SnoozeRequest(msgspec.Struct, forbid_unknown_fields=True):
    until: datetime


class Snoozed(msgspec.Struct):
    conversation_id: UUID
    until: datetime


class ContactLeave(msgspec.Struct, forbid_unknown_fields=True):
    """The visitor's e-mail while nobody can take the chat (and optionally a name and their question)."""

    email: Annotated[str, msgspec.Meta(min_length=3, max_length=254)]
    name: Annotated[str, msgspec.Meta(max_length=120)] | None = None
    note: Annotated[str, msgspec.Meta(max_length=2000)] | None = None


class ContactLeft(msgspec.Struct):
    conversation_id: UUID
    email: str


class SuggestedReply(msgspec.Struct):
    """A draft for the operator to edit and send with POST …/reply (nothing was sent to the visitor)."""

    content: str
    citations: list[dict[str, Any]]
    answered: bool  # false: the knowledge did not have the answer (the draft says so)
    provider: str  # offline | anthropic | openai
    model: str
