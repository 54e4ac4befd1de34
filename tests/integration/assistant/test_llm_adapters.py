"""The Anthropic (SDK) and OpenAI-compatible (httpx) adapters against a local server that speaks their
wire protocols: streamed text, tool-use turns, usage, prompt caching, and errors mapped to domain errors."""

from __future__ import annotations

import pytest

from domain.assistant.model import (
    Finished,
    ModelAuthFailed,
    ModelRateLimited,
    ModelRequest,
    ModelTimeout,
    ModelUnavailable,
    TextDelta,
    ToolCall,
    ToolUseEvent,
    Turn,
)
from domain.assistant.tools import CAPTURE_LEAD, HANDOFF
from infrastructure.llm.anthropic_model import AnthropicModel
from infrastructure.llm.openai_compat import OpenAICompatModel
from tests.integration.assistant.llm_server import Script, start_model_server


@pytest.fixture
def llm():
    state, server = start_model_server()
    yield state
    server.shutdown()
    server.server_close()


def request(**extra) -> ModelRequest:
    return ModelRequest(
        system_stable="You are Acme's assistant. Rules: ...", system_dynamic="<knowledge>...</knowledge>",
        turns=[Turn(role="user", text="<visitor_message>\nhello\n</visitor_message>")],
        tools=[HANDOFF, CAPTURE_LEAD], max_tokens=300, **extra,
    )


async def collect(model, req) -> list:
    return [e async for e in model.stream(req)]


async def test_anthropic_streams_text_with_usage_and_caches_the_stable_prefix(llm):
    llm.scripts = [Script(text="Refunds are available within 30 days.", cache_read=90, cache_write=0)]
    model = AnthropicModel("sk-ant-test", "claude-test", llm.base, max_retries=0)
    events = await collect(model, request())
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert text == "Refunds are available within 30 days."
    assert len([e for e in events if isinstance(e, TextDelta)]) > 1  # streamed, not one blob
    done = events[-1]
    assert isinstance(done, Finished) and done.stop_reason == "end_turn" and done.model == "claude-test"
    assert (done.usage.input_tokens, done.usage.output_tokens, done.usage.cache_read_tokens) == (120, 17, 90)
    sent = llm.requests[0]
    assert sent["path"] == "/v1/messages" and "anthropic-version" in sent["headers"]
    assert "sk-ant-test" in (sent["headers"].get("x-api-key", "") + sent["headers"].get("authorization", ""))
    body = sent["body"]
    assert body["stream"] is True
    assert body["system"][0]["cache_control"] == {"type": "ephemeral"} and "cache_control" not in body["system"][1]
    assert [t["name"] for t in body["tools"]] == ["handoff_to_human", "capture_lead"]


async def test_anthropic_tool_use_turn_and_tool_results_round_trip(llm):
    llm.scripts = [
        Script(text="Let me save that.", tools=[("capture_lead", '{"email": "ada@example.org", "name": "Ada"}')]),
        Script(tools=[("handoff_to_human", '{"reason": ')]),  # malformed JSON from the model
    ]
    model = AnthropicModel("k", "claude-test", llm.base, max_retries=0)
    events = await collect(model, request())
    calls = [e.call for e in events if isinstance(e, ToolUseEvent)]
    assert calls[0].name == "capture_lead" and calls[0].arguments == {"email": "ada@example.org", "name": "Ada"}
    assert events[-1].stop_reason == "tool_use"

    follow = request()
    follow.turns += [Turn(role="assistant", text="Let me save that.", tool_calls=calls),
                     Turn(role="user", tool_results=[(calls[0].id, "Saved.", False)])]
    events = await collect(model, follow)
    bad = [e.call for e in events if isinstance(e, ToolUseEvent)][0]
    assert bad.arguments is None and bad.raw_arguments == '{"reason": '
    sent = llm.requests[1]["body"]["messages"]
    assert sent[1]["content"][1] == {"type": "tool_use", "id": calls[0].id, "name": "capture_lead", "input": calls[0].arguments}
    assert sent[2]["content"][0] == {"type": "tool_result", "tool_use_id": calls[0].id, "content": "Saved.", "is_error": False}


