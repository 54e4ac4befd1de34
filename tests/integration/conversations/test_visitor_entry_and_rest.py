"""The widget's front door and the members' REST view of conversations."""

from __future__ import annotations

import asyncpg

from tests.integration.conversations.helpers import ORIGIN, enter, make_chatbot, open_socket, visitor, visitor_socket


async def test_origin_must_be_allowed(client, bot):
    assert (await enter(client, bot.public_id, origin="https://evil.example")).status_code == 403
    assert (await enter(client, bot.public_id, origin=None)).status_code == 403
    r = await enter(client, bot.public_id)
    assert r.status_code == 201 and r.headers["access-control-allow-origin"] == ORIGIN
    assert (await enter(client, "cb_doesnotexist")).status_code == 404


async def test_a_request_without_origin_is_judged_as_the_servers_own_page(client, ws_base, tenant):
    """Browsers leave Origin out of same-origin GETs (the preview page): that is the API's own origin."""
    bot = await make_chatbot(client, tenant, origins=["https://shop.example"])
    refused = await client.get(f"/v1/widget/{bot.public_id}/config")
    assert refused.status_code == 403
    assert refused.json()["detail"].startswith("origin http://testserver is not allowed")
    assert "None" not in refused.json()["detail"]

    both = await make_chatbot(client, tenant, origins=["https://shop.example", "http://testserver", f"http://{ws_base}"])
    assert (await client.get(f"/v1/widget/{both.public_id}/config")).status_code == 200
    entry = (await enter(client, both.public_id, origin="https://shop.example")).json()
    sock = await visitor_socket(ws_base, entry, origin=None)  # a client without Origin, on the API's own host
    await sock.close()

    shop_entry = (await enter(client, bot.public_id, origin="https://shop.example")).json()
    refused_socket = await open_socket(ws_base, "/v1/ws/visitor", origin=None, token=shop_entry["visitor_token"])
    await refused_socket.ws.wait_closed()
    assert refused_socket.ws.close_code == 4403
    assert refused_socket.ws.close_reason.startswith(f"origin http://{ws_base} is not allowed")


async def test_returning_visitor_gets_history_back_and_pii_is_encrypted(client, ws_base, bot, tenant, services):
    first = await visitor(client, bot, name="Ada", email="ada@example.org", metadata={"plan": "gold"})
    assert first["returning"] is False and first["history"] == []
    v = await visitor_socket(ws_base, first)
    await v.send({"type": "message", "client_id": "m1", "content": "My parcel is late"})
    await v.of_type("ack", client_id="m1")
    await v.close()

    again = await visitor(client, bot, visitor_token=first["visitor_token"])
    assert again["returning"] is True and again["visitor_id"] == first["visitor_id"]
    assert again["session"]["id"] == first["session"]["id"]  # still open: the same conversation
    assert [m["content"] for m in again["history"]] == ["My parcel is late"]

    # Visitor PII and the message body are ciphertext in the database.
    conn = await asyncpg.connect(services.owner_url)
    try:
        row = await conn.fetchrow("SELECT * FROM visitors WHERE id = $1", __import__("uuid").UUID(first["visitor_id"]))
        blob = b"".join(bytes(row[c] or b"") for c in ("name_ciphertext", "email_ciphertext", "ip_ciphertext", "user_agent_ciphertext"))
        assert b"Ada" not in blob and b"ada@example.org" not in blob and b"203.0.113.7" not in blob
        content = await conn.fetchval("SELECT content_ciphertext FROM chat_messages WHERE client_id = 'm1'")
        assert b"parcel" not in bytes(content)
    finally:
        await conn.close()

    # After the conversation is closed, a return visit starts a new one, history included.
    r = await client.post(f"/v1/conversations/{first['session']['id']}/close", headers=tenant.headers)
    assert r.status_code == 200 and r.json()["status"] == "closed" and r.json()["ended_at"]
    third = await visitor(client, bot, visitor_token=first["visitor_token"])
    assert third["session"]["id"] != first["session"]["id"]
    assert [m["content"] for m in third["history"]] == ["My parcel is late"]


