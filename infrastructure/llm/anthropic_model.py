"""Claude through the `anthropic` SDK: streamed Messages API with tool use. The stable prefix
(tools + persona + rules) carries `cache_control`, so repeated turns read it from the prompt cache;
usage (including cache reads/writes) is reported. SDK errors become domain ModelErrors.
The chatbot's temperature is not sent: this SDK generation's Messages API no longer takes it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import anthropic
import httpx2

from domain.assistant.model import (
    Finished,
    ModelAuthFailed,
    ModelError,
    ModelEvent,
    ModelRateLimited,
    ModelRejected,
    ModelRequest,
    ModelTimeout,
    ModelUnavailable,
    TextDelta,
    ToolCall,
    ToolUseEvent,
    Turn,
    Usage,
)

DEFAULT_MODEL = "claude-sonnet-4-5"


def to_messages(turns: list[Turn]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for t in turns:
        content: list[dict[str, Any]] = []
        if t.text:
            content.append({"type": "text", "text": t.text})
        for c in t.tool_calls:
            content.append({"type": "tool_use", "id": c.id, "name": c.name, "input": c.arguments if c.arguments is not None else {}})
        for call_id, result, is_error in t.tool_results:
            content.append({"type": "tool_result", "tool_use_id": call_id, "content": result, "is_error": is_error})
        if content:
            out.append({"role": t.role, "content": content})
    return out


def map_error(exc: Exception) -> ModelError:
    if isinstance(exc, anthropic.APITimeoutError):
        return ModelTimeout("the language model did not answer in time")
    if isinstance(exc, anthropic.RateLimitError):
        return ModelRateLimited("the language model provider is rate limiting this key")
    if isinstance(exc, (anthropic.AuthenticationError, anthropic.PermissionDeniedError)):
        return ModelAuthFailed("the language model provider refused the API key")
    if isinstance(exc, (anthropic.BadRequestError, anthropic.NotFoundError, anthropic.UnprocessableEntityError)):
        return ModelRejected(f"the language model provider refused the request: {getattr(exc, 'message', exc)}"[:300])
    if isinstance(exc, anthropic.APIConnectionError):
        return ModelUnavailable("the language model provider could not be reached")
    return ModelUnavailable(f"the language model provider failed: {type(exc).__name__}")


class AnthropicModel:
    provider = "anthropic"

    def __init__(self, api_key: str, model: str = "", base_url: str | None = None, *, timeout: float = 20.0,
                 max_retries: int = 2, transport: httpx2.AsyncBaseTransport | None = None) -> None:
        self.model = model or DEFAULT_MODEL
        # The SDK speaks httpx2 (its fork of httpx): the vetted transport is built for it.
        self.client = anthropic.AsyncAnthropic(
            api_key=api_key, base_url=base_url or None, timeout=timeout, max_retries=max_retries,
            http_client=anthropic.DefaultAsyncHttpxClient(transport=transport) if transport is not None else None,
        )

    def payload(self, request: ModelRequest) -> dict[str, Any]:
        system: list[dict[str, Any]] = [{"type": "text", "text": request.system_stable, "cache_control": {"type": "ephemeral"}}]
        if request.system_dynamic:
            system.append({"type": "text", "text": request.system_dynamic})
        body: dict[str, Any] = {
            "model": request.model or self.model,
            "max_tokens": request.max_tokens,
            "system": system,
            "messages": to_messages(request.turns),
        }
        if request.tools:
            body["tools"] = [{"name": t.name, "description": t.description, "input_schema": t.input_schema} for t in request.tools]
        return body

    async def stream(self, request: ModelRequest) -> AsyncIterator[ModelEvent]:
        usage = Usage()
        model = request.model or self.model
        stop = "end_turn"
        tools: dict[int, dict[str, Any]] = {}
        try:
            stream = await self.client.messages.create(stream=True, **self.payload(request))
            async for event in stream:
                kind = event.type
                if kind == "message_start":
                    u = event.message.usage
                    model = event.message.model or model
                    usage.input_tokens = u.input_tokens or 0
                    usage.cache_read_tokens = getattr(u, "cache_read_input_tokens", None) or 0
                    usage.cache_write_tokens = getattr(u, "cache_creation_input_tokens", None) or 0
                    usage.output_tokens = u.output_tokens or 0
                elif kind == "content_block_start":
                    block = event.content_block
                    if block.type == "tool_use":
                        tools[event.index] = {"id": block.id, "name": block.name, "json": ""}
                elif kind == "content_block_delta":
                    delta = event.delta
                    if delta.type == "text_delta":
                        yield TextDelta(delta.text)
                    elif delta.type == "input_json_delta" and event.index in tools:
                        tools[event.index]["json"] += delta.partial_json
                elif kind == "content_block_stop":
                    tool = tools.pop(event.index, None)
                    if tool is not None:
                        yield ToolUseEvent(_tool_call(tool["id"], tool["name"], tool["json"]))
                elif kind == "message_delta":
                    stop = event.delta.stop_reason or stop
                    if event.usage is not None and event.usage.output_tokens is not None:
                        usage.output_tokens = event.usage.output_tokens
        except anthropic.APIError as exc:
            raise map_error(exc) from exc
        yield Finished(stop, usage, model)


def _tool_call(call_id: str, name: str, raw: str) -> ToolCall:
    if not raw.strip():
        return ToolCall(call_id, name, {}, raw)
    try:
        value = json.loads(raw)
    except ValueError:
        return ToolCall(call_id, name, None, raw)
    return ToolCall(call_id, name, value if isinstance(value, dict) else None, raw)
