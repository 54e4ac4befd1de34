"""Booking without a model key: the offline responder offers free times when a visitor asks for a meeting, takes the
one the visitor picks (the widget sends its exact time), asks for a name and email when it has none, and books it;
a time taken meanwhile is answered with fresh ones. Without a schedule it asks for contact details instead."""

from __future__ import annotations

from datetime import datetime, timedelta

from tests.integration.assistant.conftest import chat, replies  # noqa: F401  (the fixture, used by name)
from tests.integration.conversations.helpers import make_chatbot
from tests.integration.scheduling.conftest import make_schedule

WEEKDAYS = {d: [["09:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}
GERMAN_WEEKDAYS = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"}


def offered(reply: dict) -> list[str]:
    return [s["start"] for s in reply["data"]["slots"]["slots"]]


async def bookings(client, tenant, schedule: dict) -> list[dict]:
    r = await client.get(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers)
    assert r.status_code == 200, r.text
    return r.json()["items"]


async def test_a_visitor_books_a_meeting_with_the_offline_responder(client, tenant, replies):  # noqa: F811
    bot = await make_chatbot(client, tenant)
    schedule = await make_schedule(client, tenant, bot.id, weekly=WEEKDAYS, slot_minutes=30, min_notice_minutes=120)
    ada = await chat(client, bot, metadata={"time_zone": "America/New_York"})
    bo = await chat(client, bot, metadata={"time_zone": "America/New_York"})

    await ada.say("Can I book a demo call?", replies)
    offer = await ada.last_reply()
    starts = offered(offer)
    assert 3 <= len(starts) <= 5
    assert offer["data"]["provider"] == "offline" and "Which one suits you?" in offer["content"]
    assert "America/New York" in offer["content"] and offer["content"].count("\n- ") == len(starts)
    assert "slot=" not in offer["content"]  # the model's markers are not shown to the visitor
    for start in starts:  # in the visitor's zone (Berlin's working hours are 03:00-11:00 in New York)
        assert datetime.fromisoformat(start).utcoffset() in (timedelta(hours=-5), timedelta(hours=-4))
    await bo.say("I'd like to schedule a meeting, my email is bo@example.com", replies)
    assert starts[1] in offered(await bo.last_reply())

    await ada.say(f"Tue, 02:00 AM (America/New_York) — {starts[1]}", replies)  # what a slot button sends
    ask = await ada.last_reply()
    assert "name and email" in ask["content"] and ask["data"]["answered"] is True
    assert await bookings(client, tenant, schedule) == []  # nothing booked without an address

    await ada.say("ada.lovelace@example.com", replies)
    booked = await ada.last_reply()
    assert booked["content"].startswith("Your meeting is booked: ") and "meet.jit.si" in booked["content"]
    assert "Tell the visitor" not in booked["content"] and "Booked for" not in booked["content"]
    assert "slots" not in booked["data"]
    [booking] = await bookings(client, tenant, schedule)
    assert datetime.fromisoformat(booking["start"]) == datetime.fromisoformat(starts[1])
    assert (booking["name"], booking["email"]) == ("Ada Lovelace", "ada.lovelace@example.com")
    assert booked["data"]["booking"]["id"] == booking["id"]

    # Bo picks the same time from the offer he got before Ada booked it (his address is known): fresh times
    await bo.say(f"— {starts[1]}", replies)
    taken = await bo.last_reply()
    assert taken["content"].startswith("Sorry, that time was just taken.")
    assert offered(taken) and starts[1] not in offered(taken)
    assert len(await bookings(client, tenant, schedule)) == 1
    await bo.say(f"— {offered(taken)[0]}", replies)
    assert (await bo.last_reply())["content"].startswith("Your meeting is booked: ")
    assert sorted(b["email"] for b in await bookings(client, tenant, schedule)) == ["ada.lovelace@example.com", "bo@example.com"]


async def test_without_a_schedule_a_booking_request_asks_for_contact_details(client, tenant, replies):  # noqa: F811
    bot = await make_chatbot(client, tenant)
    visitor = await chat(client, bot)
    await visitor.say("Can I book a demo call?", replies)
    reply = await visitor.last_reply()
    assert "email address or phone number" in reply["content"] and "slots" not in reply["data"]


async def test_a_german_visitor_is_offered_times_in_german(client, tenant, replies):  # noqa: F811
    bot = await make_chatbot(client, tenant, languages=["de", "en"])
    await make_schedule(client, tenant, bot.id, weekly=WEEKDAYS, slot_minutes=30, min_notice_minutes=120)
    visitor = await chat(client, bot, metadata={"time_zone": "Europe/Berlin"})
    await visitor.say("Kann ich einen Termin für eine Demo buchen?", replies)
    offer = await visitor.last_reply()
    assert offer["content"].startswith("Hier sind einige freie Termine (Europe/Berlin). Welcher passt Ihnen?")
    lines = [line for line in offer["content"].splitlines() if line.startswith("- ")]
    assert len(lines) == len(offered(offer)) and all(line.split(",")[0][2:] in GERMAN_WEEKDAYS for line in lines)
    assert not any(english in offer["content"] for english in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "December",
                                                                 "January"))
