"""Analytics: per-conversation metrics kept from events, and what each conversation adds to the daily rollups.

A conversation's metrics are a state that events update (in any order, each at most once); the rollups are
sums of each conversation's *contribution*, so a change to a conversation moves the rollups by
`contribution(after) - contribution(before)`, on the day it started in the workspace's time zone. Late and
out-of-order events therefore only ever change the rows they concern, never a rescan."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from domain.errors import InvalidInput

OPEN = "open"
RESOLVED_AI = "resolved_ai"
RESOLVED_HUMAN = "resolved_human"
UNRESOLVED = "unresolved"
ABANDONED = "abandoned"
STATUSES = (OPEN, RESOLVED_AI, RESOLVED_HUMAN, UNRESOLVED, ABANDONED)

# How a status was decided.
BY_RATING = "rating"  # the visitor's rating: 4-5 resolved, 1-3 unresolved
BY_CONFIRMATION = "confirmed"  # the visitor said it helped ("that helped", "thanks, solved")
BY_NO_FOLLOW_UP = "no_follow_up"  # closed, or quiet for N hours, after the last visitor message was answered
BY_NO_REPLY = "no_reply"  # closed or quiet with the visitor's last message unanswered (abandoned)
BY_DECLINED = "ai_declined"  # the assistant's last answer was "I don't know" and no person took over

MAX_RANGE_DAYS = 731
EARLIEST, LATEST = date(1970, 1, 1), date(9000, 12, 31)  # (the previous period of any range stays a valid date)
GRANULARITIES = ("day", "week", "month")
BREAKDOWNS = ("chatbot", "language", "intent", "operator")

# Phrases by which a visitor says the answer helped (accents folded, lower case, matched as words).
_HELPED = [
    "that helped", "this helped", "it helped", "helped a lot", "very helpful", "that's helpful", "thats helpful", "solved",
    "it works now", "works now", "problem solved", "perfect thanks", "perfect thank you", "great thanks", "great thank you",
    "thanks", "thank you", "thx", "cheers",
    "merci", "ca marche", "c'est regle", "resolu",
    "danke", "hat geholfen", "funktioniert jetzt", "gelost",
    "gracias", "me ayudo", "resuelto", "funciona",
    "grazie", "risolto", "obrigado", "obrigada", "resolvido", "bedankt", "opgelost",
]
_NEGATED = re.compile(r"\b(no|not|didn't|didnt|doesn't|doesnt|still|nothing|pas|nicht|kein|nada|non)\b")
_HELPED_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(_HELPED, key=len, reverse=True)) + r")\b")


def fold(text: str) -> str:
    """Lower case without accents (so "résolu" matches "resolu")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def says_it_helped(text: str) -> bool:
    """A short visitor message confirming the answer helped; "thanks but it still doesn't work" is not."""
    folded = fold(text).strip()
    if not folded or len(folded) > 160 or "?" in folded:
        return False
    return bool(_HELPED_RE.search(folded)) and not _NEGATED.search(folded)


def zone(name: str, field_name: str = "time_zone") -> ZoneInfo:
    """The IANA zone, or 422 (an unknown name, or a file path in disguise)."""
    if not name or name not in _zones():
        raise InvalidInput(f"unknown time zone {name!r} (an IANA name such as Europe/Paris)", field=field_name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"unknown time zone {name!r}", field=field_name) from None


_ZONES: set[str] = set()


def _zones() -> set[str]:
    if not _ZONES:
        _ZONES.update(available_timezones() | {"UTC"})
    return _ZONES


