"""What the assistant needs from the outside world."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol
from uuid import UUID

from domain.assistant.model import (
    AssistantConfig,
    CustomIntent,
    IntentResult,
    ModelEvent,
    ModelRequest,
    Sentiment,
)
from domain.knowledge.model import Passage


class LanguageModel(Protocol):
    """Streams one model turn: text deltas, tool calls, then exactly one Finished. Raises ModelError
    subclasses (timeout, rate limited, unavailable, auth failed, rejected)."""

    provider: str

    def stream(self, request: ModelRequest) -> AsyncIterator[ModelEvent]: ...


class LanguageModels(Protocol):
    def for_chatbot(self, provider: str, model: str, base_url: str | None, api_key: str | None) -> LanguageModel:
        """The chatbot's model; the offline responder when no key is configured."""

    def offline(self) -> LanguageModel: ...


class LanguageDetector(Protocol):
    def detect(self, text: str, candidates: Sequence[str], prior: str | None = None) -> tuple[str | None, float]:
        """(ISO 639-1 code or None, confidence). Candidates are the chatbot's languages; a text clearly in
        another language may still be reported (so the assistant can say which languages it speaks). `prior`
        is the language the session already suggests (the browser's, earlier messages'): it decides short,
        ambiguous texts."""


class SentimentAnalyzer(Protocol):
    def analyze(self, text: str, language: str) -> Sentiment: ...


class IntentClassifier(Protocol):
    async def prepare(self, custom: Sequence[CustomIntent]) -> None:
        """Train the model for these custom intents unless it is ready (seconds for hundreds: off the event loop)."""

    def classify(self, text: str, language: str, custom: Sequence[CustomIntent] = (), threshold: float = 0.35) -> IntentResult: ...


class Retriever(Protocol):
    async def retrieve(
        self, tenant_id: UUID, chatbot_id: UUID, query: str, k: int, language: str | None = None
    ) -> list[Passage]: ...


class QueryEmbedder(Protocol):
    def embed(self, text: str) -> list[float]: ...


class ReplySink(Protocol):
    """Streams a reply to everyone following the session, before it is stored."""

    async def started(self, tenant_id: UUID, session_id: UUID, reply_id: UUID) -> None: ...
    async def delta(self, tenant_id: UUID, session_id: UUID, reply_id: UUID, index: int, text: str) -> None: ...
    async def finished(self, tenant_id: UUID, session_id: UUID, reply_id: UUID, ok: bool) -> None: ...


@dataclass
class ChatbotView:
    id: UUID
    name: str
    persona: str
    instructions: str
    company: str
    languages: list[str]
    provider: str
    model: str
    base_url: str | None
    api_key: str | None
    temperature: float
    max_tokens: int
    status: str


@dataclass
class HistoryItem:
    seq: int
    id: UUID | None = None
    sender: str = "customer"  # customer | ai | human | system
    content: str = ""
    kind: str = "message"
    data: dict[str, Any] = field(default_factory=dict)
    files: int = 0  # attachments


@dataclass
class SessionView:
    id: UUID
    chatbot_id: UUID
    visitor_id: UUID
    status: str
    language: str | None
    context: dict[str, Any]
    time_zone: str | None = None  # the visitor's, as the widget reported it (visitor metadata time_zone)


class Conversations(Protocol):
    """The conversations use cases the assistant calls (implemented over its service): each is its own
    transaction, as the conversation context publishes what it stores."""

    async def post_reply(self, tenant_id: UUID, session_id: UUID, content: str, data: dict[str, Any], client_id: str) -> int: ...
    async def queue_for_human(self, tenant_id: UUID, session_id: UUID) -> bool: ...


@dataclass
class TurnClaim:
    attempt: int
    claimed: bool


@dataclass
class Lead:
    session_id: UUID | None
    chatbot_id: UUID
    name: str | None
    email: str | None
    phone: str | None
    note: str | None = None


