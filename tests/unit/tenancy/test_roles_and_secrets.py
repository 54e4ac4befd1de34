"""Roles, permissions and credential formats (pure domain)."""

from domain.access import Role, api_key_scopes, role_permissions
from domain.chatbots.permissions import CHATBOTS_READ, CHATBOTS_WRITE
from domain.tenancy.model import ASSIGNABLE_ROLES, hash_secret, new_api_key_secret, split_api_key
from domain.tenancy.permissions import API_KEYS_MANAGE, MEMBERS_MANAGE, TENANT_DELETE


def test_role_hierarchy():
    assert role_permissions(Role.operator) < role_permissions(Role.admin) < role_permissions(Role.owner)
    assert TENANT_DELETE not in role_permissions(Role.admin)
    assert CHATBOTS_WRITE not in role_permissions(Role.operator)
    assert Role.owner not in ASSIGNABLE_ROLES[Role.admin]
    assert not ASSIGNABLE_ROLES[Role.operator]


def test_api_keys_cannot_manage_people_or_the_workspace():
    for forbidden in (MEMBERS_MANAGE, API_KEYS_MANAGE, TENANT_DELETE):
        assert forbidden not in api_key_scopes()


def test_api_key_format_and_prefix():
    prefix, key = new_api_key_secret()
    assert split_api_key(key) == prefix and len(prefix) == 8
    assert split_api_key("prly_short_x") is None
    assert split_api_key("sk_abcdefgh_x") is None
    assert hash_secret(key) != hash_secret(key + "x") and len(hash_secret(key)) == 32
    assert new_api_key_secret()[1] != key


def test_login_delays_double_after_the_free_attempts_and_stay_bounded():
    from domain.tenancy.model import LoginThrottlePolicy

    policy = LoginThrottlePolicy(free_attempts=5, first_delay_seconds=1, max_delay_seconds=900)
    assert [policy.delay_after(n) for n in range(1, 10)] == [0, 0, 0, 0, 1, 2, 4, 8, 16]
    assert policy.delay_after(15) == 900 and policy.delay_after(10**6) == 900  # never a lockout for good


def test_an_api_keys_scopes_are_bounded_by_its_creators_current_role():
    from uuid import uuid4

    from domain.access import Role
    from domain.tenancy.model import ApiKey

    key = ApiKey(
        id=uuid4(), tenant_id=uuid4(), name="k", prefix="abcd1234", secret_hash=b"", created_by=uuid4(),
        scopes=frozenset({CHATBOTS_READ, CHATBOTS_WRITE}), creator_role=Role.admin,
    )
    assert key.effective_scopes == key.scopes
    key.creator_role = Role.operator
    assert key.effective_scopes == {CHATBOTS_READ}
    key.creator_role = None  # the creator left
    assert key.effective_scopes == frozenset()
