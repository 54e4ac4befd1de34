"""Roles, permissions and credential formats (pure domain)."""

from domain.tenancy.model import (
    API_KEY_SCOPES,
    ASSIGNABLE_ROLES,
    ROLE_PERMISSIONS,
    Permission,
    Role,
    hash_secret,
    new_api_key_secret,
    split_api_key,
)


def test_role_hierarchy():
    assert ROLE_PERMISSIONS[Role.operator] < ROLE_PERMISSIONS[Role.admin] < ROLE_PERMISSIONS[Role.owner]
    assert Permission.tenant_delete not in ROLE_PERMISSIONS[Role.admin]
    assert Permission.chatbots_write not in ROLE_PERMISSIONS[Role.operator]
    assert Role.owner not in ASSIGNABLE_ROLES[Role.admin]
    assert not ASSIGNABLE_ROLES[Role.operator]


def test_api_keys_cannot_manage_people_or_the_workspace():
    for forbidden in (Permission.members_manage, Permission.api_keys_manage, Permission.tenant_delete):
        assert forbidden not in API_KEY_SCOPES


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

    from domain.tenancy.model import ApiKey, Permission, Role

    key = ApiKey(
        id=uuid4(), tenant_id=uuid4(), name="k", prefix="abcd1234", secret_hash=b"", created_by=uuid4(),
        scopes=frozenset({Permission.chatbots_read, Permission.chatbots_write}), creator_role=Role.admin,
    )
    assert key.effective_scopes == key.scopes
    key.creator_role = Role.operator
    assert key.effective_scopes == {Permission.chatbots_read}
    key.creator_role = None  # the creator left
    assert key.effective_scopes == frozenset()
