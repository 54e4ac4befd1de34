"""Roles, invitations, API keys: every endpoint checks permissions."""

from datetime import UTC, datetime, timedelta

import asyncpg

from tests.conftest import unique_email
from tests.integration.tenancy.test_auth import _problem


async def _join(client, owner, role):
    email = unique_email(role)
    invited = await client.post("/v1/invitations", headers=owner.headers, json={"email": email, "role": role})
    assert invited.status_code == 201, invited.text
    token = invited.json()["token"]
    accepted = await client.post(
        "/v1/invitations/accept", json={"token": token, "name": f"{role} person", "password": "operator password"}
    )
    assert accepted.status_code == 201, accepted.text
    body = accepted.json()
    return token, body["user"], {"Authorization": f"Bearer {body['tokens']['access_token']}"}


async def test_invitation_is_single_use_and_gives_the_invited_role(client, tenant):
    token, user, headers = await _join(client, tenant, "operator")
    assert user["role"] == "operator"
    again = await client.post("/v1/invitations/accept", json={"token": token, "name": "x", "password": "another password"})
    _problem(again, 409)
    members = (await client.get("/v1/members", headers=tenant.headers)).json()["items"]
    assert {m["role"] for m in members} == {"owner", "operator"}
    _problem(await client.post("/v1/invitations/accept", json={"token": "inv_bogus", "name": "x", "password": "another password"}), 404)


async def test_operator_reads_but_cannot_manage(client, tenant):
    created = await client.post("/v1/chatbots", headers=tenant.headers, json={"name": "Helper"})
    assert created.status_code == 201
    _, _, operator = await _join(client, tenant, "operator")
    assert (await client.get("/v1/chatbots", headers=operator)).status_code == 200
    assert (await client.get(f"/v1/chatbots/{created.json()['id']}", headers=operator)).status_code == 200
    body = _problem(await client.post("/v1/chatbots", headers=operator, json={"name": "Nope"}), 403)
    assert "chatbots:write" in body["detail"]
    _problem(await client.post("/v1/api-keys", headers=operator, json={"name": "k", "scopes": ["chatbots:read"]}), 403)
    _problem(await client.post("/v1/invitations", headers=operator, json={"email": unique_email(), "role": "operator"}), 403)
    _problem(await client.delete("/v1/tenant", headers=operator, params={"confirm_name": tenant.company}), 403)


async def test_admin_cannot_create_owners_and_last_owner_stays(client, tenant):
    _, admin_user, admin = await _join(client, tenant, "admin")
    _problem(await client.post("/v1/invitations", headers=admin, json={"email": unique_email(), "role": "owner"}), 403)
    _problem(await client.patch(f"/v1/members/{tenant.user_id}", headers=admin, json={"role": "operator"}), 403)
    body = _problem(await client.patch(f"/v1/members/{tenant.user_id}", headers=tenant.headers, json={"role": "admin"}), 409)
    assert "last owner" in body["detail"]
    demoted = await client.patch(f"/v1/members/{admin_user['id']}", headers=tenant.headers, json={"role": "operator"})
    assert demoted.json()["role"] == "operator"
    # The demoted member's old token (with the admin role in it) no longer works.
    _problem(await client.get("/v1/me", headers=admin), 401)


async def test_api_key_shown_once_scoped_and_revocable(client, tenant):
    created = await client.post(
        "/v1/api-keys", headers=tenant.headers, json={"name": "CI", "scopes": ["chatbots:read"]}
    )
    assert created.status_code == 201, created.text
    issued = created.json()
    secret, key = issued["secret"], issued["api_key"]
    assert secret.startswith(f"prly_{key['prefix']}_") and key["last_used_at"] is None
    listed = (await client.get("/v1/api-keys", headers=tenant.headers)).json()["items"]
    assert [k["prefix"] for k in listed] == [key["prefix"]]
    assert secret not in str(listed) and "secret" not in listed[0]

    as_key = {"X-API-Key": secret}
    assert (await client.get("/v1/chatbots", headers=as_key)).status_code == 200
    assert (await client.get("/v1/chatbots", headers={"Authorization": f"Bearer {secret}"})).status_code == 200
    _problem(await client.post("/v1/chatbots", headers=as_key, json={"name": "x"}), 403)
    _problem(await client.get("/v1/members", headers=as_key), 403)
    used = (await client.get(f"/v1/api-keys/{key['id']}", headers=tenant.headers)).json()
    assert used["last_used_at"] is not None

    _problem(await client.get("/v1/chatbots", headers={"X-API-Key": secret[:-2] + "xx"}), 401)
    assert (await client.delete(f"/v1/api-keys/{key['id']}", headers=tenant.headers)).status_code == 204
    body = _problem(await client.get("/v1/chatbots", headers=as_key), 401)
    assert "revoked" in body["detail"]