@dataclass
class ConversationMetrics:
    """The product plan's ConversationMetrics, one row per conversation."""

    conversation_id: UUID
    chatbot_id: UUID
    started_at: datetime | None = None
    ended_at: datetime | None = None
    last_activity_at: datetime | None = None
    first_visitor_at: datetime | None = None
    last_visitor_at: datetime | None = None
    first_ai_at: datetime | None = None  # the first AI message (before the first visitor message: no response time)
    first_human_at: datetime | None = None  # the first message of a person
    last_reply_at: datetime | None = None  # the newest AI or human message
    handoff_at: datetime | None = None
    visitor_messages: int = 0
    ai_messages: int = 0
    human_messages: int = 0
    closed: bool = False
    helped: bool = False
    rating: int | None = None
    handed_off: bool = False
    handoff_reason: str | None = None
    language: str | None = None
    intents: list[str] = field(default_factory=list)
    operators: list[str] = field(default_factory=list)  # ids of the members who wrote in it
    sentiment_sum: float = 0.0
    sentiment_n: int = 0
    credits: int = 0
    declined: int = 0  # AI answers that were "I don't know" / not from the knowledge
    last_ai_declined: bool = False
    lead: bool = False
    payment: bool = False
    booking: bool = False
    status: str = OPEN
    decided_by: str | None = None
    idle_decided: bool = False  # decided by the quiet-for-N-hours sweep (reopens if the visitor comes back)
    first_question: str | None = None  # the visitor's first message (sealed at rest): popular questions, gaps
    awaiting_since: datetime | None = None  # the oldest visitor message no reply followed yet
    response_ms_sum: int = 0  # over every reply (AI or person): the wait since the oldest unanswered visitor message
    response_n: int = 0

    # --- derived ---------------------------------------------------------------------------------

    @property
    def engaged(self) -> bool:
        """A conversation counts once the visitor wrote something (opening the widget alone does not)."""
        return self.visitor_messages > 0

    @property
    def anchor(self) -> datetime | None:
        """The time the conversation is counted at: its start, else the earliest thing known of it."""
        times = [t for t in (self.started_at, self.first_visitor_at, self.last_activity_at) if t is not None]
        return min(times) if times else None

    @property
    def ai_first_response_ms(self) -> int | None:
        if self.first_ai_at is None or self.first_visitor_at is None or self.first_ai_at < self.first_visitor_at:
            return None
        return int((self.first_ai_at - self.first_visitor_at).total_seconds() * 1000)

    @property
    def human_first_response_ms(self) -> int | None:
        since = self.handoff_at or self.first_visitor_at
        if self.first_human_at is None or since is None or self.first_human_at < since:
            return None
        return int((self.first_human_at - since).total_seconds() * 1000)

    @property
    def duration_s(self) -> int | None:
        end = self.ended_at or self.last_activity_at
        if end is None or self.anchor is None:
            return None
        return max(0, int((end - self.anchor).total_seconds()))

    @property
    def sentiment(self) -> float | None:
        return round(self.sentiment_sum / self.sentiment_n, 4) if self.sentiment_n else None

    def touch(self, at: datetime) -> None:
        if self.last_activity_at is None or at > self.last_activity_at:
            self.last_activity_at = at

    # --- the decision ------------------------------------------------------------------------------

    def decide(self, now: datetime | None = None, follow_up_hours: float = 24.0) -> None:
        """Resolution status from what is known; `now` lets a quiet conversation be decided (the sweep)."""
        resolved = RESOLVED_HUMAN if self.human_messages > 0 else RESOLVED_AI
        quiet = (
            now is not None and self.last_activity_at is not None
            and now - self.last_activity_at >= timedelta(hours=follow_up_hours)
        )
        self.idle_decided = False
        if self.rating is not None:
            self.status, self.decided_by = (resolved if self.rating >= 4 else UNRESOLVED), BY_RATING
        elif self.helped:
            self.status, self.decided_by = resolved, BY_CONFIRMATION
        elif self.closed or quiet:
            answered = self.last_reply_at is not None and (self.last_visitor_at is None or self.last_reply_at >= self.last_visitor_at)
            if not self.engaged or not answered:
                self.status, self.decided_by = ABANDONED, BY_NO_REPLY
            elif self.last_ai_declined and self.human_messages == 0:
                self.status, self.decided_by = UNRESOLVED, BY_DECLINED
            else:
                self.status, self.decided_by = resolved, BY_NO_FOLLOW_UP
            self.idle_decided = not self.closed
        else:
            self.status, self.decided_by = OPEN, None

    # --- what it adds to the rollups -----------------------------------------------------------------

    def contribution(self) -> Counter[str]:
        """The counters this conversation adds to its day's rollup row."""
        c: Counter[str] = Counter(started=1)
        if not self.engaged:
            return c
        c["conversations"] = 1
        c[self.status] = 1
        c["handoffs"] = int(self.handed_off)
        if self.rating is not None:
            c["rated"] = 1
            c["rating_sum"] = self.rating
            c["satisfied"] = int(self.rating >= 4)
        if (ms := self.ai_first_response_ms) is not None:
            c["ai_frt_ms_sum"], c["ai_frt_n"] = ms, 1
        if (ms := self.human_first_response_ms) is not None:
            c["human_frt_ms_sum"], c["human_frt_n"] = ms, 1
        if self.response_n:
            c["response_ms_sum"], c["response_n"] = self.response_ms_sum, self.response_n
        if (d := self.duration_s) is not None:
            c["duration_s_sum"], c["duration_n"] = d, 1
        c["messages_visitor"] = self.visitor_messages
        c["messages_ai"] = self.ai_messages
        c["messages_human"] = self.human_messages
        c["credits"] = self.credits
        c["declined"] = self.declined
        c["leads"], c["payments"], c["bookings"] = int(self.lead), int(self.payment), int(self.booking)
        return +c  # zeros dropped

    def dimensions(self) -> list[tuple[str, str]]:
        """The (dimension, value) rows this conversation counts in (language and intent breakdowns)."""
        if not self.engaged:
            return []
        dims = [("language", self.language or "unknown")]
        dims += [("intent", i) for i in sorted(set(self.intents))] or [("intent", "none")]
        dims += [("operator", o) for o in sorted(set(self.operators))]
        return dims

    def dimension_counters(self) -> Counter[str]:
        c: Counter[str] = Counter(conversations=1)
        c["resolved"] = int(self.status in (RESOLVED_AI, RESOLVED_HUMAN))
        c["resolved_ai"] = int(self.status == RESOLVED_AI)
        c["handoffs"] = int(self.handed_off)
        if self.rating is not None:
            c["rated"], c["rating_sum"] = 1, self.rating
        return +c


