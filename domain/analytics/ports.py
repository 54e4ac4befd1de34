"""What the analytics context needs from its storage (the unit of work's `analytics`) and from outside."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol
from uuid import UUID

from domain.analytics.model import ConversationMetrics, DimensionDelta, Period, RollupDelta
from domain.analytics.reports import Report, ReportContent
from domain.ports import UnitOfWork


@dataclass
class AnalyticsSettings:
    time_zone: str = "UTC"
    follow_up_hours: int = 24  # a conversation quiet this long after an answer counts as resolved
    human_conversation_cost: float | None = None  # what a conversation handled by a person costs the owner (ROI)
    credit_cost: float | None = None  # what one AI credit costs the owner (ROI)
    report_recipients: list[str] = field(default_factory=list)  # the weekly e-mail report's addresses (sealed at rest)
    last_report_week: date | None = None  # Monday of the last week reported


@dataclass(frozen=True)
class QuestionRow:
    conversation_id: UUID
    question: str
    status: str
    handed_off: bool
    declined: int
    language: str | None


class AnalyticsRepository(Protocol):
    async def claim_events(self, event_ids: Sequence[UUID]) -> set[UUID]: ...
    async def lock_metrics(self, conversation_ids: Sequence[UUID]) -> dict[UUID, ConversationMetrics | None]: ...
    async def save_metrics(self, rows: Sequence[tuple[ConversationMetrics, date | None]]) -> None: ...
    async def get_metrics(self, conversation_id: UUID) -> ConversationMetrics | None: ...
    async def add_rollups(self, deltas: Sequence[RollupDelta]) -> None: ...
    async def add_dimensions(self, deltas: Sequence[DimensionDelta]) -> None: ...
    async def clear_rollups(self) -> None: ...
    async def metrics_after(self, after: UUID | None, limit: int) -> builtins.list[ConversationMetrics]: ...
    async def settings(self) -> AnalyticsSettings: ...
    async def put_settings(self, settings: AnalyticsSettings) -> None: ...
    async def mark_reported(self, week: date) -> None: ...
    async def sums(self, period: Period, chatbot_id: UUID | None) -> dict[str, int]: ...
    async def series(self, period: Period, chatbot_id: UUID | None, granularity: str) -> builtins.list[tuple[date, dict[str, int]]]: ...
    async def by_chatbot(self, period: Period, chatbot_id: UUID | None) -> builtins.list[tuple[str, dict[str, int]]]: ...
    async def by_dimension(self, period: Period, chatbot_id: UUID | None, dimension: str) -> builtins.list[tuple[str, dict[str, int]]]: ...
    async def questions(self, period: Period, chatbot_id: UUID | None, limit: int) -> builtins.list[QuestionRow]: ...
    async def widget_hit(self, chatbot_id: UUID, day: date, kind: str, page: str | None) -> None: ...
    async def widget_sums(self, period: Period, chatbot_id: UUID | None) -> dict[str, int]: ...
    async def top_pages(self, period: Period, chatbot_id: UUID | None, limit: int) -> builtins.list[dict[str, Any]]: ...
    async def pages(self, period: Period, chatbot_id: UUID | None, limit: int) -> builtins.list[dict[str, Any]]: ...


class AnalyticsUnitOfWork(UnitOfWork, Protocol):
    analytics: AnalyticsRepository


class QuietConversations(Protocol):
    """Across workspaces: (tenant id, conversation id) of undecided conversations quiet for their workspace's
    follow-up hours (a SECURITY DEFINER entry point: ids only; each is then read under its tenant)."""

    async def __call__(self, limit: int) -> list[tuple[UUID, UUID]]: ...


class QuestionClusterer(Protocol):
    """Groups similar questions: each group is a list of indexes into `texts`, the most central first."""

    def cluster(self, texts: Sequence[str], threshold: float) -> list[list[int]]: ...

    def keywords(self, texts: Sequence[str], k: int) -> list[str]: ...


class SessionLister(Protocol):
    """The conversations service's listing (for the backfill): pages of sessions a principal may read."""

    async def list_sessions(self, principal: Any, filters: Any, limit: int, before: UUID | None) -> Any: ...


class KnowledgeGaps(Protocol):
    """The assistant's recorded knowledge gaps (questions it could not answer from the knowledge)."""

    async def knowledge_gaps(self, principal: Any, chatbot_id: UUID, limit: int = 50, before: UUID | None = None) -> list[dict[str, Any]]: ...


class ReportDelivery(Protocol):
    """Sends the weekly report: a text body and a PNG chart (None: e-mail is not configured)."""

    def chart(self, title: str, days: list[date], series: dict[str, list[float]]) -> bytes: ...

    async def send(self, to: list[str], subject: str, text: str, png: bytes) -> None: ...


class ReportsDue(Protocol):
    """Across workspaces (SECURITY DEFINER): those with recipients whose report of the week starting `week` is not sent."""

    async def __call__(self, week: date) -> list[UUID]: ...


# --- reports (domain/analytics/reporting.py) ------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    """A member of the workspace as the tenancy context tells it (for whom reports and notices are meant)."""

    id: UUID
    email: str
    name: str
    role: str


class ReportRepository(Protocol):
    async def add(self, report: Report) -> None: ...
    async def pending_count(self) -> int: ...
    async def get(self, report_id: UUID, lock: bool = False) -> Report | None: ...
    async def list(self, limit: int, before: UUID | None) -> builtins.list[Report]: ...
    async def store(self, report_id: UUID, pdf: bytes, csv: bytes) -> None: ...
    async def failed_attempt(self, report_id: UUID, error: str, final: bool) -> None: ...
    async def content(self, report_id: UUID, fmt: str) -> bytes | None: ...
    async def mark_emailed(self, report_id: UUID) -> None: ...
    async def subscription(self, user_id: UUID) -> tuple[bool, bool]: ...
    async def subscriptions(self) -> builtins.list[tuple[UUID, bool, bool]]: ...
    async def put_subscription(self, user_id: UUID, weekly: bool, monthly: bool) -> None: ...
    async def claim_delivery(self, user_id: UUID, cadence: str, period_start: date, report_id: UUID) -> bool: ...
    async def claim_credit_warning(self, period: date, threshold: int, used: int, allowance: int) -> bool: ...


class ReportsUnitOfWork(AnalyticsUnitOfWork, Protocol):
    analytics_reports: ReportRepository


class ReportRenderer(Protocol):
    """Draws a report's PDF (charts and tables) from its content."""

    def pdf(self, content: ReportContent) -> bytes: ...


class ReportLinks(Protocol):
    """Signed download links for e-mails (no login needed; they expire)."""

    def sign(self, tenant_id: UUID, report_id: UUID, fmt: str) -> str: ...

    def verify(self, token: str) -> tuple[UUID, UUID, str]: ...


class ReportMail(Protocol):
    async def send(self, to: str, subject: str, text: str, attachments: Sequence[tuple[str, str, bytes]] = ()) -> None: ...


class Members(Protocol):
    """The workspace's members (the tenancy context's `TenancyService.members`)."""

    async def __call__(self, tenant_id: UUID) -> builtins.list[Member]: ...


class CreditUsage(Protocol):
    """AI credits the workspace used since a time (the assistant's ledger, through its service)."""

    async def __call__(self, tenant_id: UUID, since: Any) -> int: ...


class SubscribedWorkspaces(Protocol):
    """Across workspaces (SECURITY DEFINER): those where a member subscribed to scheduled reports."""

    async def __call__(self) -> builtins.list[UUID]: ...