@pytest.mark.parametrize(
    ("script", "error"),
    [
        (Script(status=429, retry_after="0", error_body={"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}}), ModelRateLimited),
        (Script(status=529, error_body={"type": "error", "error": {"type": "overloaded_error", "message": "overloaded"}}), ModelUnavailable),
        (Script(status=500), ModelUnavailable),
        (Script(status=401, error_body={"type": "error", "error": {"type": "authentication_error", "message": "bad key"}}), ModelAuthFailed),
        (Script(delay=1.5), ModelTimeout),
    ],
)
async def test_anthropic_errors_become_domain_errors(llm, script, error):
    llm.scripts = [script]
    model = AnthropicModel("k", "claude-test", llm.base, max_retries=0, timeout=0.5)
    with pytest.raises(error):
        await collect(model, request())


async def test_anthropic_retries_a_429_then_succeeds(llm):
    llm.scripts = [Script(status=429, retry_after="0"), Script(text="ok now")]
    model = AnthropicModel("k", "claude-test", llm.base, max_retries=2)
    events = await collect(model, request())
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == "ok now"
    assert len(llm.requests) == 2


async def test_openai_compatible_streams_text_tool_calls_and_usage(llm):
    llm.scripts = [Script(text="Sure, saving your details.", tools=[
        ("capture_lead", '{"email": "bo@example.org"}'), ("handoff_to_human", '{"reason": "wants a call"}')])]
    model = OpenAICompatModel("sk-test", "gpt-test", llm.base + "/v1")
    events = await collect(model, request())
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == "Sure, saving your details."
    calls = [e.call for e in events if isinstance(e, ToolUseEvent)]
    assert [(c.name, c.arguments) for c in calls] == [("capture_lead", {"email": "bo@example.org"}),
                                                      ("handoff_to_human", {"reason": "wants a call"})]
    done = events[-1]
    assert done.stop_reason == "tool_use" and done.usage.input_tokens == 120 and done.usage.output_tokens == 17
    sent = llm.requests[0]
    assert sent["path"] == "/v1/chat/completions" and sent["headers"]["authorization"] == "Bearer sk-test"
    body = sent["body"]
    assert body["stream"] is True and body["messages"][0]["role"] == "system"
    assert body["tools"][0]["function"]["name"] == "handoff_to_human"

    follow = request()
    follow.turns += [Turn(role="assistant", tool_calls=[ToolCall("call_0", "capture_lead", {"email": "bo@example.org"}, '{"email": "bo@example.org"}')]),
                     Turn(role="user", tool_results=[("call_0", "Saved.", False)])]
    await collect(model, follow)
    messages = llm.requests[1]["body"]["messages"]
    assert messages[-2]["tool_calls"][0]["function"] == {"name": "capture_lead", "arguments": '{"email": "bo@example.org"}'}
    assert messages[-1] == {"role": "tool", "tool_call_id": "call_0", "content": "Saved."}


async def test_openai_compatible_errors_and_retries(llm):
    llm.scripts = [Script(status=503), Script(text="recovered")]
    model = OpenAICompatModel(None, "m", llm.base + "/v1", max_retries=1)
    events = await collect(model, request())
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == "recovered"

    llm.scripts = [Script(status=429, retry_after="0")] * 3
    with pytest.raises(ModelRateLimited):
        await collect(OpenAICompatModel(None, "m", llm.base + "/v1", max_retries=1), request())
    llm.scripts = [Script(delay=1.0)]
    with pytest.raises(ModelTimeout):
        await collect(OpenAICompatModel(None, "m", llm.base + "/v1", max_retries=0, timeout=0.3), request())