ROLLUP_COUNTERS = (
    "started", "conversations", *STATUSES, "handoffs", "rated", "rating_sum", "satisfied", "ai_frt_ms_sum", "ai_frt_n",
    "human_frt_ms_sum", "human_frt_n", "response_ms_sum", "response_n", "duration_s_sum", "duration_n", "messages_visitor", "messages_ai", "messages_human",
    "credits", "declined", "leads", "payments", "bookings",
)
DIMENSION_COUNTERS = ("conversations", "resolved", "resolved_ai", "handoffs", "rated", "rating_sum")


@dataclass(frozen=True)
class RollupDelta:
    chatbot_id: UUID
    day: date
    counters: dict[str, int]


@dataclass(frozen=True)
class DimensionDelta:
    chatbot_id: UUID
    day: date
    dimension: str
    value: str
    counters: dict[str, int]


def local_day(at: datetime, tz: ZoneInfo) -> date:
    return at.astimezone(tz).date()


def deltas(
    before: ConversationMetrics | None, after: ConversationMetrics, tz: ZoneInfo
) -> tuple[list[RollupDelta], list[DimensionDelta]]:
    """What the rollups move by when a conversation goes from `before` to `after` (one side may be absent)."""
    rollups: dict[tuple[UUID, date], Counter[str]] = {}
    dims: dict[tuple[UUID, date, str, str], Counter[str]] = {}

    def add(m: ConversationMetrics | None, sign: int) -> None:
        if m is None or m.anchor is None:
            return
        day = local_day(m.anchor, tz)
        row = rollups.setdefault((m.chatbot_id, day), Counter())
        for k, v in m.contribution().items():
            row[k] += sign * v
        counters = m.dimension_counters()
        for dim, value in m.dimensions():
            d = dims.setdefault((m.chatbot_id, day, dim, value), Counter())
            for k, v in counters.items():
                d[k] += sign * v

    add(before, -1)
    add(after, +1)
    return (
        [RollupDelta(b, d, {k: v for k, v in c.items() if v}) for (b, d), c in rollups.items() if any(c.values())],
        [DimensionDelta(b, d, dim, val, {k: v for k, v in c.items() if v}) for (b, d, dim, val), c in dims.items() if any(c.values())],
    )


# --- queries ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    start: date  # inclusive, in the workspace's time zone
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))


