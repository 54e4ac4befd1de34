"""Widget analytics in a real browser: a load, the first open and the first message reach the funnel (keepalive
fetch to /track, page URL without its query); with Do Not Track or Global Privacy Control the widget sends nothing."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.e2e.conftest import eventually
from tests.e2e.test_widget import new_page, open_widget, send


def funnel(owner, bot_id: str) -> dict:
    r = httpx.get(f"{owner.api}/v1/analytics/funnel", params={"chatbot_id": bot_id}, headers=owner.headers)
    assert r.status_code == 200, r.text
    body = r.json()
    return {**{s["step"]: s["count"] for s in body["steps"]}, "first_messages": body["first_messages"], "pages": body["top_pages"]}


async def test_load_open_and_first_message_show_up_in_the_funnel(owner, site, browser):
    bot = owner.chatbot(allowed_origins=[site.origin])
    url = site.page(owner.embed(bot["id"])["snippet"])
    context, page, errors = await new_page(browser)
    tracked: list[str] = []
    page.on("request", lambda r: tracked.append(r.post_data or "") if r.url.endswith("/track") and r.method == "POST" else None)
    try:
        await page.goto(url + "?email=ada@example.com#top")
        eventually(lambda: funnel(owner, bot["id"])["widget_loads"] == 1)
        await open_widget(page)
        await send(page, "hello, where is my order?")
        await send(page, "and a second message")  # not a first message
        await widget_closed_and_reopened(page)
        f = eventually(lambda: (lambda f: f if f["first_messages"] == 1 and f["widget_opens"] == 1 else None)(funnel(owner, bot["id"])))
        assert f["widget_loads"] == 1
        path = url.split("?")[0]
        assert f["pages"] == [{"page": path, "loads": 1, "opens": 1}]
        assert all("email" not in body for body in tracked), "the query string never leaves the page"
        assert sorted(json.loads(b)["kind"] for b in tracked) == ["first_message", "load", "open"]
        assert errors == []
    finally:
        await context.close()


async def widget_closed_and_reopened(page) -> None:
    await page.evaluate("() => { window.Parley.close(); window.Parley.open(); }")


@pytest.mark.parametrize("signal", [
    "Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' })",
    "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })",
])
async def test_nothing_is_sent_under_do_not_track_or_gpc(owner, site, browser, signal):
    bot = owner.chatbot(allowed_origins=[site.origin])
    url = site.page(owner.embed(bot["id"])["snippet"])
    context, page, errors = await new_page(browser)
    await context.add_init_script(signal)
    tracked: list[str] = []
    page.on("request", lambda r: tracked.append(r.url) if r.url.endswith("/track") else None)
    try:
        await page.goto(url)
        await open_widget(page)
        await send(page, "hello under do not track")
        await page.wait_for_function("() => window.Parley.state.connected && window.Parley.state.outbox === 0")
        eventually(lambda: owner.conversations(bot["id"]))  # the chat itself works
        assert tracked == []
        f = funnel(owner, bot["id"])
        assert (f["widget_loads"], f["widget_opens"], f["first_messages"], f["pages"]) == (0, 0, 0, [])
        assert errors == []
    finally:
        await context.close()
