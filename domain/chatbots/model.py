"""A chatbot's configuration: who it is, how it looks, where it may be embedded, how it thinks."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from domain.errors import InvalidInput, PermissionDenied

STATUSES = ("draft", "active", "paused")
PROVIDERS = ("offline", "anthropic", "openai")
POSITIONS = ("bottom-right", "bottom-left")
THEMES = ("light", "dark", "auto")

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
    launcher_text: str = "Chat with us"


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