async def test_visitor_token_of_another_chatbot_is_refused(client, ws_base, bot, tenant, other_tenant):
    other_bot = await make_chatbot(client, tenant)
    foreign_bot = await make_chatbot(client, other_tenant)
    entry = await visitor(client, bot)
    for target in (other_bot, foreign_bot):
        r = await enter(client, target.public_id, visitor_token=entry["visitor_token"])
        assert r.status_code == 403, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
    forged = entry["visitor_token"][:-4] + ("AAAA" if not entry["visitor_token"].endswith("AAAA") else "BBBB")
    assert (await enter(client, bot.public_id, visitor_token=forged)).status_code == 401
    # On the socket too: the token names its chatbot.
    from tests.integration.conversations.helpers import open_socket

    sock = await open_socket(ws_base, "/v1/ws/visitor", token=entry["visitor_token"], session_id=entry["session"]["id"],
                             public_id=other_bot.public_id)
    await sock.ws.wait_closed()
    assert sock.ws.close_code == 4403 and "another chatbot" in sock.ws.close_reason


async def test_list_filter_transcript_rate_and_export(client, ws_base, tenant):
    bot_a = await make_chatbot(client, tenant)
    bot_b = await make_chatbot(client, tenant)
    a = await visitor(client, bot_a, email="lin@example.org")
    b = await visitor(client, bot_b)
    sock = await visitor_socket(ws_base, a)
    for i in range(3):
        await sock.send({"type": "message", "client_id": f"a{i}", "content": f"question {i}"})
        await sock.of_type("ack", client_id=f"a{i}")
    await sock.close()

    def ids(r):
        assert r.status_code == 200, r.text
        return [s["id"] for s in r.json()["items"]]

    h = tenant.headers
    assert ids(await client.get("/v1/conversations", headers=h)) == [b["session"]["id"], a["session"]["id"]]
    assert ids(await client.get("/v1/conversations", headers=h, params={"chatbot_id": bot_a.id})) == [a["session"]["id"]]
    assert ids(await client.get("/v1/conversations", headers=h, params={"visitor_id": b["visitor_id"]})) == [b["session"]["id"]]
    assert ids(await client.get("/v1/conversations", headers=h, params={"visitor_email": "LIN@example.org"})) == [a["session"]["id"]]
    assert ids(await client.get("/v1/conversations", headers=h, params={"status": "closed"})) == []
    assert ids(await client.get("/v1/conversations", headers=h, params={"started_after": "2100-01-01T00:00:00Z"})) == []
    page = await client.get("/v1/conversations", headers=h, params={"limit": 1})
    assert page.json()["next_cursor"]
    assert ids(await client.get("/v1/conversations", headers=h, params={"limit": 1, "cursor": page.json()["next_cursor"]})) == [a["session"]["id"]]

    t = await client.get(f"/v1/conversations/{a['session']['id']}/messages", headers=h, params={"after_seq": 1, "limit": 1})
    assert [e["seq"] for e in t.json()["events"]] == [2] and t.json()["next_after_seq"] == 2

    bad = await client.post(f"/v1/conversations/{a['session']['id']}/rating", headers=h, json={"rating": 6})
    assert bad.status_code == 400 and bad.headers["content-type"].startswith("application/problem+json")
    rated = await client.post(f"/v1/conversations/{a['session']['id']}/rating", headers=h, json={"rating": 4, "comment": "quick"})
    assert rated.status_code == 200 and (rated.json()["review_rating"], rated.json()["review_comment"]) == (4, "quick")
    assert rated.json()["csat_rating"] is None  # the team's rating is not the visitor's CSAT

    # The visitor can rate too, with their token.
    r = await client.post(
        f"/v1/widget/{bot_b.public_id}/sessions/{b['session']['id']}/rating",
        headers={"Origin": ORIGIN, "X-Visitor-Token": b["visitor_token"]}, json={"rating": 2, "comment": "slow"},
    )
    assert r.status_code == 204, r.text
    assert ids(await client.get("/v1/conversations", headers=h, params={"rated": "true"})) == [b["session"]["id"]]

    exported = await client.get(f"/v1/conversations/{a['session']['id']}/export", headers=h)
    body = exported.json()
    assert exported.status_code == 200 and "attachment" in exported.headers["content-disposition"]
    assert body["visitor"]["email"] == "lin@example.org"
    assert [e["content"] for e in body["events"]] == ["question 0", "question 1", "question 2"]
    text = await client.get(f"/v1/conversations/{a['session']['id']}/export", headers=h, params={"format": "text"})
    assert text.headers["content-type"] == "text/plain; charset=utf-8"
    assert "Visitor: question 2" in text.text and "Team rating: 4/5 - quick" in text.text
    assert (await client.get(f"/v1/conversations/{a['session']['id']}/export", headers=h, params={"format": "pdf"})).status_code == 400
    declared = await client.get(f"/v1/conversations/{a['session']['id']}/export.txt", headers=h)
    assert declared.status_code == 200 and declared.text == text.text
    assert declared.headers["content-type"] == "text/plain; charset=utf-8"


