from __future__ import annotations

import enum
from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

import msgspec
from msgspec import UNSET, UnsetType

from api.v1.common import Name

Text = lambda n: Annotated[str, msgspec.Meta(max_length=n)]  # noqa: E731
Color = Annotated[str, msgspec.Meta(pattern=r"^#[0-9a-fA-F]{6}$", examples=["#2563eb"])]
Origin = Annotated[str, msgspec.Meta(max_length=255, examples=["https://www.example.com"])]
Language = Annotated[str, msgspec.Meta(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$", examples=["en", "pt-BR"])]


class ChatbotStatus(str, enum.Enum):
    """A chatbot's status (draft: not served yet). An enum, so the spec names it once for fields and filters."""

    draft = "draft"
    active = "active"
    paused = "paused"


Status = ChatbotStatus
Provider = Literal["offline", "anthropic", "openai"]
Position = Literal["bottom-right", "bottom-left"]
Theme = Literal["light", "dark", "auto"]
Temperature = Annotated[float, msgspec.Meta(ge=0.0, le=1.0)]
MaxTokens = Annotated[int, msgspec.Meta(ge=1, le=8192)]
HttpsUrl = Annotated[str, msgspec.Meta(pattern=r"^https://\S+$", max_length=2048)]
HttpUrl = Annotated[str, msgspec.Meta(pattern=r"^https?://\S+$", max_length=2048)]


class _In(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    pass


class Appearance(msgspec.Struct):
    primary_color: str
    text_color: str
    position: Position
    theme: Theme
    avatar_url: str | None
    launcher_text: str


class AiSettings(msgspec.Struct):
    provider: Provider
    model: str
    temperature: float
    max_tokens: int
    base_url: str | None
    has_api_key: bool


class CompanyProfile(msgspec.Struct):
    name: str
    website: str
    description: str
    industry: str
    support_email: str


PreChatKind = Literal["name", "email", "phone", "text"]
FieldKey = Annotated[str, msgspec.Meta(pattern=r"^[a-z][a-z0-9_]{0,31}$", examples=["order_number"])]
Clock = Annotated[str, msgspec.Meta(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$", examples=["09:00"])]
Span = Annotated[list[Clock], msgspec.Meta(min_length=2, max_length=2)]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
UrlPath = Annotated[str, msgspec.Meta(pattern=r"^(\*|/\S*)$", max_length=500, examples=["/pricing", "/docs/*", "*"])]


class PreChatField(msgspec.Struct, forbid_unknown_fields=True):
    """A question asked before the chat starts; the answers are stored sealed on the conversation."""

    key: FieldKey
    label: Text(80)
    kind: PreChatKind = "text"
    required: bool = False


class BusinessHours(msgspec.Struct, forbid_unknown_fields=True):
    """A weekly schedule: outside it the widget shows `away_message` (visitors can still write)."""

    timezone: Annotated[str, msgspec.Meta(max_length=64, examples=["Europe/Paris"])]
    weekly: Annotated[dict[Weekday, Annotated[list[Span], msgspec.Meta(max_length=6)]], msgspec.Meta(examples=[{"mon": [["09:00", "17:30"]]}])]
    away_message: Text(1000) = ""


class ProactiveMessage(msgspec.Struct, forbid_unknown_fields=True):
    """Shown as a bubble by the launcher after `delay_seconds` on matching pages ("/pricing", "/docs/*", "*")."""

    path: UrlPath
    message: Annotated[str, msgspec.Meta(min_length=1, max_length=500)]
    delay_seconds: Annotated[int, msgspec.Meta(ge=0, le=3600)] = 10


class AppearanceInput(_In):
    primary_color: Color | UnsetType = UNSET
    text_color: Color | UnsetType = UNSET
    position: Position | UnsetType = UNSET
    theme: Theme | UnsetType = UNSET
    avatar_url: HttpsUrl | None | UnsetType = UNSET
    launcher_text: Text(40) | UnsetType = UNSET


class AiSettingsInput(_In):
    provider: Provider | UnsetType = UNSET
    model: Text(100) | UnsetType = UNSET
    temperature: Temperature | UnsetType = UNSET
    max_tokens: MaxTokens | UnsetType = UNSET
    base_url: HttpUrl | None | UnsetType = UNSET
    api_key: Annotated[str, msgspec.Meta(min_length=1, max_length=512)] | None | UnsetType = msgspec.field(
        default=UNSET
    )  # write-only; stored encrypted


class CompanyProfileInput(_In):
    name: Text(120) | UnsetType = UNSET
    website: Text(2048) | UnsetType = UNSET
    description: Text(4000) | UnsetType = UNSET
    industry: Text(120) | UnsetType = UNSET
    support_email: Text(254) | UnsetType = UNSET


class ChatbotFields(_In):
    persona: Text(2000) | UnsetType = UNSET
    instructions: Text(8000) | UnsetType = UNSET
    company_profile: CompanyProfileInput | UnsetType = UNSET
    welcome_message: Text(1000) | UnsetType = UNSET
    languages: Annotated[list[Language], msgspec.Meta(min_length=1, max_length=30)] | UnsetType = UNSET
    appearance: AppearanceInput | UnsetType = UNSET
    allowed_origins: Annotated[list[Origin], msgspec.Meta(max_length=50)] | UnsetType = UNSET
    ai_settings: AiSettingsInput | UnsetType = UNSET
    status: Status | UnsetType = UNSET
    pre_chat_form: Annotated[list[PreChatField], msgspec.Meta(max_length=10)] | UnsetType = UNSET
    business_hours: BusinessHours | None | UnsetType = UNSET
    proactive_messages: Annotated[list[ProactiveMessage], msgspec.Meta(max_length=20)] | UnsetType = UNSET


class ChatbotCreate(ChatbotFields, kw_only=True):
    name: Name


class ChatbotUpdate(ChatbotFields):
    name: Name | UnsetType = UNSET


class Chatbot(msgspec.Struct):
    id: UUID
    public_id: str
    name: str
    persona: str
    instructions: str
    company_profile: CompanyProfile
    welcome_message: str
    languages: list[str]
    appearance: Appearance
    allowed_origins: list[str]
    ai_settings: AiSettings
    status: Status
    pre_chat_form: list[PreChatField]
    business_hours: BusinessHours | None
    proactive_messages: list[ProactiveMessage]
    created_at: datetime
    updated_at: datetime


class WidgetConfig(msgspec.Struct):
    public_id: str
    name: str
    welcome_message: str
    languages: list[str]
    appearance: Appearance
    online: bool
    pre_chat_form: list[PreChatField]  # ask these before the chat starts (empty: no form)
    open_now: bool  # within the chatbot's business hours
    away_message: str  # show it while not open_now
    proactive_messages: list[ProactiveMessage]
    transcript_by_email: bool  # false: the server cannot send e-mail, do not offer the transcript
