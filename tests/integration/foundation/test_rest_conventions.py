"""REST conventions: problem+json for every error, field errors, cursor pagination, idempotency."""

from tests.integration.tenancy.test_auth import _problem


async def test_malformed_json_wrong_types_unknown_fields_and_long_strings(client, tenant):
    headers = {**tenant.headers, "Content-Type": "application/json"}
    _problem(await client.post("/v1/chatbots", headers=headers, content=b'{"name": "x",'), 400)

    body = _problem(await client.post("/v1/chatbots", headers=tenant.headers, json={"name": 42}), 400)
    assert body["errors"][0]["field"] == "name"
    assert "str" in body["errors"][0]["message"]

    body = _problem(await client.post("/v1/chatbots", headers=tenant.headers, json={"name": "x", "colour": "red"}), 400)
    assert "colour" in body["detail"]

    body = _problem(await client.post("/v1/chatbots", headers=tenant.headers, json={"name": "x" * 500}), 400)
    assert body["errors"][0]["field"] == "name"

    nested = {"name": "x", "appearance": {"primary_color": "blue"}}
    body = _problem(await client.post("/v1/chatbots", headers=tenant.headers, json=nested), 400)
    assert body["errors"][0]["field"] == "appearance.primary_color"

    bad_origin = {"name": "x", "allowed_origins": ["https://example.com/path"]}
    body = _problem(await client.post("/v1/chatbots", headers=tenant.headers, json=bad_origin), 422)
    assert body["errors"][0]["field"] == "allowed_origins"

    listed = await client.get("/v1/chatbots", headers=tenant.headers)
    assert listed.json()["items"] == []  # nothing was stored by any refused request


async def test_body_over_the_limit_is_413_problem(client, tenant, settings):
    big = {"name": "x", "instructions": "y" * (settings.max_body_bytes + 10)}
    _problem(await client.post("/v1/chatbots", headers=tenant.headers, json=big), 413)


async def test_invalid_ids_and_unknown_routes(client, tenant):
    _problem(await client.get("/v1/chatbots/not-a-uuid", headers=tenant.headers), 404)
    _problem(await client.get("/v1/chatbots/00000000-0000-0000-0000-000000000000", headers=tenant.headers), 404)
    _problem(await client.get("/v1/nothing-here"), 404)
    _problem(await client.put("/v1/chatbots", headers=tenant.headers, json={}), 405)
    _problem(await client.get("/v1/chatbots", headers=tenant.headers, params={"cursor": "!!!"}), 400)
    _problem(await client.get("/v1/chatbots", headers=tenant.headers, params={"limit": 0}), 400)
    _problem(await client.get("/v1/chatbots", headers=tenant.headers, params={"limit": "many"}), 400)


