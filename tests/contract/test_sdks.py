"""The generated SDKs: fresh against the current spec, and usable against a running server."""

from __future__ import annotations

import asyncio
import filecmp
import importlib
import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import websockets

from tests.contract.conftest import ROOT, server_env, start_worker, stop_process

CLIENTS = ROOT / "clients"
GENERATOR = CLIENTS / "generator" / "generate.py"


def _tree(folder: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(folder)): p
        for p in folder.rglob("*")
        if p.is_file() and "node_modules" not in p.parts and "__pycache__" not in p.parts
    }


def test_clients_are_fresh_against_the_current_spec(tmp_path):
    subprocess.run([sys.executable, str(GENERATOR), "--output", str(tmp_path)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    for sdk in ("python", "typescript"):
        fresh, committed = _tree(tmp_path / sdk), _tree(CLIENTS / sdk)
        assert sorted(fresh) == sorted(committed), f"clients/{sdk} is stale (files differ): run `./just sdk`"
        stale = [name for name, path in fresh.items() if not filecmp.cmp(path, committed[name], shallow=False)]
        assert not stale, f"clients/{sdk} is stale ({', '.join(stale[:5])}): run `./just sdk`"


def _has_knowledge() -> bool:
    return (CLIENTS / "python" / "parley_client" / "api" / "knowledge").is_dir()


@pytest.fixture(scope="module")
def worker(settings, services, live_server):
    """The arq worker beside the API, as `./just up` runs it: knowledge sources are ingested there."""
    if not _has_knowledge():
        yield None
        return
    import redis

    # Jobs queued by earlier tests (e.g. schemathesis adding URL sources of hosts that do not exist)
    # were never meant to run; drop them so this worker starts on the SDK test's own jobs.
    with redis.Redis.from_url(services.redis_url) as r:
        r.delete("arq:queue")
    process = start_worker(server_env(settings, services))
    yield process
    assert stop_process(process), "the worker did not stop within 10 s of SIGTERM"


@pytest.fixture(scope="module")
def sdk():
    sys.path.insert(0, str(CLIENTS / "python"))
    try:
        yield importlib.import_module("parley_client")
    finally:
        sys.path.remove(str(CLIENTS / "python"))


async def test_python_sdk_against_a_running_server(sdk, live_server, worker):
    from parley_client import AuthenticatedClient, Client
    from parley_client.api.auth import sign_up
    from parley_client.api.chatbots import create_chatbot, get_chatbot, get_embed_code, list_chatbots
    from parley_client.models import ChatbotCreate, Problem, SignUp
    from parley_client.ws_frames import encode_client_frame, parse_server_frame

    email = f"py-sdk-{uuid.uuid4().hex[:8]}@example.com"
    signed = await sign_up.asyncio(
        client=Client(base_url=live_server),
        body=SignUp(company="SDK Co", name="Py", email=email, password="a long passphrase"),
    )
    assert not isinstance(signed, Problem), signed
    client = AuthenticatedClient(base_url=live_server, token=signed.tokens.access_token)

    bot = create_chatbot.sync(client=client, body=ChatbotCreate(name="Py bot", allowed_origins=["https://py.example"]))
    assert not isinstance(bot, Problem), bot
    assert bot.name == "Py bot" and bot.public_id
    assert [c.id for c in list_chatbots.sync(client=client).items] == [bot.id]
    embed = get_embed_code.sync(client=client, chatbot_id=bot.id)
    assert bot.public_id in embed.snippet

    # errors come back as typed problem+json
    missing = get_chatbot.sync_detailed(client=client, chatbot_id=uuid.uuid4())
    assert missing.status_code == 404 and isinstance(missing.parsed, Problem) and missing.parsed.status == 404
    invalid = create_chatbot.sync(client=client, body=ChatbotCreate(name=""))
    assert isinstance(invalid, Problem) and invalid.status == 400 and invalid.errors

    # the typed WebSocket frames round-trip with the server
    async with websockets.connect(live_server.replace("http", "ws") + f"/v1/ws/operator?token={signed.tokens.access_token}") as ws:
        ready = parse_server_frame(await ws.recv())
        assert ready["type"] == "ready" and ready["role"] == "operator"
        await ws.send(encode_client_frame({"type": "ping", "nonce": "n1"}))
        pong = parse_server_frame(await ws.recv())
        assert pong == {"type": "pong", "nonce": "n1"}

    if not _has_knowledge():
        pytest.skip("knowledge endpoints are not in the spec yet: chatbot part passed, knowledge part skipped")
    from parley_client.api.knowledge import create_source, get_source, search
    from parley_client.models import SearchRequest, TextSourceCreate

    text = "Parcels to Iceland travel by ferry and arrive within nine days."
    source = create_source.sync(client=client, chatbot_id=bot.id, body=TextSourceCreate(kind="text", name="Shipping", text=text))
    assert not isinstance(source, Problem), source
    deadline = time.monotonic() + 60
    while (current := get_source.sync(client=client, chatbot_id=bot.id, source_id=source.id)).status != "ready":
        assert current.status not in ("failed", "error"), current
        assert time.monotonic() < deadline, f"source still {current.status}"
        await asyncio.sleep(0.3)
    hits = search.sync(client=client, chatbot_id=bot.id, body=SearchRequest(query="how long to Iceland?"))
    assert not isinstance(hits, Problem), hits
    assert hits.results and "Iceland" in hits.results[0].text
    assert hits.results[0].citation.title == "Shipping"


def test_typescript_sdk_against_a_running_server(live_server, worker, tmp_path):
    """A TypeScript program (tests/contract/sdk/smoke.ts) type-checked with tsc and run with node."""
    from tests.e2e.conftest import WIDGET, npm_ci

    npm_ci(CLIENTS / "generator")  # typescript (pinned)
    npm_ci(WIDGET)  # esbuild (pinned)
    smoke = ROOT / "tests" / "contract" / "sdk" / "smoke.ts"
    tsc = CLIENTS / "generator" / "node_modules" / ".bin" / "tsc"
    checked = subprocess.run(
        [str(tsc), "--noEmit", "--strict", "--target", "ES2022", "--module", "ESNext", "--moduleResolution", "Bundler",
         "--lib", "ES2022,DOM,DOM.Iterable", "--skipLibCheck", str(smoke)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    bundle = tmp_path / "smoke.mjs"
    esbuild = WIDGET / "node_modules" / ".bin" / "esbuild"
    subprocess.run([str(esbuild), str(smoke), "--bundle", "--platform=node", "--format=esm", f"--outfile={bundle}", "--log-level=warning"], check=True)
    env = {**os.environ, "PARLEY_API": live_server, "PARLEY_KNOWLEDGE": "1" if _has_knowledge() else "0"}
    run = subprocess.run(["node", str(bundle)], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["chatbot"] == "TS bot" and report["problem_status"] == 404
    if _has_knowledge():
        assert "Iceland" in report["top_passage"]


def test_every_guarded_operation_declares_bearer_security():
    """The SDKs attach credentials only to operations whose spec says they need them."""
    from api.app import create_app, openapi_schema_json, operation_id
    from infrastructure.settings import Settings

    spec = json.loads(openapi_schema_json())
    secured = {o["operationId"]: "security" in o for ops in spec["paths"].values() for o in ops.values()}
    app = create_app(Settings(secret_key=b"\0" * 32, master_key=b"\0" * 32))
    missing = []
    for route in app.routes:
        for handler in getattr(route, "route_handlers", []):
            if not handler.include_in_schema or handler.opt.get("public") or not handler.resolve_guards():
                continue
            op = operation_id(handler, None, None)
            if op in secured and not secured[op]:
                missing.append(op)
    assert not missing, f"guarded operations without `security = BEARER` on their controller: {missing}"


async def test_python_sdk_conversations_errors_and_helpers(sdk, live_server):
    """Issue 18 items 11, 12 and 14, as an integrator meets them through the Python SDK."""
    import tomllib

    from parley_client import AuthenticatedClient, Client
    from parley_client.api.auth import sign_up
    from parley_client.api.chatbots import create_chatbot, get_chatbot, list_chatbots
    from parley_client.api.conversations import export_conversation_text
    from parley_client.api.widget import poll_widget_events, post_widget_message, start_widget_session
    from parley_client.api.workspace import me
    from parley_client.helpers import (
        connect_operator,
        iter_conversation_events,
        paginate,
        refreshing_client,
        stream_conversation_events,
    )
    from parley_client.models import (
        ChatbotCreate,
        ChatbotStatus,
        MessageEvent,
        SignUp,
        Tokens,
        WidgetMessage,
        WidgetSessionCreate,
    )
    from parley_client.problems import ProblemError

    signed = sign_up.sync(client=Client(base_url=live_server), body=SignUp(
        company="Helpers Co", name="Py", email=f"py-helpers-{uuid.uuid4().hex[:8]}@example.com", password="a long passphrase"))
    tokens = signed.tokens
    client = AuthenticatedClient(base_url=live_server, token=tokens.access_token)

    # 12: Idempotency-Key is a parameter: a retry with the same key creates nothing new
    first = create_chatbot.sync_detailed(client=client, body=ChatbotCreate(name="Once", allowed_origins=["https://py.example"]), idempotency_key="bot-1")
    again = create_chatbot.sync_detailed(client=client, body=ChatbotCreate(name="Once", allowed_origins=["https://py.example"]), idempotency_key="bot-1")
    assert first.status_code == 201 and again.parsed.id == first.parsed.id and again.headers["idempotent-replayed"] == "true"
    bot = first.parsed

    # 12: with_headers gives an independent client; the original's open connection keeps its headers
    visitor = Client(base_url=live_server)
    visitor.get_httpx_client()
    from_site = visitor.with_headers({"Origin": "https://py.example"})
    entered = start_widget_session.sync(bot.public_id, client=from_site, body=WidgetSessionCreate())
    assert "origin" not in visitor.get_httpx_client().headers
    session_id, visitor_token = entered.session.id, entered.visitor_token
    ack = post_widget_message.sync(bot.public_id, session_id, client=from_site, body=WidgetMessage(client_id="m1", content="Where is my parcel?"), x_visitor_token=visitor_token)

    # 11: polled events are the same typed events as the stream's
    batch = poll_widget_events.sync(bot.public_id, session_id, client=from_site, x_visitor_token=visitor_token, wait=0)
    assert isinstance(batch.events[0], MessageEvent) and batch.events[0].content == "Where is my parcel?"

    # 11: the SSE stream yields typed events as they arrive (the generated call would wait for its end)
    stream = stream_conversation_events(from_site, bot.public_id, session_id, visitor_token)
    streamed = await asyncio.wait_for(stream.__anext__(), 10)
    await stream.aclose()
    assert isinstance(streamed, MessageEvent) and streamed.seq == ack.seq
    events = iter_conversation_events(from_site, bot.public_id, session_id, visitor_token)  # the same, blocking
    assert next(events).seq == ack.seq
    events.close()

    # 11: the text export is text, not JSON
    text = export_conversation_text.sync(session_id, client=client)
    assert isinstance(text, str) and "Where is my parcel?" in text

    # 14: exception mode raises a typed error carrying the problem
    strict = AuthenticatedClient(base_url=live_server, token=tokens.access_token, raise_on_problem=True)
    with pytest.raises(ProblemError) as raised:
        get_chatbot.sync(client=strict, chatbot_id=uuid.uuid4())
    assert raised.value.problem.status == 404 and raised.value.problem.title

    # 14: one status enum; pagination across pages
    for name in ("Two", "Three"):
        create_chatbot.sync(client=client, body=ChatbotCreate(name=name))
    names = [b.name for b in paginate(list_chatbots.sync, client=client, limit=1)]
    assert sorted(names) == ["Once", "Three", "Two"]
    assert isinstance(bot.status, ChatbotStatus)  # the field and the filter share the enum
    assert {b.status for b in list_chatbots.sync(client=client, status=bot.status).items} == {bot.status}
    import parley_client.models as models

    assert not [n for n in dir(models) if "StatusType" in n], "status enums are one named schema each"

    # 14: token refresh: an expired access token is traded for a new pair once
    seen: list = []
    stale = Tokens(access_token="expired", refresh_token=tokens.refresh_token, expires_in=0, token_type="Bearer")
    refreshed = refreshing_client(live_server, stale, on_tokens=seen.append)
    assert me.sync(client=refreshed).email.endswith("@example.com") and seen and seen[0].access_token != "expired"

    # 14: typed WebSocket
    async with connect_operator(live_server, tokens.access_token) as ws:
        ready = await ws.recv()
        assert ready["type"] == "ready" and ready["role"] == "operator"

    # 14: sign-up and log-in answer the tokens in the same shape; a source's kind follows from its type
    from parley_client.api.auth import log_in
    from parley_client.models import Login, TextSourceCreate

    logged_in = log_in.sync(client=Client(base_url=live_server), body=Login(email=me.sync(client=client).email, password="a long passphrase"))
    assert signed.access_token == signed.tokens.access_token and logged_in.access_token and logged_in.refresh_token
    assert TextSourceCreate(name="Returns", text="Free within 30 days.").to_dict()["kind"] == "text"

    # 14: the SDK declares what it imports
    declared = " ".join(tomllib.loads((CLIENTS / "python" / "pyproject.toml").read_text())["project"]["dependencies"])
    assert "websockets" in declared and "typing_extensions" in declared


def _node_tools():
    from tests.e2e.conftest import npm_ci

    npm_ci(CLIENTS / "generator")  # typescript (pinned)
    return CLIENTS / "generator" / "node_modules" / ".bin" / "tsc"


def _as_installed_package(folder: Path) -> None:
    """A project folder where `@parley/client` is installed as its README says (npm links a local path)."""
    (folder / "package.json").write_text(json.dumps({"name": "uses-parley", "private": True, "type": "module"}))
    (folder / "node_modules" / "@parley").mkdir(parents=True)
    (folder / "node_modules" / "@parley" / "client").symlink_to(CLIENTS / "typescript", target_is_directory=True)


NODE_TSC = ["--strict", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext",
            "--lib", "ES2022,DOM,DOM.Iterable,DOM.AsyncIterable", "--skipLibCheck"]


def test_typescript_package_runs_on_node_as_its_readme_says(live_server, tmp_path):
    """Issue 18 items 11-14: `import … from "@parley/client"` compiles (createClient exported) and runs on
    plain Node 20 (compiled ESM), with ProblemError, Idempotency-Key, typed polling, SSE, pagination,
    token refresh and the WebSocket helper."""
    tsc = _node_tools()
    _as_installed_package(tmp_path)
    shutil.copy(ROOT / "tests" / "contract" / "sdk" / "package_usage.ts", tmp_path / "package_usage.ts")
    readme = (CLIENTS / "typescript" / "README.md").read_text()
    example = readme.split("```ts\n", 1)[1].split("```", 1)[0]
    (tmp_path / "readme_example.ts").write_text(example + "\nexport {};\n")
    built = subprocess.run([str(tsc), *NODE_TSC, "--outDir", "out", "package_usage.ts", "readme_example.ts"],
                           cwd=tmp_path, capture_output=True, text=True)
    assert built.returncode == 0, built.stdout + built.stderr
    env = {**os.environ, "PARLEY_API": live_server}
    run = subprocess.run(["node", "--experimental-websocket", "out/package_usage.js"], cwd=tmp_path,
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report == {
        "same_bot_on_retry": True, "replayed": "true", "thrown_is_error": True, "thrown_status": 404,
        "names": ["Once", "Two"], "status": report["status"], "polled_content": "Where is my parcel?",
        "streamed_type": "message", "streamed_seq": 1, "refreshed": True, "ws_ready": "operator",
    }, report
    assert report["status"] in ("draft", "active", "paused")


def test_the_widget_type_checks_strictly():
    """The widget is TypeScript on the generated SDK: `tsc --strict` over widget/src finds no error."""
    tsc = _node_tools()
    sources = sorted(str(p) for p in (ROOT / "widget" / "src").glob("*.ts"))
    checked = subprocess.run(
        [str(tsc), "--noEmit", "--strict", "--target", "ES2022", "--module", "ESNext", "--moduleResolution", "Bundler",
         "--lib", "ES2022,DOM,DOM.Iterable", "--skipLibCheck", *sources],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
