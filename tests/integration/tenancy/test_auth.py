"""Sign-up, login, refresh rotation with reuse detection, logout, password change, bad tokens."""

import base64
import json
import time

from tests.conftest import sign_up, unique_email

PROBLEM = "application/problem+json"


def _problem(response, status):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status and body["title"] and body["type"].startswith("https://")
    return body


async def test_signup_then_duplicate_email_is_a_conflict(client, tenant):
    response = await client.post(
        "/v1/auth/signup",
        json={"company": "Other", "name": "Eve", "email": tenant.email.upper(), "password": "another long pass"},
    )
    assert "already exists" in _problem(response, 409)["detail"]


async def test_login_with_right_and_wrong_password(client, tenant):
    ok = await client.post("/v1/auth/login", json={"email": tenant.email, "password": tenant.password})
    assert ok.status_code == 200
    assert (await client.get("/v1/me", headers={"Authorization": f"Bearer {ok.json()['access_token']}"})).status_code == 200
    wrong = await client.post("/v1/auth/login", json={"email": tenant.email, "password": "not the password"})
    body = _problem(wrong, 401)
    assert body["detail"] == "email or password is wrong"
    assert wrong.headers["www-authenticate"].startswith("Bearer")
    unknown = await client.post("/v1/auth/login", json={"email": unique_email(), "password": "whatever123"})
    assert _problem(unknown, 401)["detail"] == body["detail"]  # no account enumeration


async def test_refresh_rotates_and_reuse_revokes_the_whole_family(client, tenant):
    first = await client.post("/v1/auth/refresh", json={"refresh_token": tenant.refresh_token})
    assert first.status_code == 200, first.text
    rotated = first.json()
    assert rotated["refresh_token"] != tenant.refresh_token
    second = await client.post("/v1/auth/refresh", json={"refresh_token": rotated["refresh_token"]})
    assert second.status_code == 200
    newest = second.json()

    # An attacker replays the first (already rotated) token: the family dies.
    replay = await client.post("/v1/auth/refresh", json={"refresh_token": tenant.refresh_token})
    assert "already used" in _problem(replay, 401)["detail"]
    after = await client.post("/v1/auth/refresh", json={"refresh_token": newest["refresh_token"]})
    _problem(after, 401)
    me = await client.get("/v1/me", headers={"Authorization": f"Bearer {newest['access_token']}"})
    _problem(me, 401)


async def test_logout_revokes_access_and_refresh_tokens(client, tenant):
    other_login = await client.post("/v1/auth/login", json={"email": tenant.email, "password": tenant.password})
    other = other_login.json()
    out = await client.post("/v1/auth/logout", headers=tenant.headers)
    assert out.status_code == 204
    _problem(await client.get("/v1/me", headers=tenant.headers), 401)
    _problem(await client.post("/v1/auth/refresh", json={"refresh_token": tenant.refresh_token}), 401)
    # Logging out one session leaves the other alive.
    assert (await client.get("/v1/me", headers={"Authorization": f"Bearer {other['access_token']}"})).status_code == 200


async def test_password_change_revokes_every_session(client, tenant):
    phone = (await client.post("/v1/auth/login", json={"email": tenant.email, "password": tenant.password})).json()
    wrong = await client.post(
        "/v1/auth/password", headers=tenant.headers, json={"current_password": "nope nope", "new_password": "x" * 12}
    )
    _problem(wrong, 401)
    changed = await client.post(
        "/v1/auth/password",
        headers=tenant.headers,
        json={"current_password": tenant.password, "new_password": "a brand new passphrase"},
    )
    assert changed.status_code == 200, changed.text
    fresh = changed.json()
    for token in (tenant.access_token, phone["access_token"]):
        _problem(await client.get("/v1/me", headers={"Authorization": f"Bearer {token}"}), 401)
    _problem(await client.post("/v1/auth/refresh", json={"refresh_token": phone["refresh_token"]}), 401)
    assert (await client.get("/v1/me", headers={"Authorization": f"Bearer {fresh['access_token']}"})).status_code == 200
    _problem(await client.post("/v1/auth/login", json={"email": tenant.email, "password": tenant.password}), 401)
    relogin = await client.post("/v1/auth/login", json={"email": tenant.email, "password": "a brand new passphrase"})
    assert relogin.status_code == 200


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


async def test_forged_alg_none_expired_and_garbage_tokens_are_refused(client, tenant, container):
    header, payload, signature = tenant.access_token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))

    promoted = dict(claims, role="owner", tid=claims["tid"])
    forged = f"{header}.{_b64(promoted | {'plan': 'enterprise'})}.{signature}"
    alg_none = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(claims)}."
    expired_claims = dict(claims, exp=int(time.time()) - 3600, iat=int(time.time()) - 7200)
    from authlib.jose import JsonWebToken

    from infrastructure.crypto.envelope import derive_key

    expired = JsonWebToken(["HS256"]).encode(
        {"alg": "HS256"}, expired_claims, derive_key(container.settings.secret_key, "jwt/access")
    ).decode()
    wrong_key = JsonWebToken(["HS256"]).encode({"alg": "HS256"}, claims, b"k" * 32).decode()
    for token in (forged, alg_none, expired, wrong_key, "garbage", "a.b.c"):
        body = _problem(await client.get("/v1/me", headers={"Authorization": f"Bearer {token}"}), 401)
        assert "token" in body["detail"]
    _problem(await client.get("/v1/me", headers={"Authorization": "Basic abc"}), 401)
    _problem(await client.get("/v1/me"), 401)


