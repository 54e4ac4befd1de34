"""The operator console (/console) in headless Chromium against a real API process: a visitor asks for a person,
the operator logs in, sees the chat in the queue, takes it, reads the summary and the customer sidebar, answers with
a canned response, and hands back to the AI, which answers the visitor's next question. Screenshots of each step
go to test-artifacts/."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest

from tests.contract.conftest import free_port, server_env, start_server, stop_process
from tests.e2e.conftest import eventually

ORIGIN = "https://shop.example.com"


@pytest.fixture(scope="module")
def console_api(settings, services, console_dist):
    """A real API process (no widget bundle needed): it replies as the assistant and serves the built console."""
    port = free_port()
    process = start_server(server_env(settings, services) | {"PARLEY_CONSOLE_DIST": str(console_dist)}, port)
    yield f"http://127.0.0.1:{port}"
    stop_process(process)


async def test_an_operator_takes_answers_and_hands_back_in_the_console(console_api, browser, artifacts):
    api = console_api
    email = f"owner-{uuid.uuid4().hex[:8]}@example.com"
    r = httpx.post(f"{api}/v1/auth/signup", json={"company": "Acme", "name": "Ada Owner", "email": email, "password": "a long passphrase"})
    owner = {"Authorization": f"Bearer {r.json()['tokens']['access_token']}"}
    bot = httpx.post(f"{api}/v1/chatbots", headers=owner, json={"name": "Acme", "allowed_origins": [ORIGIN]}).json()
    assert httpx.put(f"{api}/v1/handoff/settings/{bot['id']}", headers=owner, json={}).status_code == 200
    assert httpx.post(f"{api}/v1/handoff/canned-responses", headers=owner,
                      json={"shortcut": "greet", "body": "Hello {{visitor.first_name}}, {{operator.first_name}} here. How can I help?"}).status_code == 201
    op_email = f"grace-{uuid.uuid4().hex[:8]}@example.com"
    invite = httpx.post(f"{api}/v1/invitations", headers=owner, json={"email": op_email, "role": "operator"}).json()
    joined = httpx.post(f"{api}/v1/invitations/accept", json={"token": invite["token"], "name": "Grace Hopper", "password": "operator password"})
    operator = {"Authorization": f"Bearer {joined.json()['tokens']['access_token']}"}
    assert httpx.patch(f"{api}/v1/handoff/operators/me", headers=operator, json={"capacity": 0}).status_code == 200  # take by hand
    # the visitor asks for a person
    entry = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions", json={"name": "Ada Lovelace"}, headers={"Origin": ORIGIN}).json()
    session_id, visitor = entry["session"]["id"], {"Origin": ORIGIN, "X-Visitor-Token": entry["visitor_token"]}

    def say(text: str) -> None:
        r = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions/{session_id}/messages", headers=visitor,
                       json={"content": text, "client_id": uuid.uuid4().hex})
        assert r.status_code == 200, r.text

    def transcript() -> list[dict]:
        return httpx.get(f"{api}/v1/conversations/{session_id}/messages", headers=owner, params={"limit": 500}).json()["events"]

    say("I would like to talk to a person please")
    eventually(lambda: httpx.get(f"{api}/v1/conversations/{session_id}", headers=owner).json()["status"] == "queued")

    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    page = await context.new_page()
    try:
        await page.goto(f"{api}/console")
        await page.fill("#email", op_email)
        await page.fill("#password", "operator password")
        await page.screenshot(path=str(artifacts / "console-1-login.png"))
        await page.click("#login button[type=submit]")
        item = page.locator(f"#queue button[data-conversation='{session_id}']")
        await item.wait_for(timeout=10_000)
        assert await page.text_content("#queue-count") == "1"
        await page.screenshot(path=str(artifacts / "console-2-queue.png"))
        await item.click()
        await page.locator("#take").click()
        await page.locator(f"#mine button[data-conversation='{session_id}']").wait_for(timeout=10_000)
        await page.wait_for_selector("#summary:has-text('talk to a person')", timeout=10_000)  # (the page's CSP forbids eval)
        customer = await page.text_content("#customer")
        assert "Ada Lovelace" in customer and "Earlier chats" in customer
        await page.screenshot(path=str(artifacts / "console-3-taken.png"))
        await page.fill("#reply", "/greet")
        await page.click("#composer button[type=submit]")
        await page.wait_for_selector("#transcript li.human:has-text('Hello Ada, Grace here.')", timeout=10_000)
        human = [e for e in transcript() if e["sender"] == "human"]
        assert human and human[-1]["content"] == "Hello Ada, Grace here. How can I help?"
        await page.screenshot(path=str(artifacts / "console-4-answered.png"))
        await page.click("#hand-back")
        eventually(lambda: httpx.get(f"{api}/v1/conversations/{session_id}", headers=owner).json()["status"] == "open")
        assert any((e.get("data") or {}).get("csat_request") for e in transcript())
        say("Hello again!")  # (no worker ingests knowledge here: a greeting is what the offline assistant answers alone)
        ai = eventually(lambda: [e for e in transcript() if e["sender"] == "ai"])
        assert "How can I help" in ai[-1]["content"], ai
        await page.wait_for_selector("#transcript li.ai:has-text('How can I help')", timeout=10_000)
        await page.screenshot(path=str(artifacts / "console-5-handed-back.png"))
        assert await page.text_content("#mine-count") == "0"
    finally:
        await context.close()


async def test_several_chats_with_unread_badges_notes_files_transfer_and_status(console_api, browser, artifacts):
    """Two chats taken at once: a visitor message in the one not shown raises its unread badge (live, no reload),
    opening it clears the badge; a private note stays in the sidebar and out of the visitor's view; a file goes to
    the visitor; the chat is transferred to a teammate with a note; the status switch reaches the API."""
    api = console_api
    email = f"owner-{uuid.uuid4().hex[:8]}@example.com"
    r = httpx.post(f"{api}/v1/auth/signup", json={"company": "Acme", "name": "Ada Owner", "email": email, "password": "a long passphrase"})
    owner = {"Authorization": f"Bearer {r.json()['tokens']['access_token']}"}
    bot = httpx.post(f"{api}/v1/chatbots", headers=owner, json={"name": "Acme", "allowed_origins": [ORIGIN]}).json()
    assert httpx.put(f"{api}/v1/handoff/settings/{bot['id']}", headers=owner, json={}).status_code == 200
    members = {}
    for name in ("Grace Hopper", "Linus Torvalds"):
        op_email = f"op-{uuid.uuid4().hex[:8]}@example.com"
        invite = httpx.post(f"{api}/v1/invitations", headers=owner, json={"email": op_email, "role": "operator"}).json()
        joined = httpx.post(f"{api}/v1/invitations/accept", json={"token": invite["token"], "name": name, "password": "operator password"}).json()
        members[name] = (op_email, joined["user"]["id"], {"Authorization": f"Bearer {joined['tokens']['access_token']}"})
    grace_email, grace_id, grace = members["Grace Hopper"]
    _, linus_id, linus = members["Linus Torvalds"]
    assert httpx.patch(f"{api}/v1/handoff/operators/me", headers=grace, json={"capacity": 0}).status_code == 200
    assert httpx.patch(f"{api}/v1/handoff/operators/me", headers=linus, json={"status": "online", "capacity": 0}).status_code == 200

    visitors = {}
    for name in ("Ada Lovelace", "Alan Turing"):
        entry = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions", json={"name": name}, headers={"Origin": ORIGIN}).json()
        visitors[name] = (entry["session"]["id"], {"Origin": ORIGIN, "X-Visitor-Token": entry["visitor_token"]})

    def say(name: str, text: str) -> None:
        sid, headers = visitors[name]
        r = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions/{sid}/messages", headers=headers,
                       json={"content": text, "client_id": uuid.uuid4().hex})
        assert r.status_code == 200, r.text

    def visitor_view(name: str) -> list[dict]:
        sid, headers = visitors[name]
        return httpx.get(f"{api}/v1/widget/{bot['public_id']}/sessions/{sid}/events", headers=headers,
                         params={"after_seq": 0, "wait": 0}).json()["events"]

    ada, alan = visitors["Ada Lovelace"][0], visitors["Alan Turing"][0]
    context = await browser.new_context(viewport={"width": 1400, "height": 900})
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        await page.goto(f"{api}/console")
        await page.fill("#email", grace_email)
        await page.fill("#password", "operator password")
        await page.click("#login button[type=submit]")
        await page.locator("#live", has_text="Live").wait_for(timeout=10_000)
        for name in visitors:  # both arrive while the console is open: the queue fills live
            say(name, "I would like to talk to a person please")
        for sid in (ada, alan):
            await page.locator(f"#queue button[data-conversation='{sid}']").click()
            await page.locator("#take").click()
            await page.locator(f"#mine button[data-conversation='{sid}']").wait_for(timeout=10_000)
        assert await page.locator("#tabs .tab-open").count() == 2
        # Alan's chat is shown; Ada writes: her tab and her row in Mine get an unread badge
        say("Ada Lovelace", "Are you still there?")
        badge = page.locator(f"#tabs button[data-conversation='{ada}'] .unread")
        await badge.wait_for(timeout=10_000)
        assert await badge.inner_text() == "1"
        assert await page.locator(f"#mine button[data-conversation='{ada}'] .unread").inner_text() == "1"
        assert await page.title() == "(1) Parley operator console"
        await page.screenshot(path=str(artifacts / "console-6-unread.png"))
        await page.keyboard.press("Alt+1")  # the first open chat (Ada's), from the keyboard
        await page.wait_for_selector("#transcript li.customer:has-text('Are you still there?')", timeout=10_000)
        assert await badge.count() == 0
        assert await page.evaluate("document.activeElement.id") == "reply"
        # a private note: in the sidebar, never in the visitor's view
        await page.check("#as-note")
        await page.fill("#reply", "VIP customer, be nice")
        await page.click("#composer button[type=submit]")
        await page.wait_for_selector("#notes li:has-text('VIP customer, be nice')", timeout=10_000)
        await page.uncheck("#as-note")
        # a file to the visitor
        await page.set_input_files("#attach", files=[{"name": "receipt.txt", "mimeType": "text/plain", "buffer": b"order 1234: paid"}])
        await page.fill("#reply", "Here is your receipt")
        await page.click("#composer button[type=submit]")
        await page.wait_for_selector("#transcript li.human:has-text('Here is your receipt') a:has-text('receipt.txt')", timeout=10_000)
        async with page.expect_download() as downloading:  # members' files are fetched with the operator's token
            await page.click("#transcript li.human a:has-text('receipt.txt')")
        download = await downloading.value
        assert download.suggested_filename == "receipt.txt"
        assert open(await download.path(), "rb").read() == b"order 1234: paid"  # noqa: ASYNC230
        seen = visitor_view("Ada Lovelace")
        sent = next(e for e in seen if e.get("content") == "Here is your receipt")
        assert [a["name"] for a in sent["attachments"]] == ["receipt.txt"]
        assert not any("VIP customer" in (e.get("content") or "") for e in seen)
        await page.screenshot(path=str(artifacts / "console-7-note-and-file.png"))
        # transfer Ada's chat to Linus with a note
        await page.click("#transfer")
        await page.select_option("#transfer-to", f"user:{linus_id}")
        await page.fill("#transfer-note", "She needs a refund")
        await page.click("#transfer-form button[type=submit]")
        await page.locator(f"#mine button[data-conversation='{ada}']").wait_for(state="detached", timeout=10_000)
        await page.locator(f"#assigned button[data-conversation='{ada}']", has_text="Linus Torvalds").wait_for(timeout=10_000)
        handoff = httpx.get(f"{api}/v1/handoff/handoffs", headers=owner, params={"status": "assigned"}).json()["items"]
        assert {h["conversation_id"]: h["operator_id"] for h in handoff}[ada] == linus_id
        # the status switch
        await page.select_option("#status", "away")
        operators = lambda: {o["user_id"]: o["status"] for o in httpx.get(f"{api}/v1/handoff/operators", headers=owner).json()}  # noqa: E731
        eventually(lambda: operators()[grace_id] == "away")
        await page.screenshot(path=str(artifacts / "console-8-transferred-away.png"))
        assert errors == []
    finally:
        await context.close()


async def test_the_console_stays_live_when_its_access_token_expires(settings, services, console_dist, browser):
    """Access tokens live 3 s here: the socket is closed for the expired credential, the console trades its refresh
    token for a new one and reconnects, and the queue still updates without a reload."""
    port = free_port()
    process = start_server(server_env(settings, services) | {"PARLEY_CONSOLE_DIST": str(console_dist),
                                                             "PARLEY_ACCESS_TOKEN_TTL": "3"}, port)
    api = f"http://127.0.0.1:{port}"
    try:
        email = f"owner-{uuid.uuid4().hex[:8]}@example.com"
        r = httpx.post(f"{api}/v1/auth/signup", json={"company": "Acme", "name": "Ada Owner", "email": email, "password": "a long passphrase"})
        headers = {"Authorization": f"Bearer {r.json()['tokens']['access_token']}"}  # (the setup takes well under 3 s)
        bot = httpx.post(f"{api}/v1/chatbots", headers=headers, json={"name": "Acme", "allowed_origins": [ORIGIN]}).json()
        assert httpx.put(f"{api}/v1/handoff/settings/{bot['id']}", headers=headers, json={}).status_code == 200
        assert httpx.patch(f"{api}/v1/handoff/operators/me", headers=headers, json={"capacity": 0}).status_code == 200
        context = await browser.new_context()
        page = await context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        frames: list[str] = []
        page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: frames.append(str(payload))))
        await page.goto(f"{api}/console")
        await page.fill("#email", email)
        await page.fill("#password", "a long passphrase")
        await page.click("#login button[type=submit]")
        await page.locator("#live", has_text="Live").wait_for(timeout=10_000)
        for _ in range(150):  # (an async wait: the page's events are handled on this loop)
            if any("token_expired" in f for f in frames):
                break
            await asyncio.sleep(0.1)
        assert any("token_expired" in f for f in frames), frames  # the server ended the first socket
        await page.locator("#live", has_text="Live").wait_for(timeout=10_000)  # and the console is back
        entry = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions", json={}, headers={"Origin": ORIGIN}).json()
        r = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions/{entry['session']['id']}/messages",
                       headers={"Origin": ORIGIN, "X-Visitor-Token": entry["visitor_token"]},
                       json={"content": "I would like to talk to a person please", "client_id": uuid.uuid4().hex})
        assert r.status_code == 200, r.text
        await page.locator(f"#queue button[data-conversation='{entry['session']['id']}']").wait_for(timeout=10_000)
        assert errors == []
        await context.close()
    finally:
        stop_process(process)
