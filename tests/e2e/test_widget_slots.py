"""Meeting slots as buttons, in Chromium: the assistant (a scripted model speaking OpenAI's wire protocol) calls
find_slots; the reply's data carries the offered slots in the visitor's browser zone and the widget shows them as
buttons; a click sends the choice, the assistant books exactly that slot, and the booking is in the API."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import httpx
import pytest

from tests.contract.conftest import free_port, server_env, start_server, stop_process
from tests.e2e.conftest import Owner, eventually
from tests.e2e.test_widget import bubble, open_widget, send, widget
from tests.integration.assistant.llm_server import Script, start_model_server

ALWAYS = {d: [["08:00", "18:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


@pytest.fixture(scope="module")
def model():
    state, server = start_model_server()
    yield state
    server.shutdown()


@pytest.fixture(scope="module")
def slots_api(settings, services, widget_bundle):
    """An API process that may call the local model server (a private address)."""
    port = free_port()
    env = server_env(settings, services) | {"PARLEY_WIDGET_BUNDLE": str(widget_bundle), "PARLEY_ALLOW_PRIVATE_URLS": "true"}
    process = start_server(env, port)
    yield f"http://127.0.0.1:{port}"
    stop_process(process)


async def test_offered_slots_are_buttons_and_a_click_books_that_slot(slots_api, model, site, browser, artifacts):
    owner = Owner(slots_api)
    bot = owner.chatbot(allowed_origins=[site.origin],
                        ai_settings={"provider": "openai", "model": "local-test", "base_url": model.base + "/v1"})
    r = httpx.post(f"{slots_api}/v1/schedules", headers=owner.headers, json={
        "chatbot_id": bot["id"], "name": "Demo call",
        "rules": {"weekly": ALWAYS, "time_zone": "Europe/Berlin", "slot_minutes": 30, "min_notice_minutes": 120}})
    assert r.status_code == 201, r.text
    schedule = r.json()
    model.scripts[:] = [Script(tools=[("find_slots", json.dumps({"duration": 30}))]),
                        Script(text="Here are some free times for a demo. Which one suits you?")]
    context = await browser.new_context(timezone_id="America/New_York", locale="en-US")
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        await page.goto(site.page(owner.embed(bot["id"])["snippet"]))
        await page.wait_for_function("() => window.Parley")
        await open_widget(page)
        await send(page, "Can I book a demo call?")
        offer = widget(page).locator(".msg.them .slots")
        await offer.wait_for(timeout=20000)
        buttons = offer.locator("button.slot")
        count = await buttons.count()
        assert 3 <= count <= 5, count
        starts = [await buttons.nth(i).get_attribute("data-start") for i in range(count)]
        for start in starts:  # in the visitor's zone (the browser's, reported by the widget): New York
            assert datetime.fromisoformat(start).utcoffset() in (timedelta(hours=-5), timedelta(hours=-4)), start
        assert "America/New York" in await offer.locator(".tz").inner_text()
        chosen = starts[1]
        label = await buttons.nth(1).inner_text()
        assert label and chosen[:4] not in label  # a readable label, not the ISO text

        model.scripts[:] = [Script(tools=[("book_meeting", json.dumps({
                                "slot": chosen, "name": "Ada Visitor", "email": "ada@example.com", "confirmed": True}))]),
                            Script(text="Done: your demo is booked. A confirmation is on its way.")]
        await buttons.nth(1).click()
        await bubble(page, chosen).wait_for(timeout=10000)  # the choice went out as the visitor's message
        assert await buttons.nth(1).get_attribute("aria-pressed") == "true"
        assert all([await buttons.nth(i).is_disabled() for i in range(count)])
        await bubble(page, "your demo is booked").wait_for(timeout=20000)

        def booked():
            r = httpx.get(f"{slots_api}/v1/schedules/{schedule['id']}/bookings", headers=owner.headers)
            return r.json()["items"]
        [booking] = eventually(booked)
        assert datetime.fromisoformat(booking["start"]) == datetime.fromisoformat(chosen)
        assert booking["time_zone"] == "America/New_York" and booking["name"] == "Ada Visitor"
        sent_to_model = json.dumps(model.requests[-2]["body"]["messages"])
        assert chosen in sent_to_model  # the model was told the exact slot the visitor clicked
        [session] = owner.conversations(bot["id"])
        ai = [e for e in owner.transcript(session["id"]) if e["kind"] == "message" and e["sender"] == "ai"]
        assert ai[0]["data"]["slots"]["time_zone"] == "America/New_York"
        assert [s["start"] for s in ai[0]["data"]["slots"]["slots"]] == starts
        assert "slots" not in ai[-1]["data"] and ai[-1]["data"]["booking"]["id"] == booking["id"]
        await page.screenshot(path=str(artifacts / "widget-slots.png"))
        await page.reload()  # the history again: the offer is shown, but it is done (booked)
        await page.wait_for_function("() => window.Parley")
        await open_widget(page)
        again = widget(page).locator(".msg.them .slots button.slot")
        await again.first.wait_for(timeout=15000)
        assert await again.count() == count and all([await again.nth(i).is_disabled() for i in range(count)])
        assert errors == []
    finally:
        await context.close()
