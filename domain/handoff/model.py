"""Handoffs: when the AI steps aside (escalation rules, per chatbot), who takes the conversation (teams,
operators, routing, business hours), and the operator's tools (canned responses, private notes, summary).

Pure code: the rules decide from what the service gathered (the visitor message's signals, the conversation's
recent messages, the visitor's attributes)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.chatbots.model import BusinessHours
from domain.errors import InvalidInput

OPERATOR_STATUSES = ("online", "away", "offline")
ROUTINGS = ("round_robin", "least_busy", "manual")
MAX_PHRASES = 100
MAX_NOTE_CHARS = 8000
MAX_CANNED_CHARS = 8000
SHORTCUT = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")

# "I want a person", in the widget's languages (accents and case folded before matching).
PERSON_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("talk to a human", "talk to a person", "speak to a human", "speak to a person", "speak to someone",
           "talk to someone", "real person", "human agent", "live agent", "talk to an agent", "speak to an agent",
           "customer service representative", "a real human", "connect me to an agent", "transfer me to an agent"),
    "fr": ("parler a un humain", "parler a une personne", "parler a quelqu'un", "parler a un conseiller",
           "un vrai conseiller", "parler a un agent"),
    "de": ("mit einem menschen", "mit einer person sprechen", "mit einem mitarbeiter", "echten menschen",
           "mit jemandem sprechen", "kundenberater sprechen"),
    "es": ("hablar con una persona", "hablar con un humano", "hablar con un agente", "hablar con alguien"),
    "it": ("parlare con una persona", "parlare con un operatore", "operatore umano", "parlare con qualcuno"),
    "pt": ("falar com uma pessoa", "falar com um atendente", "falar com um humano", "falar com alguem"),
    "nl": ("met een mens", "met een medewerker", "met iemand spreken", "met een persoon"),
}


def fold(text: str) -> str:
    """Lower case, accents dropped, whitespace collapsed: how phrases are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")
    return " ".join(plain.split())


# --- escalation rules -------------------------------------------------------------------------------


@dataclass
class SentimentRule:
    """Hand off when this many visitor messages in a row score at or below the threshold (-1..1)."""

    threshold: float = -0.4
    messages: int = 2


@dataclass
class VipRule:
    """A visitor whose attribute (passed by the page) has one of these values goes to a person at once."""

    attribute: str = "vip"
    values: list[str] = field(default_factory=lambda: ["true", "yes", "1", "vip"])
    priority: int = 10


@dataclass
class HandoffConfig:
    enabled: bool = True
    phrases: list[str] = field(default_factory=list)  # added to the built-in ones of every widget language
    person_intent: bool = True  # the intent classifier's talk_to_human (decisive only)
    intents: list[str] = field(default_factory=list)  # e.g. billing_dispute, cancellation, complaint
    negative_sentiment: SentimentRule | None = field(default_factory=SentimentRule)
    ai_failures: int = 2  # consecutive replies that declined ("I don't know") or failed; 0: off
    max_ai_turns: int | None = None
    vip: VipRule | None = None
    team_id: UUID | None = None  # where the handoffs of this chatbot queue (None: every operator)
    priority: int = 0
    away_message: str = ""  # when nobody can take the chat (else a default per language)
    csat: bool = True  # ask the visitor for a rating when the person hands back or closes

    def validate(self) -> None:
        if len(self.phrases) > MAX_PHRASES or any(not p.strip() or len(p) > 200 for p in self.phrases):
            raise InvalidInput(f"at most {MAX_PHRASES} phrases of 1 to 200 characters", field="phrases")
        if len(self.intents) > 50 or any(not i.strip() or len(i) > 64 for i in self.intents):
            raise InvalidInput("at most 50 intent names of 1 to 64 characters", field="intents")
        if self.negative_sentiment is not None:
            if not -1.0 <= self.negative_sentiment.threshold <= 0.0:
                raise InvalidInput("threshold must be between -1 and 0", field="negative_sentiment.threshold")
            if not 1 <= self.negative_sentiment.messages <= 10:
                raise InvalidInput("messages must be between 1 and 10", field="negative_sentiment.messages")
        if not 0 <= self.ai_failures <= 10:
            raise InvalidInput("ai_failures must be between 0 (off) and 10", field="ai_failures")
        if self.max_ai_turns is not None and not 1 <= self.max_ai_turns <= 1000:
            raise InvalidInput("max_ai_turns must be between 1 and 1000", field="max_ai_turns")
        if self.vip is not None and (not self.vip.attribute.strip() or not self.vip.values or len(self.vip.values) > 20):
            raise InvalidInput("vip needs an attribute and 1 to 20 values", field="vip")
        if not -100 <= self.priority <= 100:
            raise InvalidInput("priority must be between -100 and 100", field="priority")
        if len(self.away_message) > 1000:
            raise InvalidInput("away_message must be at most 1000 characters", field="away_message")