async def test_cursor_pagination_walks_every_item_once_newest_first(client, tenant):
    names = [f"bot {i}" for i in range(7)]
    for name in names:
        assert (await client.post("/v1/chatbots", headers=tenant.headers, json={"name": name})).status_code == 201
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        page = (await client.get("/v1/chatbots", headers=tenant.headers, params=params)).json()
        seen += [c["name"] for c in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == list(reversed(names)) and pages == 3


async def test_idempotency_key_replays_the_first_response(client, tenant):
    headers = {**tenant.headers, "Idempotency-Key": "create-support-bot-1"}
    first = await client.post("/v1/chatbots", headers=headers, json={"name": "Once"})
    again = await client.post("/v1/chatbots", headers=headers, json={"name": "Once"})
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    assert again.headers.get("idempotent-replayed") == "true"
    different = await client.post("/v1/chatbots", headers=headers, json={"name": "Twice"})
    assert "different request body" in _problem(different, 422)["detail"]
    names = [c["name"] for c in (await client.get("/v1/chatbots", headers=tenant.headers)).json()["items"]]
    assert names == ["Once"]
    # Without a key, two POSTs are two chatbots.
    await client.post("/v1/chatbots", headers=tenant.headers, json={"name": "Plain"})
    await client.post("/v1/chatbots", headers=tenant.headers, json={"name": "Plain"})
    names = [c["name"] for c in (await client.get("/v1/chatbots", headers=tenant.headers)).json()["items"]]
    assert names.count("Plain") == 2


async def test_idempotency_keys_belong_to_their_caller(client, tenant, other_tenant):
    key = {"Idempotency-Key": "shared-key"}
    a = await client.post("/v1/chatbots", headers=tenant.headers | key, json={"name": "Same"})
    b = await client.post("/v1/chatbots", headers=other_tenant.headers | key, json={"name": "Same"})
    assert a.json()["id"] != b.json()["id"]


async def test_concurrent_retries_with_one_key_create_one_object(client, tenant):
    import asyncio

    headers = {**tenant.headers, "Idempotency-Key": "double-click"}
    answers = await asyncio.gather(
        *[client.post("/v1/chatbots", headers=headers, json={"name": "Double"}) for _ in range(5)]
    )
    codes = sorted(a.status_code for a in answers)
    assert codes.count(201) >= 1 and set(codes) <= {201, 409}
    for conflict in (a for a in answers if a.status_code == 409):
        assert "still being processed" in _problem(conflict, 409)["detail"]
    ids = {a.json()["id"] for a in answers if a.status_code == 201}
    assert len(ids) == 1
    listed = (await client.get("/v1/chatbots", headers=tenant.headers)).json()["items"]
    assert [c["name"] for c in listed] == ["Double"]


async def test_nul_characters_are_refused_as_bad_input_and_nothing_is_stored(client, tenant):
    for body in ({"name": "bad\u0000name"}, {"name": "ok", "company_profile": {"description": "x\u0000y"}}):
        refused = await client.post("/v1/chatbots", headers=tenant.headers, json=body)
        assert "NUL" in _problem(refused, 400)["detail"]
    assert (await client.get("/v1/chatbots", headers=tenant.headers)).json()["items"] == []
    _problem(await client.get("/v1/widget/cb_%00x/config"), 404)


def nested(depth: int) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


async def test_json_nested_too_deep_is_400_everywhere_even_without_authentication(client, tenant):
    from tests.integration.conversations.helpers import ORIGIN, make_chatbot

    bot = await make_chatbot(client, tenant)
    headers = {"Content-Type": "application/json"}
    for depth in (33, 5_000):  # 5,000 made the decoder recurse until RecursionError (a 500)
        for deep in (nested(depth), b"[" * depth + b"]" * depth, b'{"name": "x", "extra": ' + nested(depth) + b"}"):
            widget = await client.post(f"/v1/widget/{bot.public_id}/sessions", content=deep, headers={**headers, "Origin": ORIGIN})
            assert "nest at most 32 levels" in _problem(widget, 400)["detail"]
            authed = await client.post("/v1/chatbots", content=deep, headers={**headers, **tenant.headers})
            assert "nest at most 32 levels" in _problem(authed, 400)["detail"]
    # 32 levels, and brackets inside strings, are just data
    shallow = {"name": "x", "instructions": "[" * 5000}
    assert (await client.post("/v1/chatbots", json=shallow, headers=tenant.headers)).status_code == 201
    entry = await client.post(f"/v1/widget/{bot.public_id}/sessions", content=b'{"metadata": ' + nested(31) + b"}",
                              headers={**headers, "Origin": ORIGIN})
    assert entry.status_code in (201, 400) and "nest" not in entry.text


async def test_nul_in_any_json_string_is_refused_with_the_field_named(client, tenant):
    from tests.integration.conversations.helpers import ORIGIN, cid, make_chatbot, visitor

    bot = await make_chatbot(client, tenant)
    refused = await client.post(f"/v1/widget/{bot.public_id}/sessions", json={"name": "Ada\u0000", "email": "a@example.com"},
                                headers={"Origin": ORIGIN})
    assert _problem(refused, 400)["errors"] == [{"field": "name", "message": "must not contain the NUL character (\\u0000)"}]
    entry = await visitor(client, bot, name="Ada", email="ada@example.com")
    said = await client.post(
        f"/v1/widget/{bot.public_id}/sessions/{entry['session']['id']}/messages",
        json={"content": "my order\u0000 is late", "client_id": cid()},
        headers={"Origin": ORIGIN, "X-Visitor-Token": entry["visitor_token"]},
    )
    assert _problem(said, 400)["errors"][0]["field"] == "content"
    listed = await client.get(f"/v1/conversations/{entry['session']['id']}/messages", headers=tenant.headers)
    assert all("\u0000" not in (e.get("content") or "") for e in listed.json()["events"])
    invited = await client.post("/v1/invitations", json={"email": "x\u0000@example.com", "role": "admin"}, headers=tenant.headers)
    assert _problem(invited, 400)["errors"][0]["field"] == "email"


async def test_a_datetime_without_an_offset_is_refused_with_the_field_named(client, tenant):
    naive = {"name": "ci", "scopes": ["chatbots:read"], "expires_at": "2030-01-01T00:00:00"}
    body = _problem(await client.post("/v1/api-keys", json=naive, headers=tenant.headers), 400)
    assert body["errors"][0]["field"] == "expires_at" and "timezone" in body["errors"][0]["message"]
    aware = await client.post("/v1/api-keys", json={**naive, "expires_at": "2030-01-01T00:00:00+02:00"}, headers=tenant.headers)
    assert aware.status_code == 201, aware.text
    for name in ("started_after", "started_before"):
        listed = await client.get("/v1/conversations", params={name: "2030-01-01T00:00:00"}, headers=tenant.headers)
        assert name in _problem(listed, 400)["detail"]
        assert (await client.get("/v1/conversations", params={name: "2030-01-01T00:00:00Z"}, headers=tenant.headers)).status_code == 200
