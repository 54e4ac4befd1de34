"""The login brakes counted in one process, used while Redis is away: guessing stays braked."""

from domain.tenancy.model import LoginThrottlePolicy
from infrastructure.security.login_attempts import LocalLoginAttempts

POLICY = LoginThrottlePolicy(free_attempts=3, first_delay_seconds=60, account_failures=5)


def test_an_address_is_braked_after_its_free_attempts_and_a_success_clears_it():
    brakes = LocalLoginAttempts()
    admitted = [brakes.admit("acct", "198.51.100.1", POLICY) for _ in range(4)]
    assert [a.wait_seconds for a in admitted[:3]] == [0, 0, 0]
    assert 0 < admitted[3].wait_seconds <= 60  # the third attempt started a one-minute delay
    assert brakes.admit("acct", "198.51.100.2", POLICY).wait_seconds == 0  # another address is not braked
    brakes.succeeded("acct", "198.51.100.1", POLICY)
    assert brakes.admit("acct", "198.51.100.1", POLICY).wait_seconds == 0


def test_many_failures_across_addresses_brake_new_addresses_but_not_known_ones():
    brakes = LocalLoginAttempts()
    brakes.succeeded("acct", "203.0.113.9", POLICY)  # the owner's usual address
    for n in range(5):
        assert brakes.admit("acct", f"192.0.2.{n}", POLICY).wait_seconds == 0
        brakes.failed("acct", POLICY)
    assert 0 < brakes.admit("acct", "192.0.2.99", POLICY).wait_seconds <= POLICY.account_window_seconds
    assert brakes.admit("acct", "203.0.113.9", POLICY).wait_seconds == 0


def test_memory_stays_bounded():
    brakes = LocalLoginAttempts(capacity=100)
    for n in range(1_000):
        brakes.admit(f"acct-{n}", "192.0.2.1", POLICY)
    assert len(brakes._brakes) <= 100
