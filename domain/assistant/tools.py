"""The tools registry: what the model (or the offline responder) may call. Owners switch tools off
per chatbot; payment and booking tools register here later."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol
from uuid import UUID

from domain.assistant.model import ToolSpec

_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{6,24}$")


class ToolArgumentError(ValueError):
    """The model sent arguments the tool refuses; the message goes back to the model."""


@dataclass
class ToolContext:
    tenant_id: UUID
    chatbot_id: UUID
    session_id: UUID
    language: str
    question: str
    effects: dict[str, Any] = field(default_factory=dict)  # what tools did (handoff, lead id, passages)
    time_zone: str | None = None  # the visitor's IANA zone as their browser reported it (unchecked)


@dataclass(frozen=True)
class ToolResult:
    content: str
    is_error: bool = False


class Tool(Protocol):
    spec: ToolSpec

    async def run(self, ctx: ToolContext, args: dict[str, Any]) -> ToolResult: ...


@dataclass
class FunctionTool:
    spec: ToolSpec
    fn: Callable[[ToolContext, dict[str, Any]], Awaitable[ToolResult]]

    async def run(self, ctx: ToolContext, args: dict[str, Any]) -> ToolResult:
        return await self.fn(ctx, args)


class ToolRegistry:
    def __init__(self) -> None:
        self._tools: dict[str, Tool] = {}

    def register(self, tool: Tool) -> None:
        self._tools[tool.spec.name] = tool

    def names(self) -> list[str]:
        return sorted(self._tools)

    def enabled(self, disabled: list[str]) -> list[Tool]:
        return [t for name, t in sorted(self._tools.items()) if name not in disabled]

    def get(self, name: str) -> Tool | None:
        return self._tools.get(name)


HANDOFF = ToolSpec(
    name="handoff_to_human",
    description="Hand the conversation to a human support agent. Use when the visitor asks for a person, is upset, "
    "or the question needs a human decision.",
    input_schema={
        "type": "object",
        "properties": {"reason": {"type": "string", "description": "Why a human is needed, in one sentence."}},
        "required": ["reason"],
    },
)
CAPTURE_LEAD = ToolSpec(
    name="capture_lead",
    description="Save the visitor's contact details when they give them and want to be contacted. "
    "At least an email or a phone number is required.",
    input_schema={
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "email": {"type": "string", "description": "A valid email address"},
            "phone": {"type": "string", "description": "A phone number, digits with optional +, spaces, dashes"},
            "note": {"type": "string", "description": "What the visitor is interested in"},
        },
    },
)
SEARCH_KNOWLEDGE = ToolSpec(
    name="search_knowledge",
    description="Search the company's knowledge base for passages relevant to a query. Returns numbered passages.",
    input_schema={
        "type": "object",
        "properties": {"query": {"type": "string"}},
        "required": ["query"],
    },
)


def validate_lead(args: dict[str, Any]) -> tuple[str | None, str | None, str | None, str | None]:
    """(name, email, phone, note) cleaned, or ToolArgumentError saying what is wrong."""

    def text(key: str, limit: int) -> str | None:
        value = args.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise ToolArgumentError(f"{key} must be a string")
        value = value.strip()
        if len(value) > limit:
            raise ToolArgumentError(f"{key} must be at most {limit} characters")
        return value or None

    name, email, phone, note = text("name", 120), text("email", 254), text("phone", 32), text("note", 1000)
    if email is not None and not _EMAIL.match(email):
        raise ToolArgumentError(f"{email!r} is not a valid email address")
    if phone is not None and (not _PHONE.match(phone) or sum(c.isdigit() for c in phone) < 6):
        raise ToolArgumentError(f"{phone!r} is not a valid phone number")
    if email is None and phone is None:
        raise ToolArgumentError("an email or a phone number is required")
    return name, email, phone, note
