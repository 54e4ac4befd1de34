"""Meeting figures by chatbot and day, hand-checked: booked, rescheduled, cancelled, no-shows (marked by an
operator once the meeting has begun), and the conversion from conversations offered slots to bookings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.integration.scheduling.conftest import make_chatbot, make_schedule
from tests.integration.scheduling.test_tools import ctx


async def test_figures_count_what_happened_by_chatbot_and_day(client, tenant, other_tenant, container, clock):
    a, b = await make_chatbot(client, tenant), await make_chatbot(client, tenant)
    schedule_a, schedule_b = await make_schedule(client, tenant, a), await make_schedule(client, tenant, b)
    find, book = container.assistant.tools.get("find_slots"), container.assistant.tools.get("book_meeting")

    # chatbot A: three conversations are offered slots; two of them book (one of those twice offered)
    conversations = [ctx(tenant, a) for _ in range(3)]
    booked_ids = []
    for i, c in enumerate(conversations):
        found = await find.run(c, {"time_zone": "Europe/Berlin", "range": {"start": _day(2 + i), "end": _day(2 + i)}})
        assert not found.is_error, found.content
        if i < 2:
            done = await book.run(c, {"slot": c.effects["slots"][0], "name": f"V{i}", "email": f"v{i}@example.com",
                                      "time_zone": "Europe/Berlin", "confirmed": True})
            assert not done.is_error, done.content
            booked_ids.append(str(c.effects["booking_id"]))
    await find.run(conversations[0], {"time_zone": "Europe/Berlin"})  # offered again: still one conversation
    # a member books one more on A (no conversation), moves it, and cancels one of the visitors' meetings
    soon = (datetime.now(UTC) + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
    r = await client.post(f"/v1/schedules/{schedule_a['id']}/bookings", headers=tenant.headers, json={
        "start": soon.isoformat(), "name": "Walk-in", "email": "w@example.com"})
    assert r.status_code == 201, r.text
    walk_in = r.json()
    assert (await client.post(f"/v1/bookings/{walk_in['id']}/reschedule", headers=tenant.headers,
                              json={"start": (soon + timedelta(hours=1)).isoformat()})).status_code == 200
    assert (await client.post(f"/v1/bookings/{booked_ids[1]}/cancel", headers=tenant.headers)).status_code == 200
    # a no-show: refused before the meeting, for a cancelled one; counted once when marked (twice) after it began
    early = await client.post(f"/v1/bookings/{walk_in['id']}/no-show", headers=tenant.headers, json={})
    assert early.status_code == 409 and "not started" in early.json()["detail"]
    clock.offset = timedelta(days=1, hours=2)
    for _ in range(2):
        marked = await client.post(f"/v1/bookings/{walk_in['id']}/no-show", headers=tenant.headers, json={"no_show": True})
        assert marked.status_code == 200 and marked.json()["no_show"] is True
    gone = await client.post(f"/v1/bookings/{booked_ids[1]}/no-show", headers=tenant.headers, json={})
    assert gone.status_code == 409

    # chatbot B: one booking by a member, cancelled
    r = await client.post(f"/v1/schedules/{schedule_b['id']}/bookings", headers=tenant.headers, json={
        "start": (soon + timedelta(days=3)).isoformat(), "name": "B", "email": "b@example.com"})
    assert (await client.post(f"/v1/bookings/{r.json()['id']}/cancel", headers=tenant.headers)).status_code == 200

    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    r = await client.get("/v1/scheduling/figures", headers=tenant.headers, params={
        "since": (today - timedelta(days=1)).isoformat(), "until": (today + timedelta(days=2)).isoformat()})
    assert r.status_code == 200, r.text
    rows = r.json()["items"]
    assert {row["day"] for row in rows} <= {(today - timedelta(days=1)).date().isoformat(), today.date().isoformat()}
    by_bot = {bot: _sum([row for row in rows if row["chatbot_id"] == bot]) for bot in (a, b)}
    assert by_bot[a] == {"booked": 3, "rescheduled": 1, "cancelled": 1, "no_shows": 1,
                         "conversations_offered": 3, "conversations_booked": 2}
    assert by_bot[b] == {"booked": 1, "rescheduled": 0, "cancelled": 1, "no_shows": 0,
                         "conversations_offered": 0, "conversations_booked": 0}
    if len(rows) == 2:  # (all on one day unless the test crossed midnight UTC)
        row_a = next(row for row in rows if row["chatbot_id"] == a)
        assert row_a["conversion"] == round(2 / 3, 4)
        assert next(row for row in rows if row["chatbot_id"] == b)["conversion"] == 0.0

    other = await client.get("/v1/scheduling/figures", headers=other_tenant.headers, params={
        "since": (today - timedelta(days=1)).isoformat(), "until": (today + timedelta(days=2)).isoformat()})
    assert other.json()["items"] == []  # another workspace sees none of it
    bad = await client.get("/v1/scheduling/figures", headers=tenant.headers, params={
        "since": today.isoformat(), "until": (today - timedelta(days=1)).isoformat()})
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem+json")
    naive = await client.get("/v1/scheduling/figures", headers=tenant.headers, params={
        "since": "2026-01-01T00:00:00", "until": "2026-01-02T00:00:00"})
    assert naive.status_code in (400, 422)


def _day(days: int) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).date().isoformat()


def _sum(rows: list[dict]) -> dict:
    keys = ("booked", "rescheduled", "cancelled", "no_shows", "conversations_offered", "conversations_booked")
    return {k: sum(row[k] for row in rows) for k in keys}
