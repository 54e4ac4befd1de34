"""Wire shapes of the analytics API."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

import msgspec


class AnalyticsFigures(msgspec.Struct):
    conversations: int
    started: int
    resolved: int
    resolved_by_ai: int
    resolved_by_human: int
    unresolved: int
    abandoned: int
    open: int
    resolution_rate: float | None
    ai_resolution_rate: float | None
    handoffs: int
    handoff_rate: float | None
    ratings: int
    average_rating: float | None
    csat: float | None
    ai_first_response_ms: float | None
    human_first_response_ms: float | None
    average_duration_s: float | None
    messages_visitor: int
    messages_ai: int
    messages_human: int
    credits: int
    declined_answers: int
    leads: int
    payments: int
    bookings: int
    estimated_savings: float | None = None
    average_response_ms: float | None = None  # every reply (AI or person): the wait since the visitor's oldest unanswered message


class AnalyticsChange(msgspec.Struct):
    delta: float | None
    percent: float | None


class AnalyticsOverview(msgspec.Struct, rename={"from_": "from"}):
    from_: date
    to: date
    time_zone: str
    previous_from: date
    previous_to: date
    figures: AnalyticsFigures
    previous: AnalyticsFigures
    change: dict[str, AnalyticsChange]


class AnalyticsSeriesPoint(AnalyticsFigures, kw_only=True):
    period: date


class AnalyticsBreakdownRow(msgspec.Struct):
    key: str
    label: str | None
    conversations: int
    resolved: int
    resolved_by_ai: int
    handoffs: int
    resolution_rate: float | None
    handoff_rate: float | None
    ratings: int
    average_rating: float | None


class AnalyticsFunnelStep(msgspec.Struct):
    step: str
    count: int
    rate: float | None


class WidgetPageCount(msgspec.Struct):
    page: str
    loads: int
    opens: int


class AnalyticsFunnel(msgspec.Struct, rename={"from_": "from"}):
    from_: date
    to: date
    steps: list[AnalyticsFunnelStep]
    payments: int
    bookings: int
    first_messages: int
    top_pages: list[WidgetPageCount]


class PopularQuestion(msgspec.Struct):
    example: str
    count: int
    examples: list[str]
    resolved: int
    handed_off: int
    languages: list[str]


class AnalyticsKnowledgeGap(msgspec.Struct):
    suggested_article: str
    count: int
    example: str
    examples: list[str]
    reasons: dict[str, int]


class AnalyticsSettings(msgspec.Struct):
    time_zone: str
    follow_up_hours: int
    human_conversation_cost: float | None
    credit_cost: float | None
    report_recipients: list[str]
    last_report_week: date | None


class AnalyticsSettingsUpdate(msgspec.Struct, omit_defaults=True, forbid_unknown_fields=True):
    time_zone: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    follow_up_hours: int | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    human_conversation_cost: float | None | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    credit_cost: float | None | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET)
    report_recipients: Annotated[list[Annotated[str, msgspec.Meta(max_length=254)]], msgspec.Meta(max_length=10)] | msgspec.UnsetType = (
        msgspec.field(default=msgspec.UNSET)
    )


class WidgetTrackingEvent(msgspec.Struct, forbid_unknown_fields=True):
    kind: Literal["load", "open", "first_message"]
    page_url: Annotated[str, msgspec.Meta(max_length=2048)] | None = None


class AnalyticsTrend(msgspec.Struct):
    metric: str
    direction: Literal["rising", "falling", "no trend", "too few points"]
    p_value: float | None
    slope_per_period: float | None
    points: int


class AnalyticsAnomaly(msgspec.Struct):
    period: date
    metric: str
    value: float
    usual: float
    robust_z: float


class AnalyticsTrends(msgspec.Struct, rename={"from_": "from"}):
    from_: date
    to: date
    granularity: str
    trends: list[AnalyticsTrend]
    anomalies: list[AnalyticsAnomaly]


class AnalyticsReportRequest(msgspec.Struct, forbid_unknown_fields=True, rename={"from_": "from"}):
    from_: date | None = None
    to: date | None = None
    chatbot_id: UUID | None = None
    time_zone: Annotated[str, msgspec.Meta(max_length=64)] | None = None


class AnalyticsReport(msgspec.Struct, rename={"from_": "from"}):
    id: UUID
    kind: Literal["on_demand", "weekly", "monthly"]
    status: Literal["pending", "ready", "failed"]
    from_: date
    to: date
    time_zone: str
    chatbot_id: UUID | None
    attempts: int
    error: str | None
    pdf_bytes: int | None
    csv_bytes: int | None
    created_at: datetime
    finished_at: datetime | None
    pdf_url: str | None  # the members' download path (Bearer), once ready
    csv_url: str | None


class ReportSubscription(msgspec.Struct):
    weekly: bool
    monthly: bool


class ReportSubscriptionUpdate(msgspec.Struct, forbid_unknown_fields=True):
    weekly: bool | None = None
    monthly: bool | None = None


class AnalyticsPageRow(msgspec.Struct):
    page: str  # scheme://host[:port]/path, no query or fragment
    loads: int
    opens: int
    first_messages: int
    open_rate: float | None  # opens / loads
    message_rate: float | None  # first messages / opens
