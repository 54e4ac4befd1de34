"""Chatbots through the API: create, partial update, delete, and the public widget config."""

from tests.integration.tenancy.test_auth import _problem


async def test_chatbot_crud_and_partial_update(client, tenant):
    created = await client.post(
        "/v1/chatbots",
        headers=tenant.headers,
        json={
            "name": "Support",
            "persona": "Friendly",
            "languages": ["en", "fr"],
            "appearance": {"primary_color": "#112233", "position": "bottom-left"},
            "allowed_origins": ["https://shop.example.com"],
            "ai_settings": {"provider": "anthropic", "model": "claude-sonnet", "temperature": 0.2, "max_tokens": 500},
        },
    )
    assert created.status_code == 201, created.text
    bot = created.json()
    assert bot["appearance"]["primary_color"] == "#112233" and bot["appearance"]["theme"] == "auto"
    assert bot["ai_settings"]["has_api_key"] is False and bot["public_id"].startswith("cb_")
    patched = await client.patch(
        f"/v1/chatbots/{bot['id']}", headers=tenant.headers, json={"appearance": {"theme": "dark"}, "status": "paused"}
    )
    assert patched.status_code == 200, patched.text
    after = patched.json()
    assert after["appearance"] == bot["appearance"] | {"theme": "dark"}
    assert after["status"] == "paused" and after["persona"] == "Friendly"
    assert (await client.delete(f"/v1/chatbots/{bot['id']}", headers=tenant.headers)).status_code == 204
    _problem(await client.get(f"/v1/chatbots/{bot['id']}", headers=tenant.headers), 404)


async def test_widget_config_shows_only_public_fields_and_checks_origin(client, tenant):
    bot = (
        await client.post(
            "/v1/chatbots",
            headers=tenant.headers,
            json={
                "name": "Shop helper",
                "instructions": "secret internal instructions",
                "allowed_origins": ["https://shop.example.com", "https://*.example.org"],
                "ai_settings": {"api_key": "sk-hidden"},
            },
        )
    ).json()
    url = f"/v1/widget/{bot['public_id']}/config"
    ok = await client.get(url, headers={"Origin": "https://shop.example.com"})
    assert ok.status_code == 200, ok.text
    config = ok.json()
    assert set(config) == {
        "public_id", "name", "welcome_message", "languages", "appearance", "online",
        "pre_chat_form", "open_now", "away_message", "proactive_messages", "transcript_by_email",
    }
    assert "secret internal" not in ok.text and "sk-hidden" not in ok.text
    assert ok.headers["access-control-allow-origin"] == "https://shop.example.com"
    assert (await client.get(url, headers={"Origin": "https://help.example.org"})).status_code == 200
    _problem(await client.get(url, headers={"Origin": "https://evil.example.net"}), 403)
    _problem(await client.get("/v1/widget/cb_doesnotexist/config"), 404)
