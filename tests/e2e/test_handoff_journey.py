"""Issue 21's "done when", in Chromium with two browser contexts against a real API process: a visitor asks the
widget for a person; the operator console, open in a hidden tab, is told live over the operator WebSocket (a
browser notification, no reload); the operator takes the chat, sees the summary and the sidebar, answers with a
canned response (/shortcut from the list); the visitor sees the operator's name and picture; a visitor message
while the console is hidden notifies again; the operator hands back; the AI answers the next question; the rating
prompt appears and is answered; the analytics API counts the handed-off, rated chat. Screenshots of each step go
to test-artifacts/handoff-*.png. Also: the console is axe-clean (axe-core from console/node_modules)."""

from __future__ import annotations

import asyncio
import base64
import time
import uuid

import httpx

from tests.e2e.conftest import CONSOLE, eventually
from tests.e2e.test_widget import bubble, new_page, open_widget, send, widget

ASK = "I would like to talk to a person please"
AVATAR = "https://avatars.example.com/grace.png"
# a 1x1 PNG served for the operator's picture (the visitor's browser fetches it)
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

# Before the console's own script: record browser notifications, and let the test hide the tab.
RECORD_NOTIFICATIONS = """
window.__notifications = [];
window.__hidden = false;
Object.defineProperty(Document.prototype, 'visibilityState', {configurable: true, get() { return window.__hidden ? 'hidden' : 'visible'; }});
Object.defineProperty(Document.prototype, 'hidden', {configurable: true, get() { return window.__hidden; }});
if (window.Notification) {
  const Real = window.Notification;
  window.Notification = class extends Real {
    constructor(title, options) { super(title, options); window.__notifications.push({title, body: (options || {}).body || ''}); }
  };
}
"""


async def poll(check, timeout: float = 15.0):
    """Awaits an async `check()` until it is truthy (the page's CSP forbids wait_for_function's eval)."""
    deadline = time.monotonic() + timeout
    while True:
        found = await check()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError("not true in time")
        await asyncio.sleep(0.1)


def operator(api: str, owner_headers: dict, name: str, password: str) -> tuple[str, dict]:
    email = f"op-{uuid.uuid4().hex[:8]}@example.com"
    invite = httpx.post(f"{api}/v1/invitations", headers=owner_headers, json={"email": email, "role": "operator"}).json()
    joined = httpx.post(f"{api}/v1/invitations/accept", json={"token": invite["token"], "name": name, "password": password})
    assert joined.status_code in (200, 201), joined.text
    return email, {"Authorization": f"Bearer {joined.json()['tokens']['access_token']}"}


async def console_page(browser, api: str, email: str, password: str, **context_args):
    context = await browser.new_context(viewport={"width": 1400, "height": 900}, **context_args)
    await context.grant_permissions(["notifications"], origin=api)
    await context.add_init_script(RECORD_NOTIFICATIONS)
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    await page.goto(f"{api}/console")
    await page.fill("#email", email)
    await page.fill("#password", password)
    await page.click("#login button[type=submit]")
    await page.locator("#workspace").wait_for(timeout=10_000)
    await page.locator("#live", has_text="Live").wait_for(timeout=10_000)
    return context, page, errors