@dataclass(frozen=True)
class Signals:
    """What the offline analysis says about one visitor message (the assistant's analyzers)."""

    language: str
    sentiment: float
    intent: str
    decisive: bool  # the intent clearly beats the runner-up (what an action needs)


@dataclass(frozen=True)
class Line:
    """One message of the conversation, as the rules see it."""

    sender: str  # customer | ai | human | system
    content: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Escalation:
    trigger: str  # phrase | intent | sentiment | ai_failures | ai_turns | vip | tool | visitor | operator
    reason: str
    priority: int = 0


def asks_for_person(text: str, languages: list[str], extra: list[str]) -> bool:
    folded = fold(text)
    phrases = [p for lang in languages for p in PERSON_PHRASES.get(lang.split("-")[0], ())] + [fold(p) for p in extra]
    if not any(lang.split("-")[0] == "en" for lang in languages):
        phrases += list(PERSON_PHRASES["en"])  # visitors often fall back to English
    return any(p and p in folded for p in phrases)


def failed_reply(line: Line) -> bool:
    """An AI reply that did not help: it declined ("I don't know", low retrieval confidence) or failed."""
    return line.sender == "ai" and (line.data.get("answered") is False or bool(line.data.get("fallback")))


def trailing_failures(history: list[Line]) -> int:
    """AI replies in a row, newest back, that did not help (visitor messages in between do not break it)."""
    count = 0
    for line in reversed(history):
        if line.sender == "ai":
            if not failed_reply(line):
                break
            count += 1
        elif line.sender in ("human", "system"):
            break
    return count


def is_vip(rule: VipRule | None, attributes: dict[str, Any]) -> bool:
    if rule is None:
        return False
    value = attributes.get(rule.attribute)
    return value is not None and fold(str(value)) in {fold(v) for v in rule.values}


def escalation(
    config: HandoffConfig, text: str, languages: list[str], signals: Signals | None, earlier_sentiments: list[float],
    history: list[Line], attributes: dict[str, Any],
) -> Escalation | None:
    """Whether a visitor message (with the conversation before it) should go to a person, and why.

    `earlier_sentiments`: the sentiment of the visitor's previous messages, newest last. The AI-turn cap counts the
    assistant's answers since a person last wrote (a chat handed back starts counting again)."""
    if not config.enabled:
        return None
    priority = config.priority
    vip = is_vip(config.vip, attributes)
    if vip and config.vip is not None:
        priority += config.vip.priority
    if asks_for_person(text, languages, config.phrases):
        return Escalation("phrase", "visitor asked for a person", priority)
    if signals is not None:
        if config.person_intent and signals.intent == "talk_to_human" and signals.decisive:
            return Escalation("intent", "visitor asked for a person", priority)
        if signals.intent in config.intents and signals.decisive:
            return Escalation("intent", f"intent: {signals.intent}", priority)
        rule = config.negative_sentiment
        if rule is not None and signals.sentiment <= rule.threshold:
            streak = [signals.sentiment] + list(reversed(earlier_sentiments))[: rule.messages - 1]
            if len(streak) >= rule.messages and all(s <= rule.threshold for s in streak):
                return Escalation("sentiment", f"negative sentiment in {rule.messages} messages in a row", priority)
    if config.ai_failures and trailing_failures(history) >= config.ai_failures:
        return Escalation("ai_failures", f"the assistant could not answer {config.ai_failures} times", priority)
    since_person = history[max((i + 1 for i, h in enumerate(history) if h.sender == "human"), default=0):]
    if config.max_ai_turns is not None and sum(1 for h in since_person if h.sender == "ai") >= config.max_ai_turns:
        return Escalation("ai_turns", f"the assistant answered {config.max_ai_turns} times", priority)
    if vip:
        return Escalation("vip", "VIP visitor", priority)
    return None


