"""A local model server speaking the real wire protocols: Anthropic's Messages API (`POST /v1/messages`,
SSE events message_start … message_stop, tool_use blocks with input_json_delta) and OpenAI chat
completions (`POST /v1/chat/completions`, `chat.completion.chunk` SSE with tool_calls deltas, [DONE]).
Tests script what it answers, turn by turn, and read what it was sent."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Script:
    """One answer: text (sent in pieces), tool calls, or an HTTP error."""

    text: str = ""
    tools: list[tuple[str, str]] = field(default_factory=list)  # (name, raw JSON arguments)
    status: int = 200
    error_body: dict | None = None
    delay: float = 0.0  # before the first byte
    first_token_delay: float = 0.0  # after the headers, before the first text delta
    retry_after: str | None = None
    chunk: int = 8
    input_tokens: int = 120
    output_tokens: int = 17
    cache_read: int = 0
    cache_write: int = 0


@dataclass
class ModelServer:
    base: str = ""
    scripts: list[Script] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    default: Script = field(default_factory=lambda: Script(text="Default answer."))
    first_token_at: list[float] = field(default_factory=list)  # wall clock when each first text delta was written

    def next_script(self) -> Script:
        return self.scripts.pop(0) if self.scripts else self.default


def _sse(handler: BaseHTTPRequestHandler, event: str | None, data: Any) -> None:
    payload = (f"event: {event}\n" if event else "") + "data: " + (data if isinstance(data, str) else json.dumps(data)) + "\n\n"
    handler.wfile.write(payload.encode())
    handler.wfile.flush()


def _anthropic(handler: BaseHTTPRequestHandler, body: dict, s: Script, state: ModelServer) -> None:
    model = body.get("model", "claude-test")
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.send_header("Cache-Control", "no-cache")
    handler.end_headers()
    _sse(handler, "message_start", {"type": "message_start", "message": {
        "id": "msg_test", "type": "message", "role": "assistant", "content": [], "model": model, "stop_reason": None,
        "stop_sequence": None, "usage": {"input_tokens": s.input_tokens, "output_tokens": 1,
                                          "cache_creation_input_tokens": s.cache_write, "cache_read_input_tokens": s.cache_read}}})
    _sse(handler, "ping", {"type": "ping"})
    index = 0
    if s.text:
        _sse(handler, "content_block_start", {"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}})
        if s.first_token_delay:
            time.sleep(s.first_token_delay)
        state.first_token_at.append(time.time())
        for i in range(0, len(s.text), s.chunk):
            _sse(handler, "content_block_delta", {"type": "content_block_delta", "index": index,
                                                  "delta": {"type": "text_delta", "text": s.text[i : i + s.chunk]}})
        _sse(handler, "content_block_stop", {"type": "content_block_stop", "index": index})
        index += 1
    for n, (name, raw) in enumerate(s.tools):
        _sse(handler, "content_block_start", {"type": "content_block_start", "index": index, "content_block": {
            "type": "tool_use", "id": f"toolu_{n}", "name": name, "input": {}}})
        for i in range(0, len(raw), 7):
            _sse(handler, "content_block_delta", {"type": "content_block_delta", "index": index,
                                                  "delta": {"type": "input_json_delta", "partial_json": raw[i : i + 7]}})
        _sse(handler, "content_block_stop", {"type": "content_block_stop", "index": index})
        index += 1
    _sse(handler, "message_delta", {"type": "message_delta", "delta": {"stop_reason": "tool_use" if s.tools else "end_turn",
                                                                       "stop_sequence": None}, "usage": {"output_tokens": s.output_tokens}})
    _sse(handler, "message_stop", {"type": "message_stop"})


def _openai(handler: BaseHTTPRequestHandler, body: dict, s: Script, state: ModelServer) -> None:
    model = body.get("model", "gpt-test")
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.end_headers()

    def chunk(delta: dict | None, finish: str | None = None, usage: dict | None = None) -> None:
        out: dict[str, Any] = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 1, "model": model,
                               "choices": [] if delta is None else [{"index": 0, "delta": delta, "finish_reason": finish}]}
        if usage is not None:
            out["usage"] = usage
        _sse(handler, None, out)

    chunk({"role": "assistant", "content": ""})
    if s.first_token_delay:
        time.sleep(s.first_token_delay)
    state.first_token_at.append(time.time())
    for i in range(0, len(s.text), s.chunk):
        chunk({"content": s.text[i : i + s.chunk]})
    for n, (name, raw) in enumerate(s.tools):
        chunk({"tool_calls": [{"index": n, "id": f"call_{n}", "type": "function", "function": {"name": name, "arguments": ""}}]})
        for i in range(0, len(raw), 7):
            chunk({"tool_calls": [{"index": n, "function": {"arguments": raw[i : i + 7]}}]})
    chunk({}, "tool_calls" if s.tools else "stop")
    chunk(None, usage={"prompt_tokens": s.input_tokens, "completion_tokens": s.output_tokens, "total_tokens": s.input_tokens + s.output_tokens,
                       "prompt_tokens_details": {"cached_tokens": s.cache_read}})
    _sse(handler, None, "[DONE]")


def start_model_server() -> tuple[ModelServer, ThreadingHTTPServer]:
    state = ModelServer()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length", 0))
            body = json.loads(self.rfile.read(length) or b"{}")
            state.requests.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
            s = state.next_script()
            if s.delay:
                time.sleep(s.delay)
            if s.status != 200:
                payload = json.dumps(s.error_body or {"type": "error", "error": {"type": "api_error", "message": "boom"}}).encode()
                self.send_response(s.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                if s.retry_after:
                    self.send_header("Retry-After", s.retry_after)
                self.end_headers()
                self.wfile.write(payload)
                return
            self.close_connection = True
            try:
                if self.path.endswith("/v1/messages"):
                    _anthropic(self, body, s, state)
                else:
                    _openai(self, body, s, state)
            except (BrokenPipeError, ConnectionResetError):
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return state, server
