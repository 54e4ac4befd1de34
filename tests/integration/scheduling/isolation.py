from datetime import UTC, datetime, timedelta

from tests.integration.isolation import Isolation

ALWAYS = {d: [["00:00", "24:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


async def objects(client, owner, made):
    calendar = (await client.post("/v1/calendars", headers=owner.headers, json={
        "url": "https://1.1.1.1/dav/cal/", "username": "u", "password": "p", "verify": False})).json()
    schedule = (await client.post("/v1/schedules", headers=owner.headers, json={
        "chatbot_id": made["chatbot_id"], "name": "Demo", "resource": "team:isolation",
        "rules": {"weekly": ALWAYS, "min_notice_minutes": 0}})).json()
    start = (datetime.now(UTC) + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
    booking = (await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=owner.headers, json={
        "start": start.isoformat(), "name": "Ada", "email": "ada@example.com"})).json()
    return {"calendar_id": calendar["id"], "schedule_id": schedule["id"], "booking_id": booking["id"]}


ISOLATION = Isolation(
    objects,
    write_bodies={"schedule_id": {"name": "stolen"}},
    path_bodies={
        "/v1/schedules/{schedule_id}/bookings": {"start": "2030-01-01T10:00:00Z", "name": "Eve", "email": "eve@example.com"},
        "/v1/bookings/{booking_id}/reschedule": {"start": "2030-01-01T10:00:00Z"},
    },
)