# --- queue and routing --------------------------------------------------------------------------------


ESCALATION_ACTIONS = ("notify_lead", "reassign", "hand_back")


@dataclass
class EscalationRule:
    """A conversation queued longer than `after_minutes`: e-mail the team lead, move it to another team (or to
    anyone in the workspace), or hand it back to the AI with an away message."""

    after_minutes: int
    action: str
    to_team_id: UUID | None = None  # reassign: the team it moves to (None: any operator of the workspace)
    message: str = ""  # hand_back: what the visitor is told (else the away message)

    @property
    def key(self) -> str:
        return f"queued:{self.after_minutes}:{self.action}"


@dataclass
class Sla:
    """A team's service levels: a first-response target (request → first operator reply) and escalation rules."""

    first_response_seconds: int | None = None
    lead_user_id: UUID | None = None  # who notify_lead e-mails (and who hears of first-response breaches)
    rules: list[EscalationRule] = field(default_factory=list)

    def validate(self) -> None:
        if self.first_response_seconds is not None and not 10 <= self.first_response_seconds <= 7 * 86400:
            raise InvalidInput("first_response_seconds must be between 10 and 604800", field="sla.first_response_seconds")
        if len(self.rules) > 20:
            raise InvalidInput("at most 20 escalation rules", field="sla.rules")
        seen = set()
        for i, rule in enumerate(self.rules):
            if not 1 <= rule.after_minutes <= 10080:
                raise InvalidInput("after_minutes must be between 1 and 10080", field=f"sla.rules.{i}.after_minutes")
            if rule.action not in ESCALATION_ACTIONS:
                raise InvalidInput(f"action must be one of {', '.join(ESCALATION_ACTIONS)}", field=f"sla.rules.{i}.action")
            if rule.action == "notify_lead" and self.lead_user_id is None:
                raise InvalidInput("notify_lead needs the team's lead_user_id", field="sla.lead_user_id")
            if len(rule.message) > 1000:
                raise InvalidInput("message must be at most 1000 characters", field=f"sla.rules.{i}.message")
            if rule.key in seen:
                raise InvalidInput("two rules with the same time and action", field=f"sla.rules.{i}")
            seen.add(rule.key)


@dataclass
class Breach:
    """A service level missed: a first response later than the team's target, or an escalation rule that fired."""

    id: UUID
    tenant_id: UUID
    handoff_id: UUID
    conversation_id: UUID
    kind: str  # first_response | queued
    rule: str
    target_seconds: int
    waited_seconds: float
    team_id: UUID | None = None
    operator_id: UUID | None = None
    action: str | None = None
    created_at: datetime | None = None


def due_rules(handoff: Handoff, sla: Sla | None, now: datetime) -> list[EscalationRule]:
    """The escalation rules a queued handoff has passed (oldest threshold first)."""
    if sla is None or handoff.status != "queued" or handoff.requested_at is None:
        return []
    waited = (now - handoff.requested_at).total_seconds()
    return sorted((r for r in sla.rules if waited >= r.after_minutes * 60), key=lambda r: r.after_minutes)


def first_response_breach(handoff: Handoff, sla: Sla | None, now: datetime) -> float | None:
    """Seconds the visitor waited for a person's first reply when that broke the team's target (still waiting
    and past it, or answered late); None when within it or no target."""
    if sla is None or sla.first_response_seconds is None or handoff.requested_at is None:
        return None
    if handoff.trigger == "operator" and handoff.assigned_by == "take" and handoff.requested_at == handoff.assigned_at:
        return None  # an operator took over a chat with the AI: nobody waited for a person
    end = handoff.first_response_at or (now if handoff.status != "resolved" else None)
    if end is None:
        return None
    waited = (end - handoff.requested_at).total_seconds()
    return waited if waited > sla.first_response_seconds else None


