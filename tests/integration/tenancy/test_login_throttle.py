"""Login brakes: per (account, address) exponential delays and a per-account cap across addresses, none of
which can lock the owner out for good; the owner sees them as security events."""

import asyncio

import httpx
import pytest

from api.app import create_app
from domain.tenancy.model import LoginThrottlePolicy
from tests.conftest import unique_email
from tests.integration.tenancy.test_auth import _problem


@pytest.fixture
async def from_address(container):
    """Clients that call the app from given client addresses (the brakes are per address)."""
    app = create_app(container=container)
    app.state.container = container
    opened: list[httpx.AsyncClient] = []

    def make(address: str) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=app, client=(address, 40000))
        opened.append(httpx.AsyncClient(transport=transport, base_url="http://testserver"))
        return opened[-1]

    yield make
    for opened_client in opened:
        await opened_client.aclose()


def _login(email: str, password: str) -> dict:
    return {"email": email, "password": password}


def _brake(response, max_wait: int) -> int:
    body = _problem(response, 429)
    assert "too many failed logins" in body["detail"]
    wait = int(response.headers["retry-after"])
    assert 1 <= wait <= max_wait
    return wait


async def test_a_brute_force_from_five_addresses_is_refused_even_with_the_right_password(
    from_address, tenant, container, monkeypatch
):
    # The defaults but a first delay long enough that the outcome does not depend on this machine's speed.
    monkeypatch.setattr(container.tenancy, "login_policy", LoginThrottlePolicy(first_delay_seconds=60))
    attackers = [from_address(f"198.51.100.{i}") for i in range(1, 6)]
    statuses = []
    for _ in range(55):
        for attacker in attackers:
            statuses.append((await attacker.post("/v1/auth/login", json=_login(tenant.email, "wrong guess"))).status_code)
    assert len(statuses) == 275
    assert statuses.count(401) == 5 * 5  # five checked passwords per address, then only refusals
    assert statuses.count(429) == 250
    for attacker in attackers:
        _brake(await attacker.post("/v1/auth/login", json=_login(tenant.email, tenant.password)), max_wait=60)

    # The owner, elsewhere, is not locked out, and sees what happened.
    owner = from_address("192.0.2.10")
    ok = await owner.post("/v1/auth/login", json=_login(tenant.email, tenant.password))
    assert ok.status_code == 200, ok.text
    events = (await owner.get("/v1/me/security-events", headers={"Authorization": f"Bearer {ok.json()['access_token']}"})).json()
    assert sorted((e["kind"], e["client_address"]) for e in events["items"]) == [
        ("login_throttled", f"198.51.100.{i}") for i in range(1, 6)
    ]


async def test_parallel_guesses_get_no_more_password_checks_than_sequential_ones(from_address, tenant):
    attacker = from_address("198.51.100.77")
    answers = await asyncio.gather(
        *[attacker.post("/v1/auth/login", json=_login(tenant.email, f"guess {i}")) for i in range(20)]
    )
    codes = [a.status_code for a in answers]
    assert codes.count(401) == LoginThrottlePolicy().free_attempts and codes.count(429) == 15


async def test_the_right_password_works_once_the_delay_is_over_and_resets_it(from_address, tenant, container, monkeypatch):
    """Unknown e-mails are braked exactly like accounts, so the answers reveal nothing."""
    monkeypatch.setattr(
        container.tenancy, "login_policy", LoginThrottlePolicy(free_attempts=2, first_delay_seconds=2, max_delay_seconds=2)
    )
    client = from_address("198.51.100.200")
    nobody = unique_email("nobody")
    for email in (tenant.email, nobody):
        codes = [(await client.post("/v1/auth/login", json=_login(email, "wrong guess"))).status_code for _ in range(3)]
        assert codes == [401, 401, 429], email
    refused = await client.post("/v1/auth/login", json=_login(tenant.email, tenant.password))
    wait = _brake(refused, max_wait=2)  # the password is not even checked while braked
    await asyncio.sleep(wait + 0.1)
    assert (await client.post("/v1/auth/login", json=_login(tenant.email, tenant.password))).status_code == 200
    # A success clears the address's count: the next wrong password is checked again.
    assert (await client.post("/v1/auth/login", json=_login(tenant.email, "wrong again"))).status_code == 401


async def test_the_account_cap_across_addresses_delays_new_addresses_for_a_bounded_time(
    from_address, tenant, container, monkeypatch
):
    policy = LoginThrottlePolicy(
        free_attempts=3, first_delay_seconds=1, max_delay_seconds=1, account_failures=6, account_window_seconds=5
    )
    monkeypatch.setattr(container.tenancy, "login_policy", policy)
    usual = from_address("192.0.2.50")
    assert (await usual.post("/v1/auth/login", json=_login(tenant.email, tenant.password))).status_code == 200

    for i in range(1, 4):  # three addresses, two failures each: the account's cap of six
        attacker = from_address(f"198.51.100.{100 + i}")
        for _ in range(2):
            assert (await attacker.post("/v1/auth/login", json=_login(tenant.email, "wrong guess"))).status_code == 401

    travelling = from_address("203.0.113.99")  # the owner on a new network
    wait = _brake(await travelling.post("/v1/auth/login", json=_login(tenant.email, tenant.password)), max_wait=5)
    # An address the owner logged in from before keeps working during the attack.
    at_home = await usual.post("/v1/auth/login", json=_login(tenant.email, tenant.password))
    assert at_home.status_code == 200
    await asyncio.sleep(wait + 0.1)
    assert (await travelling.post("/v1/auth/login", json=_login(tenant.email, tenant.password))).status_code == 200

    events = (
        await usual.get("/v1/me/security-events", headers={"Authorization": f"Bearer {at_home.json()['access_token']}"})
    ).json()["items"]
    assert [e["kind"] for e in events] == ["login_locked"]
    assert events[0]["client_address"].startswith("198.51.100.")