async def test_accounts_of_two_signups_are_separate_workspaces(client):
    a = await sign_up(client)
    b = await sign_up(client)
    assert a.id != b.id
    me_b = (await client.get("/v1/tenant", headers=b.headers)).json()
    assert me_b["id"] == b.id and me_b["plan"] == "free"


async def test_a_logout_reaches_every_api_process_at_once(client, tenant, settings):
    """Each process mirrors revocations in memory; another process learns of a logout by pub/sub."""
    import asyncio
    import uuid as uuid_module

    from infrastructure.container import Container

    other = await Container.start(settings)
    try:
        for _ in range(100):
            if other.revocations._live:
                break
            await asyncio.sleep(0.02)
        principal = other.access_tokens.verify(tenant.access_token)
        assert not await other.revocations.is_revoked(principal.session_id)
        assert (await client.post("/v1/auth/logout", headers=tenant.headers)).status_code == 204
        for _ in range(50):
            if await other.revocations.is_revoked(principal.session_id):
                break
            await asyncio.sleep(0.02)
        assert await other.revocations.is_revoked(principal.session_id)
        assert not await other.revocations.is_revoked(uuid_module.uuid4())
    finally:
        await other.close()


async def test_an_idempotent_replay_of_a_rotated_refresh_token_is_caught_as_reuse(client, tenant, container):
    """Idempotency-Key is ignored on credential routes: the replay runs again, reuse detection fires,
    and no response holding a token is kept in Redis."""
    key = {"Idempotency-Key": "refresh-once"}
    first = await client.post("/v1/auth/refresh", headers=key, json={"refresh_token": tenant.refresh_token})
    assert first.status_code == 200, first.text
    rotated = first.json()
    replay = await client.post("/v1/auth/refresh", headers=key, json={"refresh_token": tenant.refresh_token})
    assert "already used" in _problem(replay, 401)["detail"]
    assert replay.headers.get("idempotent-replayed") is None
    # The whole family is revoked: the tokens of the first (legitimate) rotation are dead too.
    _problem(await client.post("/v1/auth/refresh", json={"refresh_token": rotated["refresh_token"]}), 401)
    _problem(await client.get("/v1/me", headers={"Authorization": f"Bearer {rotated['access_token']}"}), 401)

    login = await client.post(
        "/v1/auth/login", headers={"Idempotency-Key": "login-once"}, json={"email": tenant.email, "password": tenant.password}
    )
    assert login.status_code == 200
    secrets = [rotated["refresh_token"], rotated["access_token"], login.json()["refresh_token"]]
    async for record_key in container.redis.scan_iter(match="idem:*"):
        stored = await container.redis.get(record_key) or b""
        assert not any(secret.encode() in stored for secret in secrets)


def _secret_fields(annotation, seen=None) -> list[str]:
    """Names of token/secret fields anywhere in a response type (msgspec structs, lists, Response[T])."""
    import typing

    import msgspec

    seen = set() if seen is None else seen
    found: list[str] = []
    for arg in typing.get_args(annotation):
        found += _secret_fields(arg, seen)
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct) and annotation not in seen:
        seen.add(annotation)
        for name, hint in typing.get_type_hints(annotation).items():
            if name in ("secret", "token", "tokens") or name.endswith("_token"):
                found.append(f"{annotation.__name__}.{name}")
            found += _secret_fields(hint, seen)
    return found


def test_every_post_returning_a_token_or_secret_is_never_idempotency_cached():
    """A new credential route cannot be cached by accident: it must carry the `credentials` option."""
    from api.app import create_app
    from infrastructure.settings import Settings

    app = create_app(Settings(secret_key=b"\0" * 32, master_key=b"\0" * 32))
    credential_routes, unmarked = set(), []
    for route in app.routes:
        for handler in getattr(route, "route_handlers", []):
            if "POST" not in handler.http_methods:
                continue
            fields = _secret_fields(handler.parsed_fn_signature.return_type.annotation)
            if handler.opt.get("credentials"):
                credential_routes.add(route.path)
            elif fields:
                unmarked.append((route.path, fields))
    assert not unmarked, f"routes returning secrets without CREDENTIALS: {unmarked}"
    assert {"/v1/auth/signup", "/v1/auth/login", "/v1/auth/refresh", "/v1/auth/logout", "/v1/auth/password",
            "/v1/invitations/accept", "/v1/invitations", "/v1/api-keys"} <= credential_routes