async def test_api_key_scopes_cannot_exceed_policy(client, tenant):
    bad = await client.post("/v1/api-keys", headers=tenant.headers, json={"name": "x", "scopes": ["members:manage"]})
    _problem(bad, 400)
    past = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    _problem(await client.post("/v1/api-keys", headers=tenant.headers, json={"name": "x", "scopes": ["chatbots:read"], "expires_at": past}), 422)


async def test_every_scope_a_context_offers_to_api_keys_can_be_granted(client, tenant):
    """The scopes come from the contexts' declarations: an integrator's key may manage webhooks."""
    from domain.access import api_key_scopes

    scopes = sorted(api_key_scopes())
    assert {"webhooks:read", "webhooks:write"} <= set(scopes)
    created = await client.post("/v1/api-keys", headers=tenant.headers, json={"name": "partner", "scopes": scopes})
    assert created.status_code == 201, created.text
    as_key = {"X-API-Key": created.json()["secret"]}
    assert (await client.get("/v1/webhooks", headers=as_key)).status_code == 200


async def test_expired_api_key_is_refused(client, tenant, services):
    issued = (
        await client.post("/v1/api-keys", headers=tenant.headers, json={"name": "short", "scopes": ["chatbots:read"]})
    ).json()
    conn = await asyncpg.connect(services.owner_url)
    try:
        await conn.execute("UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1", issued["api_key"]["id"])
    finally:
        await conn.close()
    assert "expired" in _problem(await client.get("/v1/chatbots", headers={"X-API-Key": issued["secret"]}), 401)["detail"]


async def test_api_keys_are_bounded_by_their_creators_current_role(client, tenant):
    """A key never does more than its creator may do now: demoted creator → no writes; removed → 401."""
    _, admin_user, admin = await _join(client, tenant, "admin")
    scopes = ["chatbots:read", "chatbots:write", "knowledge:read"]
    issued = await client.post("/v1/api-keys", headers=admin, json={"name": "Admin's CI", "scopes": scopes})
    assert issued.status_code == 201, issued.text
    as_key = {"X-API-Key": issued.json()["secret"]}
    assert issued.json()["api_key"]["created_by"] == {"id": admin_user["id"], "name": "admin person"}
    assert (await client.post("/v1/chatbots", headers=as_key, json={"name": "By key"})).status_code == 201

    listed = (await client.get("/v1/api-keys", headers=tenant.headers)).json()["items"]
    assert listed[0]["created_by"] == {"id": admin_user["id"], "name": "admin person"}
    assert listed[0]["effective_scopes"] == sorted(scopes)

    demoted = await client.patch(f"/v1/members/{admin_user['id']}", headers=tenant.headers, json={"role": "operator"})
    assert demoted.status_code == 200
    body = _problem(await client.post("/v1/chatbots", headers=as_key, json={"name": "After demotion"}), 403)
    assert "chatbots:write" in body["detail"]
    assert (await client.get("/v1/chatbots", headers=as_key)).status_code == 200  # operators read
    listed = (await client.get("/v1/api-keys", headers=tenant.headers)).json()["items"]
    assert listed[0]["scopes"] == sorted(scopes)
    assert listed[0]["effective_scopes"] == ["chatbots:read", "knowledge:read"]

    # Promoted back, the key regains what it was granted: the bound is the role at request time.
    await client.patch(f"/v1/members/{admin_user['id']}", headers=tenant.headers, json={"role": "admin"})
    assert (await client.post("/v1/chatbots", headers=as_key, json={"name": "Promoted again"})).status_code == 201

    assert (await client.delete(f"/v1/members/{admin_user['id']}", headers=tenant.headers)).status_code == 204
    body = _problem(await client.get("/v1/chatbots", headers=as_key), 401)
    assert "no longer a member" in body["detail"]
    listed = (await client.get("/v1/api-keys", headers=tenant.headers)).json()["items"]
    assert listed[0]["created_by"] is None and listed[0]["effective_scopes"] == []
