"""Roles and the permissions each context declares for them: the role table is assembled from the
contexts' own `permissions` modules, so a new context adds its rights without editing a central list."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Role(str, enum.Enum):
    owner = "owner"
    admin = "admin"
    operator = "operator"


class Permission(str):
    """A named right such as "webhooks:write", made only by `declare`."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return str(self)


@dataclass(frozen=True)
class _Grant:
    permission: Permission
    roles: frozenset[Role]
    api_key: bool


_GRANTS: dict[str, _Grant] = {}
_role_cache: dict[Role, frozenset[Permission]] = {}


def declare(name: str, *, operator: bool = False, admin: bool = True, api_key: bool = False) -> Permission:
    """Declare a context's permission: owners always hold it, admins unless `admin=False`, operators
    only when `operator=True`; `api_key` lets an integrator's key be granted it."""
    if name in _GRANTS:
        raise ValueError(f"permission {name} is declared twice")
    roles = {Role.owner} | ({Role.admin} if admin else set()) | ({Role.operator} if operator else set())
    permission = Permission(name)
    _GRANTS[name] = _Grant(permission, frozenset(roles), api_key)
    _role_cache.clear()
    return permission


def permission_named(name: str) -> Permission | None:
    grant = _GRANTS.get(name)
    return grant.permission if grant else None


def role_permissions(role: Role) -> frozenset[Permission]:
    cached = _role_cache.get(role)
    if cached is None:
        cached = _role_cache[role] = frozenset(g.permission for g in _GRANTS.values() if role in g.roles)
    return cached


def api_key_scopes() -> frozenset[Permission]:
    """What an integrator's API key may be granted."""
    return frozenset(g.permission for g in _GRANTS.values() if g.api_key)


def all_permissions() -> Iterable[Permission]:
    return (g.permission for g in _GRANTS.values())
