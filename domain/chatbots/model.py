"""A chatbot's configuration: who it is, how it looks, where it may be embedded, how it thinks."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, time
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from domain.errors import InvalidInput, PermissionDenied

STATUSES = ("draft", "active", "paused")
PROVIDERS = ("offline", "anthropic", "openai")
POSITIONS = ("bottom-right", "bottom-left")
THEMES = ("light", "dark", "auto")

# The languages the widget has translations for (widget/src/i18n.ts; a test keeps the two equal).
WIDGET_LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl", "ja", "ar", "he")
PRE_CHAT_KINDS = ("name", "email", "phone", "text")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

_ORIGIN = re.compile(r"^https?://(\*\.)?[a-z0-9.-]+(:\d{1,5})?$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass
class Appearance:
    primary_color: str = "#2563eb"
    text_color: str = "#ffffff"
    position: str = "bottom-right"
    theme: str = "auto"
    avatar_url: str | None = None
    launcher_text: str = ""  # empty: the widget says "Open chat" in the visitor's language


@dataclass
class PreChatField:
    """One question of the form a visitor fills in before the chat starts."""

    key: str
    label: str
    kind: str = "text"
    required: bool = False


_KEY = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")


def _clock(value: str) -> time:
    hours, minutes = map(int, value.split(":"))
    return time.max if hours == 24 else time(hours, minutes)


@dataclass
class BusinessHours:
    """A weekly schedule in a timezone: outside it the widget shows the away message (visitors can still
    write). `weekly` maps mon..sun to [["09:00", "17:30"], …]; a day left out is closed."""

    timezone: str
    weekly: dict[str, list[list[str]]]
    away_message: str = ""

    def validate(self) -> None:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidInput(f"{self.timezone!r} is not an IANA timezone like 'Europe/Paris'", field="business_hours.timezone") from None
        for day, spans in self.weekly.items():
            if day not in WEEKDAYS:
                raise InvalidInput(f"{day!r} is not one of {', '.join(WEEKDAYS)}", field="business_hours.weekly")
            for span in spans:
                if len(span) != 2 or not all(_CLOCK.match(t) for t in span) or _clock(span[0]) >= _clock(span[1]):
                    raise InvalidInput(
                        f"{day}: {span!r} is not an opening span like ['09:00', '17:30']", field=f"business_hours.weekly.{day}"
                    )

    def open_at(self, moment: datetime) -> bool:
        local = moment.astimezone(ZoneInfo(self.timezone))
        now = local.time().replace(tzinfo=None)
        return any(_clock(start) <= now < _clock(end) for start, end in self.weekly.get(WEEKDAYS[local.weekday()], []))


@dataclass
class ProactiveMessage:
    """A bubble by the launcher after `delay_seconds` on pages whose path matches: exact ("/pricing"),
    a prefix ending in * ("/docs/*"), or "*" for every page."""

    path: str
    message: str
    delay_seconds: int = 10


@dataclass
class AiSettings:
    provider: str = "offline"
    model: str = ""
    temperature: float = 0.3
    max_tokens: int = 1024
    base_url: str | None = None


@dataclass
class CompanyProfile:
    name: str = ""
    website: str = ""
    description: str = ""
    industry: str = ""
    support_email: str = ""


@dataclass
class Chatbot:
    id: UUID
    tenant_id: UUID
    public_id: str
    name: str
    persona: str = ""
    instructions: str = ""
    company_profile: CompanyProfile = field(default_factory=CompanyProfile)
    welcome_message: str = "Hi! How can I help you today?"
    languages: list[str] = field(default_factory=lambda: ["en"])
    appearance: Appearance = field(default_factory=Appearance)
    allowed_origins: list[str] = field(default_factory=list)
    ai_settings: AiSettings = field(default_factory=AiSettings)
    pre_chat_form: list[PreChatField] = field(default_factory=list)  # empty: no form
    business_hours: BusinessHours | None = None  # None: always open
    proactive_messages: list[ProactiveMessage] = field(default_factory=list)
    provider_api_key: str | None = None  # write-only from outside; encrypted at rest
    has_provider_api_key: bool = False  # known without decrypting (listings)
    status: str = "active"
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def validate(self) -> None:
        if not self.name.strip():
            raise InvalidInput("name must not be blank", field="name")
        if self.status not in STATUSES:
            raise InvalidInput(f"status must be one of {', '.join(STATUSES)}", field="status")
        if not self.languages:
            raise InvalidInput("at least one language is required", field="languages")
        for language in self.languages:
            if not _LANGUAGE.match(language):
                raise InvalidInput(f"{language!r} is not a language tag like 'en' or 'pt-BR'", field="languages")
            if language.split("-")[0] not in WIDGET_LANGUAGES:
                raise InvalidInput(
                    f"the widget cannot speak {language!r}; it speaks {', '.join(WIDGET_LANGUAGES)}", field="languages"
                )
        keys = [f.key for f in self.pre_chat_form]
        for f in self.pre_chat_form:
            if not _KEY.match(f.key) or keys.count(f.key) > 1:
                raise InvalidInput(f"{f.key!r} must be a unique key like 'order_number'", field="pre_chat_form.key")
            if f.kind not in PRE_CHAT_KINDS:
                raise InvalidInput(f"kind must be one of {', '.join(PRE_CHAT_KINDS)}", field="pre_chat_form.kind")
        if self.business_hours is not None:
            self.business_hours.validate()
        for origin in self.allowed_origins:
            if not _ORIGIN.match(origin):
                raise InvalidInput(
                    f"{origin!r} is not an origin like 'https://example.com' (scheme and host, no path)",
                    field="allowed_origins",
                )
        a = self.appearance
        for name in ("primary_color", "text_color"):
            if not _COLOR.match(getattr(a, name)):
                raise InvalidInput(f"{name} must be a colour like '#1a2b3c'", field=f"appearance.{name}")
        if a.position not in POSITIONS:
            raise InvalidInput(f"position must be one of {', '.join(POSITIONS)}", field="appearance.position")
        if a.theme not in THEMES:
            raise InvalidInput(f"theme must be one of {', '.join(THEMES)}", field="appearance.theme")
        if a.avatar_url and not a.avatar_url.startswith("https://"):
            raise InvalidInput("avatar_url must be an https:// URL", field="appearance.avatar_url")
        ai = self.ai_settings
        if ai.provider not in PROVIDERS:
            raise InvalidInput(f"provider must be one of {', '.join(PROVIDERS)}", field="ai_settings.provider")
        if not 0.0 <= ai.temperature <= 1.0:
            raise InvalidInput("temperature must be between 0 and 1", field="ai_settings.temperature")
        if not 1 <= ai.max_tokens <= 8192:
            raise InvalidInput("max_tokens must be between 1 and 8192", field="ai_settings.max_tokens")
        if ai.base_url and not re.match(r"^https?://", ai.base_url):
            raise InvalidInput("base_url must be an http(s) URL", field="ai_settings.base_url")

    def accepts_origin(self, origin: str | None) -> bool:
        """An empty list means the owner has not restricted embedding yet."""
        if not self.allowed_origins or origin is None:
            return not self.allowed_origins
        for allowed in self.allowed_origins:
            if allowed == origin:
                return True
            if "://*." in allowed:
                scheme, suffix = allowed.split("://*.", 1)
                if origin.startswith(f"{scheme}://") and origin.endswith("." + suffix):
                    return True
        return False

    def require_origin(self, origin: str | None) -> None:
        """Refuses a page whose origin may not embed this chatbot, naming the origin it saw."""
        if not self.accepts_origin(origin):
            seen = f"origin {origin}" if origin else "a request without an Origin header"
            raise PermissionDenied(f"{seen} is not allowed to embed this chatbot; add it to the chatbot's allowed_origins")


def new_public_id() -> str:
    return "cb_" + secrets.token_urlsafe(12)


@dataclass(frozen=True)
class WidgetConfig:
    """Exactly what a website visitor may see of a chatbot."""

    public_id: str
    name: str
    welcome_message: str
    languages: list[str]
    appearance: Appearance
    online: bool
    pre_chat_form: list[PreChatField]
    open_now: bool  # within business hours (always, without a schedule)
    away_message: str
    proactive_messages: list[ProactiveMessage]
    transcript_by_email: bool  # the server can send e-mail: the widget offers the transcript


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{4,23}$")


def pre_chat_answers(form: list[PreChatField], answers: dict[str, str]) -> dict[str, str]:
    """A visitor's answers checked against the chatbot's form: known fields only, required ones given,
    e-mail and phone shaped like one. Returns the non-empty answers, trimmed."""
    kinds = {f.key: f for f in form}
    for key in answers:
        if key not in kinds:
            raise InvalidInput(f"{key!r} is not a field of this chatbot's pre-chat form", field=f"details.{key}")
    out = {}
    for f in form:
        value = str(answers.get(f.key) or "").strip()
        if not value:
            if f.required:
                raise InvalidInput(f"{f.label} is required", field=f"details.{f.key}")
            continue
        if len(value) > 500:
            raise InvalidInput(f"{f.label} is longer than 500 characters", field=f"details.{f.key}")
        if f.kind == "email" and not _EMAIL.match(value):
            raise InvalidInput(f"{f.label} is not an e-mail address", field=f"details.{f.key}")
        if f.kind == "phone" and not _PHONE.match(value):
            raise InvalidInput(f"{f.label} is not a phone number", field=f"details.{f.key}")
        out[f.key] = value
    return out
