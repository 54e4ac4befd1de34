"""Wire structs of the assistant: intent classification, per-chatbot assistant settings, knowledge gaps, leads."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

import msgspec

IntentName = Annotated[str, msgspec.Meta(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
Example = Annotated[str, msgspec.Meta(min_length=1, max_length=300)]


class _In(msgspec.Struct, forbid_unknown_fields=True):
    """Request bodies refuse unknown fields, like every other endpoint's (a typo is not silently dropped)."""


class ClassifyRequest(_In):
    text: Annotated[str, msgspec.Meta(min_length=1, max_length=4000, examples=["I want to talk to a person"])]
    language: Annotated[str, msgspec.Meta(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")] | None = None
    # offline: the local classifier (no network); model: the chatbot's language model when it has one
    mode: Literal["offline", "model"] = "offline"


class IntentScore(msgspec.Struct):
    intent: str
    confidence: float


class SentimentOut(msgspec.Struct):
    score: float  # -1 … +1
    label: Literal["negative", "neutral", "positive"]


class Classification(msgspec.Struct):
    intent: str
    confidence: float
    custom: bool
    source: Literal["offline", "model"]
    alternatives: list[IntentScore]
    language: str
    detected_language: str | None
    language_confidence: float
    sentiment: SentimentOut


class CustomIntent(_In):
    name: IntentName
    examples: Annotated[list[Example], msgspec.Meta(min_length=1, max_length=50)]
    description: Annotated[str, msgspec.Meta(max_length=300)] = ""


class AssistantSettings(_In):
    """How the assistant behaves for one chatbot. Tools: handoff_to_human, capture_lead, search_knowledge."""

    disabled_tools: list[str] = msgspec.field(default_factory=list)
    decline_policy: Literal["decline", "general"] = "decline"
    handoff_on_negative: bool = True
    negative_threshold: Annotated[float, msgspec.Meta(ge=-1.0, le=0.0)] = -0.6
    intent_threshold: Annotated[float, msgspec.Meta(ge=0.0, le=1.0)] = 0.35
    faq_cache: bool = True
    faq_threshold: Annotated[float, msgspec.Meta(ge=0.5, le=1.0)] = 0.92
    remember_past_sessions: bool = False
    custom_intents: Annotated[list[CustomIntent], msgspec.Meta(max_length=200)] = msgspec.field(default_factory=list)
    answer_while_queued: bool = False  # keep answering while the visitor waits for a person (silent once one has the chat)
    available_tools: list[str] = msgspec.field(default_factory=list)  # read-only


class KnowledgeGap(msgspec.Struct):
    id: UUID
    question: str
    language: str
    reason: str
    session_id: UUID | None
    created_at: datetime


class Lead(msgspec.Struct):
    id: UUID
    session_id: UUID | None
    name: str | None
    email: str | None
    phone: str | None
    note: str | None
    created_at: datetime