async def test_visitor_to_operator_and_back_to_the_ai(owner, site, browser, artifacts):
    api = owner.api
    bot = owner.chatbot(allowed_origins=[site.origin])
    assert httpx.put(f"{api}/v1/handoff/settings/{bot['id']}", headers=owner.headers, json={}).status_code == 200
    r = httpx.post(f"{api}/v1/handoff/canned-responses", headers=owner.headers,
                   json={"shortcut": "greet", "title": "Greeting", "body": "Hello, {{operator.first_name}} here. How can I help?"})
    assert r.status_code == 201, r.text
    email, grace = operator(api, owner.headers, "Grace Hopper", "operator password")
    assert httpx.patch(f"{api}/v1/me", headers=grace, json={"avatar_url": AVATAR}).status_code == 200
    assert httpx.patch(f"{api}/v1/handoff/operators/me", headers=grace, json={"capacity": 0}).status_code == 200  # takes by hand

    console, page, console_errors = await console_page(browser, api, email, "operator password")
    visitor, vpage, visitor_errors = await new_page(browser)
    await visitor.route("https://avatars.example.com/**", lambda route: route.fulfill(body=PNG, content_type="image/png"))
    try:
        await page.evaluate("window.__sameDocument = true; window.__hidden = true")  # the operator looks elsewhere
        await page.screenshot(path=str(artifacts / "handoff-1-console-waiting.png"))

        # 1. the visitor asks the widget for a person
        await vpage.goto(site.page(owner.embed(bot["id"])["snippet"]))
        await open_widget(vpage)
        await send(vpage, "Hello!")  # the AI answers first: its analysis (intent, sentiment) reaches the sidebar
        await bubble(vpage, "How can I help").last.wait_for(timeout=10_000)
        await send(vpage, ASK)
        session_id = eventually(lambda: owner.conversations(bot["id"]))[0]["id"]
        await vpage.screenshot(path=str(artifacts / "handoff-2-visitor-asks.png"))

        # 2. the console is told live: the queue fills and a browser notification shows (the tab is hidden)
        item = page.locator(f"#queue button[data-conversation='{session_id}']")
        await item.wait_for(timeout=10_000)
        notes = await poll(lambda: page.evaluate("window.__notifications"))
        assert notes[0]["title"] == "A visitor is waiting", notes
        assert await page.evaluate("window.__sameDocument") is True  # no reload
        await page.screenshot(path=str(artifacts / "handoff-3-console-notified.png"))

        # 3. the operator takes it and sees the summary and the sidebar
        await page.evaluate("window.__hidden = false")
        await item.click()
        await page.locator("#take").click()
        await page.locator(f"#mine button[data-conversation='{session_id}']").wait_for(timeout=10_000)
        await page.wait_for_selector("#summary:has-text('talk to a person')", timeout=10_000)
        assert await page.text_content("#language") == "en"
        assert await page.text_content("#intents") != "none detected"
        assert await page.text_content("#sentiment") != "no data"
        customer = await page.text_content("#customer") or ""
        assert "Earlier chats" in customer and "Language" in customer
        await page.screenshot(path=str(artifacts / "handoff-4-taken-with-context.png"))

        # 4. a canned response from the /shortcut list, sent with Enter
        await page.fill("#reply", "/gr")
        await page.locator("#canned-list [role=option]", has_text="/greet").wait_for(timeout=5_000)
        await page.screenshot(path=str(artifacts / "handoff-5-canned-list.png"))
        await page.press("#reply", "Tab")
        await poll(lambda: _value_is(page, "#reply", "Hello, Grace here. How can I help?"))  # expanded, editable
        await page.press("#reply", "Enter")
        await page.wait_for_selector("#transcript li.human:has-text('Hello, Grace here.')", timeout=10_000)

        # 5. the visitor sees the operator's name and picture
        answer = bubble(vpage, "Hello, Grace here.")
        await answer.wait_for(timeout=10_000)
        assert "Grace" in (await answer.locator(".who").inner_text())
        picture = answer.locator("img.av")
        await picture.wait_for(timeout=5_000)
        assert await picture.get_attribute("src") == AVATAR
        await vpage.screenshot(path=str(artifacts / "handoff-6-visitor-sees-operator.png"))

        # 6. a visitor message while the console is hidden: another browser notification
        await page.evaluate("window.__hidden = true")
        await send(vpage, "Thanks, my order 1234 never arrived")
        await page.wait_for_selector("#transcript li.customer:has-text('order 1234')", timeout=10_000)
        notes = await poll(lambda: _notification_with(page, "order 1234"))
        assert notes["title"].endswith("wrote"), notes
        await page.evaluate("window.__hidden = false")

        # 7. the operator hands back; the rating prompt appears; the AI answers the next question
        await page.click("#hand-back")
        await page.locator(f"#mine button[data-conversation='{session_id}']").wait_for(state="detached", timeout=10_000)
        stars = widget(vpage).locator(".msg.system .stars")
        await stars.wait_for(timeout=15_000)
        await page.screenshot(path=str(artifacts / "handoff-7-handed-back.png"))
        await send(vpage, "Hello again!")  # (no knowledge here: a greeting is what the offline assistant answers alone)
        eventually(lambda: [e for e in owner.transcript(session_id) if e["sender"] == "ai"])
        await bubble(vpage, "How can I help").last.wait_for(timeout=10_000)
        await page.wait_for_selector("#transcript li.ai", timeout=10_000)  # the console follows the AI's answer live
        await vpage.screenshot(path=str(artifacts / "handoff-8-ai-answers-rating-asked.png"))
        await stars.locator("button", has_text="5").click()
        await widget(vpage).locator(".msg.system .rated").wait_for(timeout=10_000)

        # 8. the analytics count the chat: handed off and rated
        def counted():
            figures = httpx.get(f"{api}/v1/analytics/overview", headers=owner.headers, params={"chatbot_id": bot["id"]}).json()["figures"]
            return figures if figures["handoffs"] >= 1 and figures["ratings"] >= 1 else None

        figures = eventually(counted, timeout=30)
        assert figures["conversations"] >= 1 and figures["average_rating"] == 5, figures
        await vpage.screenshot(path=str(artifacts / "handoff-9-rated.png"))
        assert console_errors == [] and visitor_errors == []
    finally:
        await console.close()
        await visitor.close()

    # the owner's console shows the team's figures from the same API
    owner_email = httpx.get(f"{api}/v1/me", headers=owner.headers).json()["email"]
    context, page, errors = await console_page(browser, api, owner_email, "a long passphrase")
    try:
        handoffs = page.locator("#metric-handoffs")
        await handoffs.wait_for(timeout=10_000)
        assert int(await handoffs.inner_text()) >= 1
        await page.locator("#operators li", has_text="Grace Hopper").wait_for(timeout=10_000)
        await page.screenshot(path=str(artifacts / "handoff-10-team-metrics.png"))
        assert errors == []
    finally:
        await context.close()


