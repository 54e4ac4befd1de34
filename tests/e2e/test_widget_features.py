"""Widget features in a real browser: languages and right-to-left, the unread badge and sound, the
emoji picker's Escape, the pre-chat form, business hours, proactive messages, transcript by e-mail."""

from __future__ import annotations

import asyncio
import json
from uuid import UUID

import httpx

from domain.conversations.transcript_email import JOB
from tests.e2e.test_widget import bubble, new_page, open_widget, operator_socket, recv_until, send, widget

ROOT_JS = "document.querySelector('[data-parley-widget]').shadowRoot"


async def test_the_launcher_speaks_the_visitors_language_unless_the_owner_wrote_one(owner, site, browser):
    french = owner.chatbot(allowed_origins=[site.origin], languages=["fr", "en"])
    context, page, errors = await new_page(browser, locale="fr-FR")
    try:
        await page.goto(site.page(owner.embed(french["id"])["snippet"]))
        await page.wait_for_function("() => window.Parley")
        await widget(page).locator("button.launcher", has_text="Ouvrir le chat").wait_for()
        assert await widget(page).locator(".root").get_attribute("lang") == "fr"
        assert await widget(page).locator(".root").get_attribute("dir") == "ltr"
        assert errors == []
    finally:
        await context.close()


async def test_an_arabic_widget_reads_right_to_left(owner, site, browser, artifacts):
    bot = owner.chatbot(allowed_origins=[site.origin], languages=["ar", "en"], welcome_message="مرحبًا! كيف نساعدك؟")
    context, page, errors = await new_page(browser, locale="ar-EG", viewport={"width": 1280, "height": 800})
    try:
        await page.goto(site.page(owner.embed(bot["id"])["snippet"]))
        launcher = widget(page).locator("button.launcher", has_text="افتح المحادثة")
        await launcher.wait_for()
        root = widget(page).locator(".root")
        assert (await root.get_attribute("lang"), await root.get_attribute("dir")) == ("ar", "rtl")
        assert await page.evaluate("document.documentElement.dir") == ""  # the host page is left alone
        await open_widget(page)
        assert await widget(page).locator("form textarea").get_attribute("placeholder") == "اكتب رسالتك…"
        await send(page, "أين طلبي؟")
        mine = bubble(page, "أين طلبي؟")
        await mine.wait_for()
        theirs = bubble(page, "مرحبًا")
        panel = await widget(page).locator(".panel").bounding_box()
        mine_box, their_box = await mine.bounding_box(), await theirs.bounding_box()
        # right to left: the visitor's own messages hug the left edge, the bot's the right (a bubble's width varies
        # with its status line, so edges are compared, not the middle)
        assert mine_box["x"] < panel["x"] + 30 and mine_box["x"] < their_box["x"], (mine_box, their_box, panel)
        assert their_box["x"] + their_box["width"] > panel["x"] + panel["width"] - 30
        assert mine_box["x"] + mine_box["width"] < panel["x"] + panel["width"] - 30
        # a message in a left-to-right script still reads left to right inside its bubble
        await send(page, "Order 42, please.")
        english = bubble(page, "Order 42, please.")
        await english.wait_for()
        direction = "el => getComputedStyle(el.querySelector('[dir=auto]')).direction"
        assert (await english.evaluate(direction), await mine.evaluate(direction)) == ("ltr", "rtl")
        await page.screenshot(path=str(artifacts / "widget-rtl.png"))
        assert errors == []
    finally:
        await context.close()


# Counts the tones the widget plays (WebAudio oscillators started) without hearing them.
COUNT_TONES = """
window.__tones = 0;
const start = OscillatorNode.prototype.start;
OscillatorNode.prototype.start = function (...args) { window.__tones += 1; return start.apply(this, args); };
"""


async def test_a_reply_to_a_closed_panel_shows_a_badge_and_chimes_unless_muted(owner, site, browser):
    bot = owner.chatbot(allowed_origins=[site.origin])
    context, page, errors = await new_page(browser)
    await context.add_init_script(COUNT_TONES)
    try:
        await page.goto(site.page(owner.embed(bot["id"])["snippet"]))
        await open_widget(page)
        await send(page, "hello?")
        await page.wait_for_function("() => window.Parley.state.connected && window.Parley.state.outbox === 0")
        session_id = owner.conversations(bot["id"])[0]["id"]
        badge = widget(page).locator("button.launcher .badge")
        launcher = widget(page).locator("button.launcher")
        ws = await operator_socket(owner.api, owner.token)
        try:
            await ws.send(json.dumps({"type": "subscribe", "session_id": session_id}))
            await recv_until(ws, lambda f: f["type"] == "caught_up")
            await ws.send(json.dumps({"type": "message", "session_id": session_id, "client_id": "op-0", "content": "while open"}))
            await bubble(page, "while open").wait_for()
            assert await badge.is_hidden() and await page.evaluate("window.__tones") == 0  # the visitor is looking

            await widget(page).get_by_role("button", name="Close chat").click()
            for n in (1, 2):
                await ws.send(json.dumps({"type": "message", "session_id": session_id, "client_id": f"op-{n}", "content": f"reply {n}"}))
                await page.wait_for_function(f"() => {ROOT_JS}.querySelector('.badge').textContent === '{n}'")
            assert await badge.is_visible()
            assert "2 new messages" in await launcher.get_attribute("aria-label")
            await page.wait_for_function("() => window.__tones === 2")

            await open_widget(page)  # opening clears the badge
            assert await badge.is_hidden()
            await widget(page).get_by_role("button", name="Mute sounds").click()
            assert await widget(page).get_by_role("button", name="Mute sounds").get_attribute("aria-pressed") == "true"
            await widget(page).get_by_role("button", name="Close chat").click()
            await ws.send(json.dumps({"type": "message", "session_id": session_id, "client_id": "op-3", "content": "reply 3"}))
            await page.wait_for_function(f"() => {ROOT_JS}.querySelector('.badge').textContent === '1'")
            await asyncio.sleep(0.3)
            assert await page.evaluate("window.__tones") == 2, "muted: the badge counts, no sound"
        finally:
            await ws.close()
        assert errors == []
    finally:
        await context.close()


