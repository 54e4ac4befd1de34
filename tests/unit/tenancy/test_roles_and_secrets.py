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
