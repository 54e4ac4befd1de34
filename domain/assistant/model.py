"""Values the reply pipeline passes around: model requests and stream events, analysis results,
per-chatbot assistant configuration, citations, and the errors a model adapter may raise."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal
from uuid import UUID

from domain.errors import DomainError, InvalidInput

BUILTIN_INTENTS = (
    "greeting", "question", "pricing", "purchase", "book_meeting", "talk_to_human", "complaint", "goodbye",
    "out_of_scope",
)
DECLINE_POLICIES = ("decline", "general")  # outside the knowledge: say so, or let the model answer generally
MAX_CUSTOM_INTENTS = 200  # banking assistants use 77 and more (BANKING77)
MAX_EXAMPLES = 50


# --- model wire (provider-neutral) ------------------------------------------------------------------


@dataclass(frozen=True)
class ToolSpec:
    name: str
    description: str
    input_schema: dict[str, Any]


@dataclass
class ToolCall:
    id: str
    name: str
    arguments: dict[str, Any] | None  # None: the model sent arguments that are not a JSON object
    raw_arguments: str = ""


@dataclass
class Turn:
    """One message of the model conversation. `tool_calls` on an assistant turn; `tool_results`
    (tool_call_id, content, is_error) on a user turn that answers them."""

    role: Literal["user", "assistant"]
    text: str = ""
    tool_calls: list[ToolCall] = field(default_factory=list)
    tool_results: list[tuple[str, str, bool]] = field(default_factory=list)


@dataclass
class Grounding:
    """What the offline responder answers from (remote models read the same facts in the prompt)."""

    question: str
    language: str
    intent: str
    passages: list[Passage] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)
    lead_offered: bool = False  # this message gives an email or phone number and means it to be saved
    slot: str | None = None  # a meeting slot the visitor chose from the offered ones, not booked yet


@dataclass
class ModelRequest:
    system_stable: str  # persona + instructions + rules: identical across turns → prompt-cached
    system_dynamic: str  # knowledge passages, memory: changes per turn
    turns: list[Turn]
    tools: list[ToolSpec]
    max_tokens: int = 1024
    temperature: float = 0.3
    model: str = ""
    grounding: Grounding | None = None


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class ToolUseEvent:
    call: ToolCall


@dataclass
class Usage:
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0

    def add(self, other: Usage) -> None:
        self.input_tokens += other.input_tokens
        self.output_tokens += other.output_tokens
        self.cache_read_tokens += other.cache_read_tokens
        self.cache_write_tokens += other.cache_write_tokens

    @property
    def total(self) -> int:
        return self.input_tokens + self.output_tokens


@dataclass(frozen=True)
class Finished:
    stop_reason: str  # end_turn | tool_use | max_tokens | no_answer (the offline responder did not know)
    usage: Usage
    model: str
    citations: tuple[int, ...] = ()  # 1-based passage numbers the answer used, when the adapter knows them


ModelEvent = TextDelta | ToolUseEvent | Finished


class ModelError(DomainError):
    """A language model could not answer; `retryable` says whether trying again may help."""

    retryable = False


class ModelTimeout(ModelError):
    retryable = True


class ModelRateLimited(ModelError):
    retryable = True


class ModelUnavailable(ModelError):
    retryable = True


class ModelAuthFailed(ModelError):
    pass


class ModelRejected(ModelError):
    pass


# --- analysis ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sentiment:
    score: float  # -1 (very negative) … +1 (very positive)
    label: str  # negative | neutral | positive

    @staticmethod
    def of(score: float) -> Sentiment:
        score = max(-1.0, min(1.0, score))
        label = "positive" if score >= 0.05 else "negative" if score <= -0.05 else "neutral"
        return Sentiment(round(score, 4), label)


@dataclass(frozen=True)
class IntentResult:
    intent: str
    confidence: float
    custom: bool = False
    alternatives: tuple[tuple[str, float], ...] = ()
    source: str = "offline"  # offline | model


@dataclass
class CustomIntent:
    name: str
    examples: list[str]
    description: str = ""


# --- configuration -----------------------------------------------------------------------------------


@dataclass
class AssistantConfig:
    """Per chatbot. Defaults give a working assistant with every tool on."""

    disabled_tools: list[str] = field(default_factory=list)
    decline_policy: str = "decline"
    handoff_on_negative: bool = True  # a strongly negative complaint goes to a human
    negative_threshold: float = -0.6
    intent_threshold: float = 0.35  # below: out_of_scope / question by default
    faq_cache: bool = True
    faq_threshold: float = 0.92
    remember_past_sessions: bool = False
    custom_intents: list[CustomIntent] = field(default_factory=list)
    answer_while_queued: bool = False  # the AI keeps helping while the visitor waits for a person (never once one has it)

    def validate(self) -> None:
        if self.decline_policy not in DECLINE_POLICIES:
            raise InvalidInput(f"decline_policy must be one of {', '.join(DECLINE_POLICIES)}", field="decline_policy")
        if not 0.5 <= self.faq_threshold <= 1.0:
            raise InvalidInput("faq_threshold must be between 0.5 and 1", field="faq_threshold")
        if not 0.0 <= self.intent_threshold <= 1.0:
            raise InvalidInput("intent_threshold must be between 0 and 1", field="intent_threshold")
        if not -1.0 <= self.negative_threshold <= 0.0:
            raise InvalidInput("negative_threshold must be between -1 and 0", field="negative_threshold")
        if len(self.custom_intents) > MAX_CUSTOM_INTENTS:
            raise InvalidInput(f"at most {MAX_CUSTOM_INTENTS} custom intents", field="custom_intents")
        seen: set[str] = set()
        for i, ci in enumerate(self.custom_intents):
            name = ci.name.strip()
            if not name or len(name) > 64 or not all(c.isalnum() or c in "_-" for c in name):
                raise InvalidInput("intent names are 1-64 letters, digits, '_' or '-'", field=f"custom_intents[{i}].name")
            if name in BUILTIN_INTENTS or name in seen:
                raise InvalidInput(f"intent {name!r} already exists", field=f"custom_intents[{i}].name")
            seen.add(name)
            examples = [e.strip() for e in ci.examples if e.strip()]
            if not examples or len(examples) > MAX_EXAMPLES:
                raise InvalidInput(f"give 1 to {MAX_EXAMPLES} example phrases", field=f"custom_intents[{i}].examples")
            if any(len(e) > 300 for e in examples):
                raise InvalidInput("example phrases are at most 300 characters", field=f"custom_intents[{i}].examples")
            ci.name, ci.examples = name, examples


# --- results -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Citation:
    chunk_id: UUID
    document_id: UUID
    source_id: UUID
    title: str
    url: str | None
    quote: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "chunk_id": str(self.chunk_id), "document_id": str(self.document_id), "source_id": str(self.source_id),
            "title": self.title, "url": self.url, "quote": self.quote,
        }


def credits_for(provider: str, usage: Usage) -> int:
    """Credits a model call costs: local models are free; remote ones 1 credit per started 1k tokens."""
    if provider == "offline" or usage.total == 0:
        return 0
    return max(1, math.ceil(usage.total / 1000))


def estimate_tokens(text: str) -> int:
    """A provider-neutral estimate (≈4 characters per token; CJK ≈1 character per token)."""
    if not text:
        return 0
    wide = sum(1 for ch in text if ord(ch) >= 0x2E80)
    return max(1, (len(text) - wide) // 4 + wide)


from domain.knowledge.model import Passage  # noqa: E402  (re-exported for the ports)