async def test_escape_in_the_emoji_grid_closes_only_the_grid_and_reopening_starts_without_it(owner, site, browser):
    bot = owner.chatbot(allowed_origins=[site.origin])
    context, page, errors = await new_page(browser)
    try:
        await page.goto(site.page(owner.embed(bot["id"])["snippet"]))
        await open_widget(page)
        emoji_button = widget(page).get_by_role("button", name="Insert emoji")
        grid = widget(page).locator(".emojis")
        await emoji_button.click()
        await grid.wait_for(state="visible")
        await widget(page).get_by_role("button", name="🎉").press("Escape")
        assert await grid.is_hidden()
        assert await widget(page).locator(".panel").is_visible(), "Escape in the picker closed the whole panel"
        assert await emoji_button.get_attribute("aria-expanded") == "false"
        assert await page.evaluate(f"{ROOT_JS}.activeElement.classList.contains('emoji')")

        await emoji_button.click()
        await grid.wait_for(state="visible")
        await widget(page).get_by_role("button", name="Close chat").click()
        await open_widget(page)
        assert await grid.is_hidden(), "the picker was still open on reopening"
        await widget(page).locator("form textarea").press("Escape")  # Escape elsewhere still closes the panel
        assert await widget(page).locator(".panel").is_hidden()
        assert errors == []
    finally:
        await context.close()


async def test_the_pre_chat_form_comes_first_and_its_answers_reach_the_owner(owner, site, browser):
    form = [
        {"key": "name", "label": "Your name", "kind": "name", "required": True},
        {"key": "email", "label": "E-mail", "kind": "email", "required": True},
        {"key": "phone", "label": "Phone", "kind": "phone"},
    ]
    bot = owner.chatbot(allowed_origins=[site.origin], pre_chat_form=form)
    context, page, errors = await new_page(browser)
    try:
        await page.goto(site.page(owner.embed(bot["id"])["snippet"]))
        await widget(page).locator("button.launcher").click()
        prechat = widget(page).locator("form.prechat")
        await prechat.wait_for()
        assert await widget(page).locator("form textarea").is_hidden()
        await prechat.get_by_label("Your name").fill("Ada Lovelace")
        await prechat.get_by_label("E-mail").fill("ada@example.org")
        await prechat.get_by_label("Phone").fill("call me maybe")
        await prechat.get_by_role("button", name="Start chat").click()
        # the server checks the answers and the widget says what is wrong
        await prechat.locator(".error", has_text="Phone is not a phone number").wait_for()
        assert owner.conversations(bot["id"]) == []
        await prechat.get_by_label("Phone").fill("+44 20 7946 0000")
        await prechat.get_by_role("button", name="Start chat").click()
        await widget(page).locator("form textarea").wait_for(state="visible")
        await send(page, "about my order")
        await page.wait_for_function("() => window.Parley.state.connected && window.Parley.state.outbox === 0")
        session_id = owner.conversations(bot["id"])[0]["id"]
        details = httpx.get(f"{owner.api}/v1/conversations/{session_id}/visitor-details", headers=owner.headers).json()
        assert details == {"values": {"name": "Ada Lovelace", "email": "ada@example.org", "phone": "+44 20 7946 0000"}}
        await page.reload()  # a returning visitor is not asked again
        await open_widget(page)
        await bubble(page, "about my order").wait_for()
        assert await prechat.count() == 0
        assert errors == []
    finally:
        await context.close()