@dataclass
class Team:
    id: UUID
    tenant_id: UUID
    name: str
    routing: str = "least_busy"
    business_hours: BusinessHours | None = None
    members: list[UUID] = field(default_factory=list)
    last_assigned: UUID | None = None
    created_at: datetime | None = None
    sla: Sla | None = None

    def validate(self) -> None:
        if self.sla is not None:
            self.sla.validate()
        if not self.name.strip() or len(self.name) > 100:
            raise InvalidInput("name must be 1 to 100 characters", field="name")
        if self.routing not in ROUTINGS:
            raise InvalidInput(f"routing must be one of {', '.join(ROUTINGS)}", field="routing")
        if self.business_hours is not None:
            self.business_hours.validate()
        if len(self.members) > 500:
            raise InvalidInput("at most 500 members", field="members")

    def open_at(self, moment: datetime) -> bool:
        return self.business_hours is None or self.business_hours.open_at(moment)


@dataclass
class Operator:
    tenant_id: UUID
    user_id: UUID
    status: str = "offline"
    capacity: int = 3
    languages: list[str] = field(default_factory=list)  # empty: any
    skills: list[str] = field(default_factory=list)
    status_changed_at: datetime | None = None
    last_assigned_at: datetime | None = None
    active: int = 0  # conversations assigned now (read with the operator)
    last_active_at: datetime | None = None  # the operator's last API or socket activity
    auto_away: bool = False  # away because idle: activity makes them online again
    away_after_seconds: int | None = None  # idle time before auto-away (None: the server's default; 0: never)

    def validate(self) -> None:
        if self.status not in OPERATOR_STATUSES:
            raise InvalidInput(f"status must be one of {', '.join(OPERATOR_STATUSES)}", field="status")
        if not 0 <= self.capacity <= 100:
            raise InvalidInput("capacity must be between 0 and 100", field="capacity")
        if self.away_after_seconds is not None and not 0 <= self.away_after_seconds <= 86400:
            raise InvalidInput("away_after_seconds must be between 0 (never) and 86400", field="away_after_seconds")
        if len(self.languages) > 30 or len(self.skills) > 50 or any(not s.strip() or len(s) > 50 for s in self.skills):
            raise InvalidInput("at most 30 languages and 50 skills of 1 to 50 characters", field="skills")

    def can_take(self, handoff: Handoff) -> bool:
        if self.status != "online" or self.active >= self.capacity:
            return False
        if handoff.language and self.languages and handoff.language.split("-")[0] not in {lang.split("-")[0] for lang in self.languages}:
            return False
        return set(handoff.skills) <= set(self.skills)


@dataclass
class Handoff:
    id: UUID
    tenant_id: UUID
    conversation_id: UUID
    chatbot_id: UUID
    trigger: str
    reason: str | None = None
    team_id: UUID | None = None
    priority: int = 0
    language: str | None = None
    skills: list[str] = field(default_factory=list)
    status: str = "queued"  # queued | assigned | resolved
    operator_id: UUID | None = None
    assigned_by: str | None = None
    resolution: str | None = None
    requested_at: datetime | None = None
    assigned_at: datetime | None = None
    resolved_at: datetime | None = None
    away_notified: bool = False
    waiting_since: datetime | None = None  # the visitor's oldest message no person answered yet
    wait_mailed: bool = False
    first_response_at: datetime | None = None
    responses: int = 0
    response_seconds: float = 0.0
    csat: int | None = None
    contact_left: bool = False

    def seconds(self, start: datetime | None, end: datetime | None) -> float | None:
        return round((end - start).total_seconds(), 3) if start and end else None


def idle(operator: Operator, default_after: int, now: datetime) -> bool:
    """An online operator with no activity for their auto-away time (0: never)."""
    after = operator.away_after_seconds if operator.away_after_seconds is not None else default_after
    if operator.status != "online" or after <= 0 or operator.last_active_at is None:
        return False
    return (now - operator.last_active_at).total_seconds() >= after


def pick_operator(handoff: Handoff, team: Team | None, operators: list[Operator]) -> Operator | None:
    """Who gets a queued handoff: among online operators (the team's, if it has one) with free capacity and the
    language and skills it needs, the least busy (then the one who waited longest), or the next one after the
    team's last assignment (round robin). None: nobody can take it now (or the team routes by hand)."""
    if team is not None and team.routing == "manual":
        return None
    pool = [o for o in operators if (team is None or o.user_id in team.members) and o.can_take(handoff)]
    if not pool:
        return None
    if team is not None and team.routing == "round_robin":
        order = [m for m in team.members if any(o.user_id == m for o in pool)]
        if team.last_assigned in team.members:
            start = team.members.index(team.last_assigned)
            after = [m for m in team.members[start + 1 :] + team.members[: start + 1] if m in order]
            order = after or order
        chosen = order[0]
        return next(o for o in pool if o.user_id == chosen)
    return min(pool, key=lambda o: (o.active / max(o.capacity, 1), o.active,
                                    o.last_assigned_at.timestamp() if o.last_assigned_at else 0.0, str(o.user_id)))


