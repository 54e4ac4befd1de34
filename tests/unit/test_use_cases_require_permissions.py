"""Every use case checks its caller's permission itself (principal.require), not only the route in front of it:
a socket, a job or a later controller reaching the service cannot skip it."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Public methods that take a Principal but are not use cases of their own.
NOT_USE_CASES = {
    # the knowledge routes' workspace guard, run before the body is read by read and write routes alike; the
    # use case behind it requires knowledge:read or knowledge:write
    "KnowledgeService.ensure_chatbot",
}


def _principal_param(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    for arg in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs:
        if arg.annotation is not None and ast.unparse(arg.annotation) == "Principal":
            return arg.arg
    return None


def _calls(fn: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)]


def _requires(fn: ast.FunctionDef | ast.AsyncFunctionDef, methods: dict[str, ast.FunctionDef | ast.AsyncFunctionDef]) -> bool:
    """fn calls <principal>.require(...), itself or through a method of its class it hands the principal to."""
    principal = _principal_param(fn)
    for call in _calls(fn):
        target = call.func
        assert isinstance(target, ast.Attribute)
        if target.attr == "require" and isinstance(target.value, ast.Name) and target.value.id == principal:
            return True
        hands_principal = any(isinstance(a, ast.Name) and a.id == principal for a in call.args)
        helper = methods.get(target.attr)
        if hands_principal and helper is not None and helper is not fn and _principal_param(helper) and _requires(helper, {}):
            return True
    return False


def use_cases_without_require(source: str) -> list[str]:
    missing = []
    for cls in (n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)):
        if any(ast.unparse(base) == "Protocol" for base in cls.bases):
            continue  # a port: what a use case calls (with the principal it checked), not a use case
        methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)}
        for name, fn in methods.items():
            qualified = f"{cls.name}.{name}"
            if name.startswith("_") or _principal_param(fn) is None or qualified in NOT_USE_CASES:
                continue
            if not _requires(fn, methods):
                missing.append(qualified)
    return missing


def test_every_use_case_taking_a_principal_requires_a_permission():
    missing = {
        str(path.relative_to(ROOT)): found
        for path in sorted((ROOT / "domain").rglob("*.py"))
        if (found := use_cases_without_require(path.read_text()))
    }
    assert missing == {}


def test_the_check_finds_a_use_case_that_forgets():
    source = '''
class Service:
    async def checked(self, principal: Principal, x: int) -> None:
        principal.require(Permission.chatbots_read)

    async def through_helper(self, principal: Principal) -> None:
        self._actor(principal)

    async def forgets(self, principal: Principal) -> None:
        if principal.can(Permission.chatbots_read):
            pass

    async def checks_someone_else(self, principal: Principal, other: Principal) -> None:
        other.require(Permission.chatbots_read)

    def _actor(self, principal: Principal) -> None:
        principal.require(Permission.conversations_write)
'''
    assert use_cases_without_require(source) == ["Service.forgets", "Service.checks_someone_else"]
