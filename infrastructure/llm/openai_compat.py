"""OpenAI-compatible chat completions (OpenAI, Azure, vLLM, Ollama, llama.cpp server) over httpx:
streamed `chat.completion.chunk` SSE with `tool_calls` deltas, terminated by `data: [DONE]`."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx

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
from infrastructure.security.outbound import OutboundRefused

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4o-mini"


def to_messages(system: str, turns: list[Turn]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [{"role": "system", "content": system}]
    for t in turns:
        if t.tool_results:
            for call_id, result, is_error in t.tool_results:
                out.append({"role": "tool", "tool_call_id": call_id, "content": ("ERROR: " if is_error else "") + result})
            if t.text:
                out.append({"role": "user", "content": t.text})
            continue
        message: dict[str, Any] = {"role": t.role, "content": t.text or None}
        if t.tool_calls:
            message["tool_calls"] = [
                {"id": c.id, "type": "function",
                 "function": {"name": c.name, "arguments": c.raw_arguments or json.dumps(c.arguments or {})}}
                for c in t.tool_calls
            ]
        out.append(message)
    return out


def _status_error(status: int, body: str) -> ModelError:
    if status == 429:
        return ModelRateLimited("the language model provider is rate limiting this key")
    if status in (401, 403):
        return ModelAuthFailed("the language model provider refused the API key")
    if status >= 500:
        return ModelUnavailable(f"the language model provider failed (HTTP {status})")
    return ModelRejected(f"the language model provider refused the request (HTTP {status}): {body[:200]}")


class OpenAICompatModel:
    provider = "openai"

    def __init__(self, api_key: str | None, model: str = "", base_url: str | None = None, *, timeout: float = 20.0,
                 max_retries: int = 2, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.model = model or DEFAULT_MODEL
        self.url = (base_url or DEFAULT_BASE_URL).rstrip("/") + "/chat/completions"
        self.headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.max_retries = max_retries
        self.client = httpx.AsyncClient(timeout=httpx.Timeout(timeout, connect=5.0), transport=transport)

    def payload(self, request: ModelRequest) -> dict[str, Any]:
        system = request.system_stable + ("\n\n" + request.system_dynamic if request.system_dynamic else "")
        body: dict[str, Any] = {
            "model": request.model or self.model,
            "messages": to_messages(system, request.turns),
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        if request.tools:
            body["tools"] = [
                {"type": "function", "function": {"name": t.name, "description": t.description, "parameters": t.input_schema}}
                for t in request.tools
            ]
        return body

    async def stream(self, request: ModelRequest) -> AsyncIterator[ModelEvent]:
        body = self.payload(request)
        usage, model, stop = Usage(), body["model"], "end_turn"
        calls: dict[int, dict[str, str]] = {}
        for attempt in range(self.max_retries + 1):
            emitted = False
            try:
                async with self.client.stream("POST", self.url, json=body, headers=self.headers) as response:
                    if response.status_code != 200:
                        text = (await response.aread()).decode("utf-8", "replace")
                        error = _status_error(response.status_code, text)
                        if error.retryable and attempt < self.max_retries:
                            await asyncio.sleep(_retry_after(response.headers.get("retry-after"), attempt))
                            continue
                        raise error
                    async for line in response.aiter_lines():
                        if not line.startswith("data:"):
                            continue
                        data = line[5:].strip()
                        if data == "[DONE]":
                            break
                        try:
                            chunk = json.loads(data)
                        except ValueError:
                            continue
                        if chunk.get("error"):
                            raise ModelUnavailable(f"the language model provider failed: {str(chunk['error'])[:200]}")
                        model = chunk.get("model") or model
                        if chunk.get("usage"):
                            u = chunk["usage"]
                            usage.input_tokens = u.get("prompt_tokens") or 0
                            usage.output_tokens = u.get("completion_tokens") or 0
                            details = u.get("prompt_tokens_details") or {}
                            usage.cache_read_tokens = details.get("cached_tokens") or 0
                        for choice in chunk.get("choices") or []:
                            delta = choice.get("delta") or {}
                            if delta.get("content"):
                                emitted = True
                                yield TextDelta(delta["content"])
                            for tc in delta.get("tool_calls") or []:
                                slot = calls.setdefault(tc.get("index", 0), {"id": "", "name": "", "arguments": ""})
                                slot["id"] = tc.get("id") or slot["id"]
                                fn = tc.get("function") or {}
                                slot["name"] = fn.get("name") or slot["name"]
                                slot["arguments"] += fn.get("arguments") or ""
                            if choice.get("finish_reason"):
                                stop = {"tool_calls": "tool_use", "stop": "end_turn", "length": "max_tokens"}.get(
                                    choice["finish_reason"], choice["finish_reason"])
                break
            except httpx.TimeoutException as exc:
                if attempt < self.max_retries and not emitted:
                    continue
                raise ModelTimeout("the language model did not answer in time") from exc
            except httpx.TransportError as exc:
                if attempt < self.max_retries and not emitted:
                    await asyncio.sleep(0.2 * (attempt + 1))
                    continue
                raise ModelUnavailable("the language model provider could not be reached") from exc
            except OutboundRefused as exc:  # the base URL resolves to an internal address now: never retried
                raise ModelRejected(f"the language model base URL is refused: {exc.reason}") from exc
        for index in sorted(calls):
            slot = calls[index]
            yield ToolUseEvent(_call(slot["id"] or f"call_{index}", slot["name"], slot["arguments"]))
        yield Finished(stop, usage, model)


def _retry_after(header: str | None, attempt: int) -> float:
    try:
        return min(2.0, max(0.0, float(header))) if header else 0.2 * (attempt + 1)
    except ValueError:
        return 0.2 * (attempt + 1)


def _call(call_id: str, name: str, raw: str) -> ToolCall:
    if not raw.strip():
        return ToolCall(call_id, name, {}, raw)
    try:
        value = json.loads(raw)
    except ValueError:
        return ToolCall(call_id, name, None, raw)
    return ToolCall(call_id, name, value if isinstance(value, dict) else None, raw)