def queue_order(handoffs: list[Handoff]) -> list[Handoff]:
    """Highest priority first, then first come."""
    return sorted(handoffs, key=lambda h: (-h.priority, h.requested_at or datetime.max, h.id))


def expected_wait(position: int, average_wait: float | None, operators_online: int) -> int:
    """Seconds until a person is likely to answer: the recent average wait per place, spread over the
    operators online (60 s a place when there is no history yet)."""
    per_place = average_wait if average_wait is not None else 60.0
    return round(per_place * position / max(operators_online, 1))


# --- the operator's tools ---------------------------------------------------------------------------------


@dataclass
class CannedResponse:
    id: UUID
    tenant_id: UUID
    shortcut: str
    body: str
    title: str = ""
    team_id: UUID | None = None  # a team's response
    owner_user_id: UUID | None = None  # a personal one (neither: the whole workspace's)
    created_at: datetime | None = None

    def validate(self) -> None:
        if not SHORTCUT.match(self.shortcut):
            raise InvalidInput("shortcut must be 1 to 40 of a-z, 0-9, _ and -, starting with a letter or digit", field="shortcut")
        if not self.body.strip() or len(self.body) > MAX_CANNED_CHARS:
            raise InvalidInput(f"body must be 1 to {MAX_CANNED_CHARS} characters", field="body")
        if len(self.title) > 200:
            raise InvalidInput("title must be at most 200 characters", field="title")


_VARIABLE = re.compile(r"\{\{\s*([a-z_]+(?:\.[a-z_]+)*)\s*\}\}")


def render(body: str, variables: dict[str, str]) -> str:
    """`{{visitor.name}}` and friends; an unknown or empty variable becomes nothing (never the raw braces)."""
    rendered = _VARIABLE.sub(lambda m: variables.get(m.group(1), ""), body)
    return re.sub(r"[ \t]+([,.!?])", r"\1", re.sub(r"[ \t]{2,}", " ", rendered)).strip()


@dataclass
class Note:
    """A private note on a conversation: members only, never in any visitor-facing path."""

    id: UUID
    tenant_id: UUID
    conversation_id: UUID
    body: str
    author_user_id: UUID | None = None
    created_at: datetime | None = None

    def validate(self) -> None:
        if not self.body.strip() or len(self.body) > MAX_NOTE_CHARS:
            raise InvalidInput(f"body must be 1 to {MAX_NOTE_CHARS} characters", field="body")


# --- the operator's view of the conversation -------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_STOP = frozenset(
    ["the", "and", "for", "that", "this", "with", "you", "your", "are", "was", "have", "has", "not", "but", "can", "will", "what", "how", "when", "where", "which", "who", "why", "from", "they", "them", "there", "their", "about", "would", "could", "should", "just", "like", "also", "into", "more", "some", "any", "our", "out", "get", "got", "les", "des", "une", "est", "pas", "que", "qui", "pour", "dans", "avec", "sur", "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "los", "las", "del", "que", "por", "con", "una", "para"]
)


def summarize(lines: list[Line], sentences: int = 3) -> str:
    """An extractive summary of the conversation so far: the visitor's sentences that carry the conversation's
    most frequent content words (first sentence of the visitor always kept: it usually states the problem)."""
    said = [s.strip() for line in lines if line.sender == "customer" for s in _SENTENCE.split(line.content) if s.strip()]
    if not said:
        return ""
    counts: dict[str, int] = {}
    for line in lines:
        for word in _WORD.findall(fold(line.content)):
            if word not in _STOP:
                counts[word] = counts.get(word, 0) + 1

    def score(sentence: str) -> float:
        words = [w for w in _WORD.findall(fold(sentence)) if w not in _STOP]
        return float(sum(counts.get(w, 0) for w in set(words))) / float((1 + len(words)) ** 0.5)

    ranked = sorted(range(1, len(said)), key=lambda i: -score(said[i]))[: sentences - 1]
    chosen = sorted({0, *ranked})
    return " … ".join(said[i][:300] for i in chosen)