class ReplyReads(Protocol):
    """What a reply reads before the model call, in one transaction of the tenant."""

    async def conversation(self, session_id: UUID, history: int) -> tuple[SessionView, ChatbotView, list[HistoryItem]]:
        """The session, its chatbot and the last `history` messages (through their contexts' services)."""
    async def past_sessions(self, visitor_id: UUID, exclude: UUID, limit: int) -> list[HistoryItem]: ...
    async def config(self, chatbot_id: UUID) -> AssistantConfig: ...
    async def knowledge_version(self, chatbot_id: UUID) -> str: ...
    async def faq_lookup(self, chatbot_id: UUID, language: str, version: str, vector: list[float],
                         threshold: float) -> dict[str, Any] | None: ...
    async def credits_left(self) -> int: ...


class ReplyWrites(Protocol):
    """What a reply writes after its message is posted, in one transaction of the tenant."""

    async def set_context(self, session_id: UUID, context: dict[str, Any]) -> None: ...
    async def finish_turn(self, message_id: UUID, status: str, analysis: dict[str, Any], reply_seq: int | None,
                          error: str | None) -> None: ...
    async def charge(self, chatbot_id: UUID, message_id: UUID | None, provider: str, model: str, input_tokens: int,
                     output_tokens: int, credits: int) -> None: ...
    async def record_gap(self, chatbot_id: UUID, session_id: UUID | None, question: str, language: str, reason: str) -> None: ...
    async def faq_store(self, chatbot_id: UUID, language: str, version: str, question: str, vector: list[float],
                        answer: str, citations: list[dict[str, Any]]) -> None: ...


class AssistantStore(Protocol):
    def reading(self, tenant_id: UUID) -> AbstractAsyncContextManager[ReplyReads]: ...
    def writing(self, tenant_id: UUID) -> AbstractAsyncContextManager[ReplyWrites]: ...
    async def chatbot_languages(self, tenant_id: UUID, chatbot_id: UUID) -> list[str] | None:
        """The chatbot's languages, or None when it does not exist in the tenant."""
    async def chatbot(self, tenant_id: UUID, chatbot_id: UUID) -> ChatbotView | None:
        """The chatbot as the assistant sees it (with its provider key), or None."""
    async def get_config(self, tenant_id: UUID, chatbot_id: UUID) -> AssistantConfig: ...
    async def put_config(self, tenant_id: UUID, chatbot_id: UUID, config: AssistantConfig) -> None: ...
    async def claim_turn(self, tenant_id: UUID, message_id: UUID, session_id: UUID, chatbot_id: UUID | None,
                         lease_seconds: float, max_attempts: int, worker: bool) -> TurnClaim: ...
    async def finish_turn(self, tenant_id: UUID, message_id: UUID, status: str, analysis: dict[str, Any],
                          reply_seq: int | None, error: str | None) -> None: ...
    async def turn(self, tenant_id: UUID, message_id: UUID) -> dict[str, Any] | None: ...
    async def unanswered_messages(self, after: UUID, before: UUID, max_attempts: int, limit: int) -> list[UnansweredMessage]:
        """Across workspaces: visitor messages with ids in (after, before) that are due a reply from a worker."""
    async def list_gaps(self, tenant_id: UUID, chatbot_id: UUID, limit: int, before: UUID | None = None) -> list[dict[str, Any]]: ...
    async def add_lead(self, tenant_id: UUID, lead: Lead) -> UUID: ...
    async def list_leads(self, tenant_id: UUID, chatbot_id: UUID, limit: int, before: UUID | None = None) -> list[dict[str, Any]]: ...
    async def credits_used(self, tenant_id: UUID, since: datetime) -> int: ...
    async def charge(self, tenant_id: UUID, chatbot_id: UUID, message_id: UUID | None, provider: str, model: str,
                     input_tokens: int, output_tokens: int, credits: int) -> None: ...


@dataclass(frozen=True)
class UnansweredMessage:
    """A visitor message whose reply never came: nobody claimed it, or its claimant died (`attempts` made)."""

    tenant_id: UUID
    session_id: UUID
    message_id: UUID
    attempts: int


class ReplyScheduler(Protocol):
    async def schedule_reply(self, message: UnansweredMessage) -> None:
        """Have a worker reply to the message (once per attempt, however often it is scheduled)."""
