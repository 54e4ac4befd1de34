"""The embeddable widget in a real browser: a demo site on another origin pastes the embed code."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
from pathlib import Path

import httpx
import pytest
import websockets

from tests.e2e.conftest import WIDGET


async def new_page(browser, **context_args):
    context = await browser.new_context(**context_args)
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return context, page, errors


def widget(page):
    return page.locator("[data-parley-widget]")


async def open_widget(page):
    await widget(page).locator("button.launcher").click()
    await widget(page).locator("textarea").first.wait_for(state="visible")


async def send(page, text: str):
    box = widget(page).locator("form textarea")
    await box.fill(text)
    await box.press("Enter")


def bubble(page, text: str):
    return widget(page).locator(".msg", has_text=text)


async def operator_socket(api: str, token: str):
    ws = await websockets.connect(api.replace("http", "ws") + f"/v1/ws/operator?token={token}")
    ready = json.loads(await ws.recv())
    assert ready["type"] == "ready", ready
    return ws


async def recv_until(ws, predicate, timeout=10):
    async with asyncio.timeout(timeout):
        while True:
            frame = json.loads(await ws.recv())
            if predicate(frame):
                return frame


def test_embed_code_serves_a_hashed_bundle_with_sri(owner, api_server):
    bot = owner.chatbot(allowed_origins=["https://shop.example"])
    embed = owner.embed(bot["id"])
    assert bot["public_id"] in embed["snippet"] and embed["integrity"] in embed["snippet"]
    assert embed["script_url"].rsplit("/", 1)[1].startswith("parley-widget.") and embed["script_url"].endswith(".js")
    served = httpx.get(embed["script_url"])
    assert served.status_code == 200
    assert served.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert served.headers["content-type"].startswith("text/javascript")
    assert served.headers["access-control-allow-origin"] == "*"
    digest = "sha384-" + base64.b64encode(hashlib.sha384(served.content).digest()).decode()
    assert embed["integrity"] == digest, "the SRI hash must be the served file's"
    assert embed["bundle_gzip_bytes"] <= 35 * 1024
    assert httpx.get(f"{api_server}/widget/parley-widget.0000000000000000.js").status_code == 404
    alias = httpx.get(f"{api_server}/widget/parley-widget.js")
    assert alias.status_code == 302 and alias.headers["location"].endswith(embed["script_url"].rsplit("/", 1)[1])
    assert not embed["preview_origin_allowed"]  # the API's own origin is not in the allowed list
    preview = httpx.get(embed["preview_url"])
    assert preview.status_code == 200 and preview.headers["content-type"].startswith("text/html")
    assert embed["snippet"] in preview.text
    assert httpx.get(f"{api_server}/v1/widget/%3Cscript%3E/preview").status_code == 404
    other = httpx.get(f"{api_server}/v1/chatbots/{bot['id']}/embed", headers={"Authorization": "Bearer nope"})
    assert other.status_code == 401


async def test_visitor_chats_with_an_operator_from_another_origin(owner, site, browser, artifacts, api_server, container):
    bot = owner.chatbot(allowed_origins=[site.origin], appearance={"primary_color": "#0f766e", "launcher_text": "Ask Acme"})
    url = site.page(owner.embed(bot["id"])["snippet"])
    context, page, errors = await new_page(browser, viewport={"width": 1280, "height": 800})
    try:
        await page.goto(url)
        launcher = widget(page).locator("button.launcher")
        await launcher.wait_for()
        await page.wait_for_function("() => window.Parley && window.Parley.version")
        assert (await launcher.inner_text()).strip() == "Ask Acme"
        # the host page is untouched: its script ran, its styles apply, one global was added
        assert await page.evaluate("window.hostScriptRan") is True
        assert await page.locator("#counter").inner_text() == "host ok"
        assert await page.evaluate("getComputedStyle(document.querySelector('h1')).color") == "rgb(10, 20, 30)"
        assert await page.evaluate("getComputedStyle(document.querySelector('#host-button')).backgroundColor") == "rgb(200, 0, 0)"
        added = await page.evaluate("Object.keys(window).filter(k => !window.__hostGlobals.includes(k) && k !== '__hostGlobals' && k !== 'hostScriptRan')")
        assert added == ["Parley"], added

        await open_widget(page)
        assert await launcher.get_attribute("aria-expanded") == "true"
        await bubble(page, "Hi! How can we help?").wait_for()
        await send(page, "Where is my **order** 42?")
        mine = bubble(page, "Where is my order 42?")
        await mine.wait_for()
        await page.wait_for_function(
            "() => [...document.querySelector('[data-parley-widget]').shadowRoot.querySelectorAll('.msg.me')]"
            ".some(m => ['sent','delivered','read'].includes(m.dataset.state))"
        )
        assert await mine.locator("strong").inner_text() == "order"
        if getattr(container, "assistant", None) is not None:  # let the AI's first reply land before the operator steps in
            await widget(page).locator(".msg.them").nth(1).wait_for()

        # an operator answers (the AI assistant is not wired yet): HTML in it stays text, links work
        sessions = owner.conversations(bot["id"])
        assert len(sessions) == 1
        session_id = sessions[0]["id"]
        ws = await operator_socket(api_server, owner.token)
        try:
            await ws.send(json.dumps({"type": "subscribe", "session_id": session_id}))
            await recv_until(ws, lambda f: f["type"] == "caught_up")
            await ws.send(json.dumps({"type": "typing", "session_id": session_id, "state": "start"}))
            await widget(page).locator(".typing", has_text="typing").wait_for()
            answer = "It ships today, see [tracking](https://example.com/track?id=42) <img src=x onerror=\"window.pwned=1\"> <script>window.pwned=2</script>"
            await ws.send(json.dumps({"type": "message", "session_id": session_id, "client_id": "op-1", "content": answer}))
            reply = bubble(page, "It ships today")
            await reply.wait_for()
            link = reply.locator("a")
            assert await link.get_attribute("href") == "https://example.com/track?id=42"
            assert await link.get_attribute("rel") == "noopener noreferrer nofollow"
            assert await reply.locator("img, script").count() == 0
            assert "<img src=x" in await reply.inner_text()
            assert await reply.locator(".who").inner_text() == "Ada"  # the operator's name, not just "Support agent"
            assert await page.evaluate("window.pwned") is None
            # the visitor's widget reports delivery and reading of the answer
            receipt = await recv_until(ws, lambda f: f["type"] == "read" and f.get("reader") == "visitor")
            assert receipt["up_to_seq"] >= 2
            # the operator reads the visitor's message: the widget shows it as read
            await ws.send(json.dumps({"type": "receipt", "session_id": session_id, "status": "read", "up_to_seq": 1}))
            await page.wait_for_function(
                "() => document.querySelector('[data-parley-widget]').shadowRoot.querySelector('.msg.me').dataset.state === 'read'"
            )
        finally:
            await ws.close()
        await page.screenshot(path=str(artifacts / "widget-desktop.png"))

        # keyboard: Escape closes and gives focus back to the launcher
        await widget(page).locator("form textarea").press("Escape")
        assert await launcher.get_attribute("aria-expanded") == "false"
        assert await page.evaluate("document.activeElement.matches('[data-parley-widget]')")
        assert errors == []
    finally:
        await context.close()


async def test_offline_message_is_sent_once_on_reconnect_and_history_survives_reload(owner, site, browser):
    bot = owner.chatbot(allowed_origins=[site.origin])
    url = site.page(owner.embed(bot["id"])["snippet"])
    context, page, errors = await new_page(browser)
    try:
        await page.goto(url)
        await open_widget(page)
        await send(page, "first message")
        await page.wait_for_function("() => window.Parley.state.connected && window.Parley.state.outbox === 0")

        await context.set_offline(True)
        await page.wait_for_function("() => !window.Parley.state.connected")
        await send(page, "typed while offline")
        offline = bubble(page, "typed while offline")
        await offline.wait_for()
        assert await offline.get_attribute("data-state") == "queued"
        stored = await page.evaluate("Object.entries(localStorage).filter(([k]) => k.startsWith('parley:')).map(([, v]) => JSON.parse(v))")
        assert [o["content"] for o in stored[0]["outbox"]] == ["typed while offline"]
        await widget(page).locator(".notice", has_text="offline").wait_for()

        await context.set_offline(False)
        await page.wait_for_function("() => window.Parley.state.connected && window.Parley.state.outbox === 0", timeout=15000)
        await page.wait_for_function(
            "() => [...document.querySelector('[data-parley-widget]').shadowRoot.querySelectorAll('.msg.me')]"
            ".every(m => m.dataset.state === 'sent')"
        )
        session_id = owner.conversations(bot["id"])[0]["id"]
        contents = owner.visitor_messages(session_id)
        assert contents == ["first message", "typed while offline"], contents

        # a returning visitor (same browser) sees the conversation again
        await page.reload()
        await open_widget(page)
        await bubble(page, "first message").wait_for()
        await bubble(page, "typed while offline").wait_for()
        await page.wait_for_function("() => window.Parley.state.connected")
        assert await widget(page).locator(".msg.me").count() == 2
        assert len(owner.conversations(bot["id"])) == 1
        contents = owner.visitor_messages(session_id)
        assert contents == ["first message", "typed while offline"], "a reconnect must not send a message twice"
        assert errors == []
    finally:
        await context.close()


async def test_mobile_layout_is_full_screen(owner, site, browser, artifacts):
    bot = owner.chatbot(allowed_origins=[site.origin])
    url = site.page(owner.embed(bot["id"])["snippet"])
    context, page, errors = await new_page(browser, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        await page.goto(url)
        await open_widget(page)
        await send(page, "hello from my phone")
        await bubble(page, "hello from my phone").wait_for()
        box = await widget(page).locator(".panel").bounding_box()
        assert box == {"x": 0, "y": 0, "width": 390, "height": 844}, box
        await page.screenshot(path=str(artifacts / "widget-mobile.png"))
        assert errors == []
    finally:
        await context.close()


async def test_axe_finds_no_serious_accessibility_violations(owner, site, browser):
    bot = owner.chatbot(allowed_origins=[site.origin])
    url = site.page(owner.embed(bot["id"])["snippet"])
    context, page, _ = await new_page(browser)
    try:
        await page.goto(url)
        await open_widget(page)
        await send(page, "Is this accessible?")
        await bubble(page, "Is this accessible?").wait_for()
        await widget(page).get_by_role("button", name="Insert emoji").click()  # the picker is checked too
        await page.add_script_tag(path=str(WIDGET / "node_modules" / "axe-core" / "axe.min.js"))
        result = await page.evaluate("axe.run({include: [['[data-parley-widget]']]})")
        serious = [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert serious == [], serious
        assert result["passes"], "axe ran no checks"
    finally:
        await context.close()


@pytest.mark.parametrize("case", ["wrong_id", "foreign_origin", "no_storage"])
async def test_bad_embedding_degrades_with_a_clear_message(case, owner, site, browser, api_server):
    bot = owner.chatbot(allowed_origins=["https://only.example" if case == "foreign_origin" else site.origin])
    snippet = owner.embed(bot["id"])["snippet"]
    if case == "wrong_id":
        snippet = snippet.replace(bot["public_id"], "cb_doesnotexist")
    url = site.page(snippet)
    context, page, errors = await new_page(browser)
    if case == "no_storage":
        await context.add_init_script("Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('denied', 'SecurityError'); }})")
    try:
        await page.goto(url)
        await open_widget(page)
        notice = widget(page).locator(".notice")
        expected = {"wrong_id": "could not be found", "foreign_origin": "not allowed", "no_storage": "blocks storage"}[case]
        await notice.filter(has_text=expected).wait_for()
        if case == "no_storage":  # still chats, in memory
            await send(page, "no storage here")
            await page.wait_for_function("() => window.Parley.state.connected && window.Parley.state.outbox === 0")
        else:
            assert await widget(page).locator("form textarea").is_disabled()
        assert await page.evaluate("window.hostScriptRan") is True
        assert await page.locator("#counter").inner_text() == "host ok"
        assert errors == []
    finally:
        await context.close()


async def test_ending_the_chat_asks_for_a_rating_that_reaches_the_owner(owner, site, browser):
    bot = owner.chatbot(allowed_origins=[site.origin], languages=["fr", "en"])
    url = site.page(owner.embed(bot["id"])["snippet"])
    context, page, errors = await new_page(browser, locale="fr-FR")
    try:
        await page.goto(url)
        await open_widget(page)
        assert await widget(page).locator("form textarea").get_attribute("placeholder") == "Écrivez votre message…"
        await send(page, "merci, c'est tout")
        await page.wait_for_function("() => window.Parley.state.connected && window.Parley.state.outbox === 0")
        await widget(page).get_by_role("button", name="Terminer le chat").click()
        await widget(page).locator(".csat", has_text="Cette conversation est terminée").wait_for()
        await widget(page).get_by_role("button", name="4 sur 5").click()
        await widget(page).locator(".csat textarea").fill("Rapide et utile")
        await widget(page).get_by_role("button", name="Envoyer la note").click()
        await widget(page).locator(".csat", has_text="Merci pour votre avis").wait_for()
        session = owner.conversations(bot["id"])[0]
        assert session["status"] == "closed"
        assert (session["csat_rating"], session["csat_comment"]) == (4, "Rapide et utile")
        assert errors == []
    finally:
        await context.close()


async def test_blocked_websocket_falls_back_to_long_polling(owner, site, browser):
    bot = owner.chatbot(allowed_origins=[site.origin])
    url = site.page(owner.embed(bot["id"])["snippet"])
    context, page, errors = await new_page(browser)
    await page.route_web_socket("**/v1/ws/visitor**", lambda ws: ws.close(code=1011))  # a proxy that refuses WebSockets
    try:
        await page.goto(url)
        await open_widget(page)
        await page.wait_for_function("() => window.Parley.state.polling", timeout=15000)
        await send(page, "sent over plain HTTP")
        await page.wait_for_function("() => window.Parley.state.outbox === 0", timeout=10000)
        session_id = owner.conversations(bot["id"])[0]["id"]
        assert owner.visitor_messages(session_id) == ["sent over plain HTTP"]
        ws = await operator_socket(owner.api, owner.token)
        try:
            await ws.send(json.dumps({"type": "subscribe", "session_id": session_id}))
            await recv_until(ws, lambda f: f["type"] == "caught_up")
            await ws.send(json.dumps({"type": "message", "session_id": session_id, "client_id": "op-1", "content": "polled answer"}))
        finally:
            await ws.close()
        await bubble(page, "polled answer").wait_for(timeout=15000)
        assert errors == []
    finally:
        await context.close()


def _spec_has(path_part: str) -> bool:
    spec = json.loads((WIDGET.parent / "openapi" / "openapi.json").read_text())
    return any(path_part in p for p in spec["paths"])


async def test_ai_answer_streams_in_with_its_citation(owner, site, browser, container, artifacts):
    if not _spec_has("/knowledge/sources") or getattr(container, "assistant", None) is None:
        pytest.skip("the knowledge base or the AI assistant is not part of the API yet")
    from uuid import UUID

    bot = owner.chatbot(allowed_origins=[site.origin])
    source = httpx.post(
        f"{owner.api}/v1/chatbots/{bot['id']}/knowledge/sources", headers=owner.headers,
        json={"kind": "text", "name": "Shipping policy", "text": "Parcels to Iceland travel by ferry and arrive within nine days. <img src=x onerror=window.pwned=3>"},
    )
    assert source.status_code == 202, source.text
    await container.knowledge.ingest(UUID(owner.tenant_id), UUID(source.json()["id"]))  # what the worker runs
    url = site.page(owner.embed(bot["id"])["snippet"])
    context, page, errors = await new_page(browser)
    try:
        await page.goto(url)
        await page.wait_for_function("() => window.Parley")
        await page.evaluate("() => { window.Parley.on('message', m => { window.__answer = m; }); }")
        await open_widget(page)
        await send(page, "How long does shipping to Iceland take?")
        await page.wait_for_function("() => window.__answer && window.__answer.sender === 'ai'", timeout=30000)
        answer = widget(page).locator(".msg.them").last
        assert "nine days" in await answer.inner_text()
        sources = answer.locator(".sources")
        assert "Shipping policy" in await sources.inner_text()
        assert await answer.locator("img").count() == 0 and await page.evaluate("window.pwned") is None
        await page.screenshot(path=str(artifacts / "widget-ai-answer.png"))
        assert errors == []
    finally:
        await context.close()


async def test_emoji_picker_and_a_huge_paste(owner, site, browser):
    bot = owner.chatbot(allowed_origins=[site.origin])
    url = site.page(owner.embed(bot["id"])["snippet"])
    context, page, errors = await new_page(browser)
    try:
        await page.goto(url)
        await open_widget(page)
        box = widget(page).locator("form textarea")
        await box.fill("Thanks ")
        await widget(page).get_by_role("button", name="Insert emoji").click()
        await widget(page).get_by_role("button", name="🎉").click()
        assert await box.input_value() == "Thanks 🎉"
        await box.press("Enter")
        await page.wait_for_function("() => window.Parley.state.connected && window.Parley.state.outbox === 0")
        # a paste of more than a message may hold: the visitor is told, the text is cut, nothing breaks
        huge = "x" * 20000
        await box.evaluate(
            "(el, text) => { const dt = new DataTransfer(); dt.setData('text/plain', text);"
            " el.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true})); }", huge,
        )
        await widget(page).locator(".notice", has_text="shortened to 8000").wait_for()
        await box.fill(huge)  # the browser keeps maxlength characters of what was pasted
        await box.press("Enter")
        await page.wait_for_function("() => window.Parley.state.outbox === 0")
        session_id = owner.conversations(bot["id"])[0]["id"]
        assert [len(m) for m in owner.visitor_messages(session_id)] == [len("Thanks 🎉"), 8000]
        assert errors == []
    finally:
        await context.close()


async def test_preview_page_lets_the_owner_try_the_bot(owner, browser):
    bot = owner.chatbot()  # no allowed origins yet: any site, the API's own preview page included
    embed = owner.embed(bot["id"])
    assert embed["preview_origin_allowed"]
    context, page, errors = await new_page(browser)
    try:
        await page.goto(embed["preview_url"])
        assert embed["snippet"] in await page.locator("pre").inner_text()
        await open_widget(page)
        await send(page, "trying my bot")
        await page.wait_for_function("() => window.Parley.state.connected && window.Parley.state.outbox === 0")
        assert owner.visitor_messages(owner.conversations(bot["id"])[0]["id"]) == ["trying my bot"]
        assert errors == []
    finally:
        await context.close()


async def test_preview_page_chats_once_its_origin_is_allowed(owner, browser, api_server):
    """The preview page's same-origin requests carry no Origin: they count as the API's own origin."""
    bot = owner.chatbot(allowed_origins=["https://shop.example", api_server])
    embed = owner.embed(bot["id"])
    assert embed["preview_origin_allowed"]
    context, page, errors = await new_page(browser)
    try:
        await page.goto(embed["preview_url"])
        await open_widget(page)
        await send(page, "hello from the preview")
        await page.wait_for_function("() => window.Parley.state.connected && window.Parley.state.outbox === 0")
        assert owner.visitor_messages(owner.conversations(bot["id"])[0]["id"]) == ["hello from the preview"]
        assert errors == []
    finally:
        await context.close()


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A plain one-colour PNG."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\0" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


# Padded after its end so the upload takes long enough to show its progress.
PNG = png(96, 64, (15, 118, 110))


async def test_visitor_uploads_an_image_and_gets_a_document_back(owner, site, browser, artifacts):
    bot = owner.chatbot(allowed_origins=[site.origin])
    # the operator's avatar cannot load here (nothing listens): the widget falls back to initials
    assert httpx.patch(f"{owner.api}/v1/me", headers=owner.headers, json={"avatar_url": "https://127.0.0.1:9/ada.png"}).status_code == 200
    url = site.page(owner.embed(bot["id"])["snippet"])
    context, page, errors = await new_page(browser)
    try:
        await page.goto(url)
        await page.wait_for_function("() => window.Parley")
        await page.evaluate("() => { window.Parley.on('uploaded', f => { window.__uploaded = f; }); }")
        await open_widget(page)
        await page.wait_for_function("() => window.Parley.state.connected")
        attach = widget(page).get_by_role("button", name="Attach a file")

        # over the plan's limit (free: 5 MB): refused in the browser, with a clear message
        async with page.expect_file_chooser() as chooser:
            await attach.click()
        await (await chooser.value).set_files({"name": "huge.png", "mimeType": "image/png", "buffer": PNG + b"\0" * (6 * 1024 * 1024)})
        await widget(page).locator(".notice", has_text="too large").wait_for()

        # a real upload: the progress bar shows, then the thumbnail; the file name stays text
        await page.evaluate(
            """() => { const root = document.querySelector('[data-parley-widget]').shadowRoot; window.__progress = [];
                 const tick = () => { const box = root.querySelector('.upload');
                   window.__progress.push([!box.hidden, root.querySelector('.upload progress').value]);
                   if (!window.__uploaded) requestAnimationFrame(tick); }; tick(); }"""
        )
        name = '<img src=x onerror="window.pwned=1">.png'
        async with page.expect_file_chooser() as chooser:
            await attach.click()
        await (await chooser.value).set_files({"name": name, "mimeType": "image/png", "buffer": PNG + b"\0" * (3 * 1024 * 1024)})
        thumb = widget(page).locator(".msg.me img.thumb")
        await thumb.wait_for()
        assert await thumb.get_attribute("alt") == name
        await page.wait_for_function(
            "() => { const img = document.querySelector('[data-parley-widget]').shadowRoot.querySelector('.msg.me img.thumb');"
            " return img.complete && img.naturalWidth === 96; }"
        )
        await page.wait_for_function("() => window.Parley.state.outbox === 0")
        progress = await page.evaluate("window.__progress")
        assert any(visible for visible, _ in progress), "the progress bar never showed"
        assert max(value for _, value in progress) > 0
        assert await widget(page).locator(".upload").is_hidden()

        # the operator sees the attachment in the REST transcript and downloads the same bytes
        session_id = owner.conversations(bot["id"])[0]["id"]
        [message] = [e for e in owner.transcript(session_id) if e["kind"] == "message" and e["sender"] == "customer"]
        [attached] = message["attachments"]
        assert attached["name"] == name and attached["content_type"] == "image/png" and attached["size"] == len(PNG) + 3 * 1024 * 1024
        got = httpx.get(owner.api + attached["url"], headers=owner.headers)
        assert got.status_code == 200 and got.content.startswith(PNG) and got.headers["x-content-type-options"] == "nosniff"

        # the operator answers with a PDF: a download link under the operator's initials
        pdf = b"%PDF-1.4\n%%EOF\n"
        up = httpx.post(
            f"{owner.api}/v1/conversations/{session_id}/attachments", headers=owner.headers,
            files={"file": ("<b onclick=alert(1)>label<b>.pdf", pdf, "application/pdf")},
        )
        assert up.status_code == 201, up.text
        ws = await operator_socket(owner.api, owner.token)
        try:
            await ws.send(json.dumps({"type": "subscribe", "session_id": session_id}))
            await recv_until(ws, lambda f: f["type"] == "caught_up")
            await ws.send(json.dumps({
                "type": "message", "session_id": session_id, "client_id": "op-file", "content": "Your label",
                "attachments": [{"id": up.json()["id"]}],
            }))
        finally:
            await ws.close()
        reply = bubble(page, "Your label")
        await reply.wait_for()
        link = reply.locator("a.file")
        assert await link.inner_text() == "<b onclick=alert(1)>label<b>.pdf" and await reply.locator("b").count() == 0
        await reply.locator(".who span.av[data-i='A']").wait_for()  # the avatar failed to load: initials
        assert (await reply.locator(".who").inner_text()).strip() == "Ada"
        async with page.expect_download() as download:
            await link.click()
        saved = await (await download.value).path()
        assert Path(saved).read_bytes() == pdf
        # a message of files only waits for a person: the AI does not answer it (welcome + the operator only)
        assert await widget(page).locator(".msg.them").count() == 2
        await page.screenshot(path=str(artifacts / "widget-attachments.png"))
        assert await page.evaluate("window.pwned") is None
        assert errors == []
    finally:
        await context.close()