@dataclass(frozen=True)
class AnalyticsQuery:
    period: Period
    chatbot_id: UUID | None = None
    granularity: str = "day"
    breakdown: str = "chatbot"
    language: str | None = None  # (breakdown filter)


def make_query(
    start: date | None, end: date | None, today: date, *, chatbot_id: UUID | None = None, granularity: str = "day",
    breakdown: str = "chatbot",
) -> AnalyticsQuery:
    """Validates a request's filters (422 for a reversed or too long range, an unknown granularity or breakdown).
    Defaults: the 30 days ending today."""
    for name, day in (("from", start), ("to", end)):
        if day is not None and not EARLIEST <= day <= LATEST:
            raise InvalidInput(f"{name} must be between {EARLIEST} and {LATEST}", field=name)
    end = end or today
    start = start or end - timedelta(days=29)
    if start > end:
        raise InvalidInput("from must not be after to", field="from")
    if (end - start).days + 1 > MAX_RANGE_DAYS:
        raise InvalidInput(f"a range covers at most {MAX_RANGE_DAYS} days", field="to")
    if granularity not in GRANULARITIES:
        raise InvalidInput(f"granularity must be one of {', '.join(GRANULARITIES)}", field="granularity")
    if breakdown not in BREAKDOWNS:
        raise InvalidInput(f"breakdown must be one of {', '.join(BREAKDOWNS)}", field="by")
    return AnalyticsQuery(Period(start, end), chatbot_id, granularity, breakdown)


def _ratio(n: float, d: float) -> float | None:
    return round(n / d, 4) if d else None


def figures(sums: dict[str, int]) -> dict[str, Any]:
    """The overview's figures from summed rollup counters."""
    conversations = sums.get("conversations", 0)
    resolved = sums.get(RESOLVED_AI, 0) + sums.get(RESOLVED_HUMAN, 0)
    decided = resolved + sums.get(UNRESOLVED, 0) + sums.get(ABANDONED, 0)
    return {
        "conversations": conversations,
        "started": sums.get("started", 0),
        "resolved": resolved,
        "resolved_by_ai": sums.get(RESOLVED_AI, 0),
        "resolved_by_human": sums.get(RESOLVED_HUMAN, 0),
        "unresolved": sums.get(UNRESOLVED, 0),
        "abandoned": sums.get(ABANDONED, 0),
        "open": sums.get(OPEN, 0),
        "resolution_rate": _ratio(resolved, decided),
        "ai_resolution_rate": _ratio(sums.get(RESOLVED_AI, 0), decided),
        "handoffs": sums.get("handoffs", 0),
        "handoff_rate": _ratio(sums.get("handoffs", 0), conversations),
        "ratings": sums.get("rated", 0),
        "average_rating": _ratio(sums.get("rating_sum", 0), sums.get("rated", 0)),
        "csat": _ratio(sums.get("satisfied", 0), sums.get("rated", 0)),
        "ai_first_response_ms": _ratio(sums.get("ai_frt_ms_sum", 0), sums.get("ai_frt_n", 0)),
        "human_first_response_ms": _ratio(sums.get("human_frt_ms_sum", 0), sums.get("human_frt_n", 0)),
        "average_response_ms": _ratio(sums.get("response_ms_sum", 0), sums.get("response_n", 0)),
        "average_duration_s": _ratio(sums.get("duration_s_sum", 0), sums.get("duration_n", 0)),
        "messages_visitor": sums.get("messages_visitor", 0),
        "messages_ai": sums.get("messages_ai", 0),
        "messages_human": sums.get("messages_human", 0),
        "credits": sums.get("credits", 0),
        "declined_answers": sums.get("declined", 0),
        "leads": sums.get("leads", 0),
        "payments": sums.get("payments", 0),
        "bookings": sums.get("bookings", 0),
    }


def comparison(current: dict[str, Any], previous: dict[str, Any]) -> dict[str, dict[str, float | None]]:
    """Per figure: the change against the previous period and in % of it (None where either is unknown or 0)."""
    out: dict[str, dict[str, float | None]] = {}
    for key, value in current.items():
        before = previous.get(key)
        if value is None or before is None:
            out[key] = {"delta": None, "percent": None}
            continue
        delta = round(value - before, 4)
        out[key] = {"delta": delta, "percent": round(delta / before * 100, 2) if before else None}
    return out