async def _value_is(page, selector: str, value: str) -> bool:
    return await page.input_value(selector) == value


async def _notification_with(page, text: str):
    for n in await page.evaluate("window.__notifications"):
        if text in n["body"]:
            return n
    return None


async def test_the_console_is_axe_clean(owner, site, browser, api_server):
    """Every view an operator works in (login, lists, an open chat with the sidebar, the canned list, transfer)."""
    api = owner.api
    bot = owner.chatbot(allowed_origins=[site.origin])
    assert httpx.put(f"{api}/v1/handoff/settings/{bot['id']}", headers=owner.headers, json={}).status_code == 200
    httpx.post(f"{api}/v1/handoff/canned-responses", headers=owner.headers, json={"shortcut": "hi", "body": "Hi there"})
    entry = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions", json={"name": "Ada Lovelace"}, headers={"Origin": site.origin}).json()
    r = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions/{entry['session']['id']}/messages",
                   headers={"Origin": site.origin, "X-Visitor-Token": entry["visitor_token"]}, json={"content": ASK, "client_id": "a1"})
    assert r.status_code == 200, r.text
    session_id = entry["session"]["id"]
    owner_email = httpx.get(f"{api}/v1/me", headers=owner.headers).json()["email"]
    assert httpx.patch(f"{api}/v1/handoff/operators/me", headers=owner.headers, json={"capacity": 0}).status_code == 200
    axe = (CONSOLE / "node_modules" / "axe-core" / "axe.min.js").read_text()

    async def violations(page) -> list:
        await page.add_script_tag(content=axe)
        result = await page.evaluate("axe.run(document)")
        assert result["passes"], "axe ran no checks"
        return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]} for v in result["violations"]]

    # bypass_csp only lets the test inject axe-core; the console itself runs under its CSP in the other tests
    context = await browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    page = await context.new_page()
    try:
        await page.goto(f"{api}/console")
        await page.locator("#login").wait_for()
        assert await violations(page) == []
        await page.fill("#email", owner_email)
        await page.fill("#password", "a long passphrase")
        await page.keyboard.press("Enter")  # the form works from the keyboard
        await page.locator(f"#queue button[data-conversation='{session_id}']").wait_for(timeout=10_000)
        await page.locator(f"#queue button[data-conversation='{session_id}']").focus()
        await page.keyboard.press("Enter")
        await page.locator("#take").focus()
        await page.keyboard.press("Enter")
        await page.locator(f"#mine button[data-conversation='{session_id}']").wait_for(timeout=10_000)
        await page.wait_for_selector("#summary:has-text('talk to a person')", timeout=10_000)
        await page.focus("#reply")
        await page.keyboard.type("/h")
        await page.locator("#canned-list").wait_for()
        assert await violations(page) == []
        await page.keyboard.press("Escape")
        await page.locator("#transfer").focus()
        await page.keyboard.press("Enter")
        await page.locator("#transfer-form").wait_for()
        assert await violations(page) == []
    finally:
        await context.close()