async def test_the_teams_rating_keeps_the_visitors_csat(client, tenant, bot):
    entry = await visitor(client, bot)
    sid = entry["session"]["id"]
    r = await client.post(
        f"/v1/widget/{bot.public_id}/sessions/{sid}/rating",
        headers={"Origin": ORIGIN, "X-Visitor-Token": entry["visitor_token"]}, json={"rating": 5, "comment": "lovely"},
    )
    assert r.status_code == 204, r.text
    owner = await client.post(f"/v1/conversations/{sid}/rating", headers=tenant.headers, json={"rating": 2, "comment": "missed a refund"})
    assert owner.status_code == 200, owner.text
    session = (await client.get(f"/v1/conversations/{sid}", headers=tenant.headers)).json()
    assert (session["csat_rating"], session["csat_comment"]) == (5, "lovely")
    assert (session["review_rating"], session["review_comment"]) == (2, "missed a refund")


async def test_other_tenants_conversations_are_404(client, tenant, other_tenant, bot):
    entry = await visitor(client, bot)
    sid = entry["session"]["id"]
    h = other_tenant.headers
    for method, path, body in [
        ("GET", f"/v1/conversations/{sid}", None),
        ("GET", f"/v1/conversations/{sid}/messages", None),
        ("GET", f"/v1/conversations/{sid}/export", None),
        ("POST", f"/v1/conversations/{sid}/close", None),
        ("POST", f"/v1/conversations/{sid}/rating", {"rating": 1}),
    ]:
        r = await client.request(method, path, headers=h, json=body)
        assert r.status_code == 404, (path, r.text)
        assert r.headers["content-type"].startswith("application/problem+json")
    assert (await client.get("/v1/conversations", headers=h)).json()["items"] == []
    assert (await client.get(f"/v1/conversations/{sid}", headers=tenant.headers)).json()["status"] == "open"


async def test_permissions_and_scopes(client, tenant, bot):
    assert (await client.get("/v1/conversations")).status_code == 401
    key = await client.post("/v1/api-keys", headers=tenant.headers, json={"name": "crm", "scopes": ["conversations:read"]})
    assert key.status_code == 201, key.text
    kh = {"Authorization": f"Bearer {key.json()['secret']}"}
    entry = await visitor(client, bot)
    assert (await client.get("/v1/conversations", headers=kh)).status_code == 200
    r = await client.post(f"/v1/conversations/{entry['session']['id']}/close", headers=kh)
    assert r.status_code == 403 and "conversations:write" in r.json()["detail"]