async def test_outside_business_hours_the_away_message_shows_and_visitors_can_still_write(owner, site, browser):
    closed = {"timezone": "Europe/Paris", "weekly": {}, "away_message": "We are out until Monday 9:00."}
    bot = owner.chatbot(allowed_origins=[site.origin], business_hours=closed)
    context, page, errors = await new_page(browser)
    try:
        await page.goto(site.page(owner.embed(bot["id"])["snippet"]))
        await open_widget(page)
        await widget(page).locator(".msg.away", has_text="We are out until Monday 9:00.").wait_for()
        await send(page, "please call me back")
        await page.wait_for_function("() => window.Parley.state.connected && window.Parley.state.outbox === 0")
        assert owner.visitor_messages(owner.conversations(bot["id"])[0]["id"]) == ["please call me back"]

        always = {"timezone": "UTC", "weekly": {d: [["00:00", "24:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}}
        assert httpx.patch(f"{owner.api}/v1/chatbots/{bot['id']}", headers=owner.headers, json={"business_hours": always}).status_code == 200
        assert errors == []
    finally:
        await context.close()
    context, page, errors = await new_page(browser)  # a new visitor (browsers cache the config for a minute)
    try:
        await page.goto(site.page(owner.embed(bot["id"])["snippet"]))
        await open_widget(page)
        await bubble(page, "Hi! How can we help?").wait_for()
        assert await widget(page).locator(".msg.away").count() == 0
        assert errors == []
    finally:
        await context.close()


async def test_a_proactive_message_appears_after_its_delay_and_stays_dismissed(owner, site, browser):
    rules = [
        {"path": "/pricing", "message": "Questions about plans?", "delay_seconds": 0},
        {"path": "*", "message": "Need a hand with your order?", "delay_seconds": 1},
    ]
    bot = owner.chatbot(allowed_origins=[site.origin], proactive_messages=rules)
    url = site.page(owner.embed(bot["id"])["snippet"])
    context, page, errors = await new_page(browser)
    try:
        await page.goto(url)
        await page.wait_for_function("() => window.Parley")
        proactive = widget(page).locator(".proactive")
        assert await proactive.count() == 0  # not before its delay
        await proactive.wait_for(timeout=5000)
        assert "Need a hand with your order?" in await proactive.inner_text()  # the /pricing rule does not match here
        await proactive.get_by_role("button", name="Dismiss").click()
        assert await proactive.count() == 0
        await page.reload()
        await page.wait_for_function("() => window.Parley")
        await page.wait_for_timeout(2000)
        assert await proactive.count() == 0, "a dismissed message came back in the same visit"

        other = await context.new_page()  # another tab is another visit (sessionStorage): the bubble opens the chat
        await other.goto(url)
        await widget(other).locator(".proactive button.say").click(timeout=5000)
        await widget(other).locator("form textarea").wait_for(state="visible")
        assert await widget(other).locator(".proactive").count() == 0
        assert errors == []
    finally:
        await context.close()


async def test_a_visitor_gets_the_transcript_by_email(owner, site, browser, container, mail_inbox):
    from dataclasses import replace

    from infrastructure.mail import SmtpMailer, SmtpSettings

    bot = owner.chatbot(allowed_origins=[site.origin])
    url = site.page(owner.embed(bot["id"])["snippet"])
    context, page, errors = await new_page(browser)
    try:
        await page.goto(url)
        await open_widget(page)
        await send(page, "Is the blue kettle in stock?")
        await page.wait_for_function("() => window.Parley.state.connected && window.Parley.state.outbox === 0")
        await widget(page).get_by_role("button", name="Email me the transcript").click()
        await widget(page).get_by_label("Your e-mail address").fill("grace@example.org")
        await widget(page).locator("form.mailto").get_by_role("button", name="Send").click()
        await widget(page).locator(".notice", has_text="on its way to grace@example.org").wait_for()

        # the worker's job, run here against the same database, Redis and SMTP server
        session_id = owner.conversations(bot["id"])[0]["id"]
        jobs = [j for j in await container.transcript_emails.jobs.queued() if j.function == JOB and j.kwargs["session_id"] == session_id]
        assert len(jobs) == 1
        mailer = SmtpMailer(SmtpSettings(host="127.0.0.1", port=mail_inbox.port, sender="support@acme.example"))
        k = jobs[0].kwargs
        await replace(container.transcript_emails, mailer=mailer).send(UUID(k["tenant_id"]), UUID(k["session_id"]), k["address"])
        mail = await asyncio.to_thread(mail_inbox.wait_for, "grace@example.org")
        assert "Visitor: Is the blue kettle in stock?" in mail.get_payload(decode=True).decode()
        assert errors == []
    finally:
        await context.close()

    # a server that cannot send e-mail: the widget does not offer it
    context, page, errors = await new_page(browser)
    try:
        async def without_mail(route):
            response = await route.fetch()
            config = await response.json()
            await route.fulfill(response=response, json=config | {"transcript_by_email": False})

        await page.route("**/v1/widget/*/config", without_mail)
        await page.goto(url)
        await open_widget(page)
        await page.wait_for_function("() => window.Parley.state.connected !== undefined")
        await widget(page).get_by_role("button", name="End chat").wait_for()
        assert await widget(page).get_by_role("button", name="Email me the transcript").count() == 0
        assert errors == []
    finally:
        await context.close()
