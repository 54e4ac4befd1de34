"""The widget's away form (widget/src/away.ts): a visitor asks for a person while nobody is online; under the away
message they leave an e-mail address; it becomes the visitor's (the operator's sidebar) and a lead. In Chromium
against a real API process."""

from __future__ import annotations

import httpx

from tests.e2e.conftest import eventually
from tests.e2e.test_widget import new_page, open_widget, send, widget

ASK = "I would like to talk to a person please"


async def test_the_visitor_leaves_an_email_under_the_away_message(owner, site, browser, artifacts):
    api = owner.api
    bot = owner.chatbot(allowed_origins=[site.origin])
    r = httpx.put(f"{api}/v1/handoff/settings/{bot['id']}", headers=owner.headers,
                  json={"away_message": "Nobody is here right now, leave us your e-mail."})
    assert r.status_code == 200, r.text
    context, page, errors = await new_page(browser)
    try:
        await page.goto(site.page(owner.embed(bot["id"])["snippet"]))
        await page.wait_for_function("() => window.Parley")
        await open_widget(page)
        await send(page, ASK)
        away = widget(page).locator(".msg.system", has_text="leave us your e-mail")
        form = away.locator("form.away-contact")
        await form.wait_for(timeout=15000)
        await page.screenshot(path=str(artifacts / "widget-away-contact-form.png"))
        field = form.get_by_label("Your email address")
        await field.fill("not an address")
        await form.get_by_role("button", name="Send").click()
        assert await form.count() == 1  # the browser's own check keeps it
        await field.fill("jane@example.com")
        await form.get_by_role("button", name="Send").click()
        await away.locator(".away-left", has_text="we will answer you by email").wait_for(timeout=10000)
        await page.screenshot(path=str(artifacts / "widget-away-contact-left.png"))
        assert await widget(page).locator("form.away-contact").count() == 0

        session_id = owner.conversations(bot["id"])[0]["id"]
        context_view = httpx.get(f"{api}/v1/handoff/conversations/{session_id}/context", headers=owner.headers).json()
        assert context_view["visitor"]["email"] == "jane@example.com"
        leads = eventually(lambda: httpx.get(f"{api}/v1/chatbots/{bot['id']}/leads", headers=owner.headers).json()["items"])
        assert [(lead["email"], lead["session_id"]) for lead in leads] == [("jane@example.com", session_id)]
        # the visitor also sees the conversation's own confirmation
        await widget(page).locator(".msg.system", has_text="Thank you, we will answer you by email.").first.wait_for(timeout=10000)
        assert errors == []
    finally:
        await context.close()