async def test_a_routed_chat_notifies_its_operator_and_opens(owner, browser, api_server, artifacts):
    """Routing assigns the chat (the operator has room): the hidden console gets "assigned to you", opens the chat
    in a tab and follows it, so the visitor's next message notifies too."""
    api = owner.api
    bot = owner.chatbot(allowed_origins=["https://shop.example.com"])
    assert httpx.put(f"{api}/v1/handoff/settings/{bot['id']}", headers=owner.headers, json={}).status_code == 200
    email, grace = operator(api, owner.headers, "Grace Hopper", "operator password")
    assert httpx.patch(f"{api}/v1/handoff/operators/me", headers=grace, json={"capacity": 2}).status_code == 200
    context, page, errors = await console_page(browser, api, email, "operator password")
    try:
        await page.evaluate("window.__hidden = true")
        headers = {"Origin": "https://shop.example.com"}
        entry = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions", json={"name": "Ada Lovelace"}, headers=headers).json()
        sid, headers = entry["session"]["id"], headers | {"X-Visitor-Token": entry["visitor_token"]}
        r = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions/{sid}/messages", headers=headers,
                       json={"content": ASK, "client_id": uuid.uuid4().hex})
        assert r.status_code == 200, r.text
        await page.locator(f"#mine button[data-conversation='{sid}']").wait_for(timeout=10_000)
        await page.locator(f"#tabs button[data-conversation='{sid}']").wait_for(timeout=10_000)
        assigned = await poll(lambda: _notification_titled(page, "A chat was assigned to you"))
        assert assigned["body"], assigned  # why: the handoff reason
        await page.wait_for_selector("#summary:has-text('talk to a person')", timeout=10_000)
        r = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions/{sid}/messages", headers=headers,
                       json={"content": "Is anyone there?", "client_id": uuid.uuid4().hex})
        assert r.status_code == 200, r.text
        await poll(lambda: _notification_with(page, "Is anyone there?"))
        await page.wait_for_selector("#transcript li.customer:has-text('Is anyone there?')", timeout=10_000)
        await page.screenshot(path=str(artifacts / "handoff-11-routed-and-notified.png"))
        assert errors == []
    finally:
        await context.close()


async def _notification_titled(page, title: str):
    for n in await page.evaluate("window.__notifications"):
        if n["title"] == title:
            return n
    return None
