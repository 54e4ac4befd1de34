"""The widget while a visitor waits for a person and after: the place in line (or the away message) updated live
from the server's `queue` frames and removed once an operator takes the chat; the 1-5 rating asked for by the
system message after the operator hands back, answerable once; the visitor's IANA time zone in the session's
metadata. In Chromium against a real API process."""

from __future__ import annotations

import re
import uuid

import httpx

from tests.e2e.conftest import eventually
from tests.e2e.test_widget import new_page, open_widget, send, widget

ASK = "I would like to talk to a person please"


async def test_queue_place_then_rating_once(owner, site, browser, artifacts):
    api = owner.api
    bot = owner.chatbot(allowed_origins=[site.origin])
    r = httpx.put(f"{api}/v1/handoff/settings/{bot['id']}", headers=owner.headers, json={"away_message": "Back at nine."})
    assert r.status_code == 200, r.text

    def status(session_id: str) -> str:
        return httpx.get(f"{api}/v1/conversations/{session_id}", headers=owner.headers).json()["status"]

    # another visitor is first in line (nobody online yet)
    entry = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions", json={}, headers={"Origin": site.origin}).json()
    first = entry["session"]["id"]
    r = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions/{first}/messages",
                   headers={"Origin": site.origin, "X-Visitor-Token": entry["visitor_token"]},
                   json={"content": ASK, "client_id": uuid.uuid4().hex})
    assert r.status_code == 200, r.text
    eventually(lambda: status(first) == "queued")

    context, page, errors = await new_page(browser, timezone_id="Asia/Tokyo")
    try:
        await page.goto(site.page(owner.embed(bot["id"])["snippet"]))
        await page.wait_for_function("() => window.Parley")
        await open_widget(page)
        await send(page, ASK)
        mine = eventually(lambda: [c for c in owner.conversations(bot["id"]) if c["id"] != first])[0]["id"]
        sidebar = httpx.get(f"{api}/v1/handoff/conversations/{mine}/context", headers=owner.headers).json()["visitor"]
        assert sidebar["attributes"]["time_zone"] == "Asia/Tokyo"  # what the operator sees of the visitor
        queue = widget(page).locator(".queue")
        await widget(page).locator(".queue", has_text="Back at nine.").wait_for(timeout=15000)  # nobody online: away
        await page.screenshot(path=str(artifacts / "widget-queue-away.png"))
        # an operator comes online with room for one chat: the first visitor is taken, this one is next
        r = httpx.patch(f"{api}/v1/handoff/operators/me", headers=owner.headers, json={"status": "online", "capacity": 1})
        assert r.status_code == 200, r.text
        await widget(page).locator(".queue", has_text="You are number 1 in line").wait_for(timeout=15000)
        assert re.fullmatch(r"You are number 1 in line, about \d+ min", (await queue.inner_text()).strip())
        await page.screenshot(path=str(artifacts / "widget-queue-place.png"))
        # the operator closes the first chat and takes this one: the line display goes
        assert httpx.post(f"{api}/v1/handoff/conversations/{first}/close", headers=owner.headers).status_code == 200
        eventually(lambda: status(mine) == "assigned")
        await queue.wait_for(state="hidden", timeout=15000)
        # the operator hands back: the visitor is asked for a rating, once
        r = httpx.post(f"{api}/v1/handoff/conversations/{mine}/hand-back", headers=owner.headers)
        assert r.status_code == 200, r.text
        stars = widget(page).locator(".msg.system .stars")
        await stars.wait_for(timeout=15000)
        assert await stars.locator("button").count() == 5
        await page.screenshot(path=str(artifacts / "widget-csat-request.png"))
        await stars.locator("button", has_text="4").click()
        await widget(page).locator(".msg.system .rated", has_text="Thank you for your feedback!").wait_for(timeout=10000)
        assert await stars.count() == 0
        conversation = httpx.get(f"{api}/v1/conversations/{mine}", headers=owner.headers).json()
        assert conversation["csat_rating"] == 4 and conversation["status"] == "open"
        # after a reload the answered request offers no buttons again
        await page.reload()
        await page.wait_for_function("() => window.Parley")
        await open_widget(page)
        await widget(page).locator(".msg", has_text=ASK).first.wait_for(timeout=10000)
        await widget(page).locator(".msg.system", has_text="Please rate this conversation").wait_for(timeout=10000)
        assert await widget(page).locator(".msg .stars button").count() == 0
        assert errors == []
    finally:
        await context.close()
