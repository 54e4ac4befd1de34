"""The layers' import rules (ARCHITECTURE.md): domain/ imports no I/O library and no other layer; api/ reaches
infrastructure/ only through the composition root (infrastructure.container); infrastructure/ never imports api/.

The api exceptions that existed when the rule was introduced are listed by name below. The list only shrinks:
an import not on it fails, and so does an entry that no longer matches an import (delete it)."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Libraries domain code may use: pure computation, no I/O.
DOMAIN_THIRD_PARTY = {"msgspec", "uuid_utils", "phonenumbers"}
# Standard-library modules that reach files, sockets, processes or databases.
IO_STDLIB = {
    "io", "os", "pathlib", "shutil", "tempfile", "glob", "socket", "ssl", "select", "selectors", "http", "urllib",
    "smtplib", "imaplib", "poplib", "ftplib", "email", "subprocess", "multiprocessing", "signal", "sqlite3", "dbm",
    "shelve", "pickle", "mmap", "fcntl", "webbrowser", "wsgiref", "xmlrpc", "socketserver",
}
# Pure string handling inside an I/O package.
PURE_STDLIB_MODULES = {"urllib.parse"}

COMPOSITION_ROOT = "infrastructure.container"
CONTEXT_REGISTRY = "infrastructure.contexts"  # part of the composition root: which contexts exist
# api module -> infrastructure modules it imports directly today. Each is a redesign item: route it through
# the composition root (or move the code to its adapter), then delete the entry.
API_EXCEPTIONS: dict[str, set[str]] = {
    # process entry points: logging and settings are read before any container exists
    "api/asgi.py": {"infrastructure.logging", "infrastructure.settings"},
    "api/cli.py": {
        "infrastructure.crypto.envelope", "infrastructure.crypto.rotation", "infrastructure.db.migrate",
        "infrastructure.embedded", "infrastructure.logging", "infrastructure.settings",
    },
    "api/app.py": {"infrastructure.realtime.channels", "infrastructure.realtime.engine", "infrastructure.settings"},
    "api/errors.py": {"infrastructure.redis_client"},  # maps the Redis-outage exception to a 503
    "api/middleware.py": {"infrastructure.idempotency"},
    "api/v1/conversations/controllers.py": {
        "infrastructure.realtime.engine", "infrastructure.realtime.events", "infrastructure.settings",
    },
    "api/v1/conversations/sockets.py": {
        "infrastructure.realtime.engine", "infrastructure.realtime.events", "infrastructure.realtime.hub",
        "infrastructure.realtime.presence",
    },
}


def _imports(path: Path) -> Iterator[str]:
    """Every absolute import in the file, at any depth (function-level imports count too)."""
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module
            # `from infrastructure import container` names a module too
            yield from (f"{node.module}.{alias.name}" for alias in node.names if node.module in {"infrastructure", "api"})


def _files(layer: str) -> list[Path]:
    return sorted((ROOT / layer).rglob("*.py"))


def _layer_of(module: str) -> str:
    return module.split(".")[0]


def domain_violations() -> list[str]:
    found = []
    for path in _files("domain"):
        for module in set(_imports(path)):
            top = _layer_of(module)
            if top == "domain" or top == "__future__":
                continue
            stdlib = top in sys.stdlib_module_names
            if module in PURE_STDLIB_MODULES:
                continue
            if (stdlib and top in IO_STDLIB) or (not stdlib and top not in DOMAIN_THIRD_PARTY):
                found.append(f"{path.relative_to(ROOT)} imports {module}")
    return sorted(found)


def api_infrastructure_imports() -> dict[str, set[str]]:
    direct: dict[str, set[str]] = {}
    for path in _files("api"):
        modules = {
            m for m in _imports(path)
            if _layer_of(m) == "infrastructure" and m not in {"infrastructure", COMPOSITION_ROOT, CONTEXT_REGISTRY}
        }
        if modules:
            direct[str(path.relative_to(ROOT))] = modules
    return direct


def test_domain_imports_no_io_library_and_no_other_layer():
    assert domain_violations() == []


def test_api_reaches_infrastructure_only_through_the_composition_root():
    direct = api_infrastructure_imports()
    new = {f: sorted(m - API_EXCEPTIONS.get(f, set())) for f, m in direct.items() if m - API_EXCEPTIONS.get(f, set())}
    assert new == {}, f"import these through {COMPOSITION_ROOT} (the container builds adapters), not directly"
    stale = {f: sorted(m - direct.get(f, set())) for f, m in API_EXCEPTIONS.items() if m - direct.get(f, set())}
    assert stale == {}, "these exceptions are gone: delete them from API_EXCEPTIONS"


def test_infrastructure_never_imports_api():
    found = [
        f"{path.relative_to(ROOT)} imports {m}"
        for path in _files("infrastructure") for m in set(_imports(path)) if _layer_of(m) == "api"
    ]
    assert found == []


def test_the_checks_catch_what_they_forbid(tmp_path, monkeypatch):
    """The rules above pass today; here each is shown to fail on an offending import."""
    for layer in ("domain", "api", "infrastructure"):
        (tmp_path / layer).mkdir()
    (tmp_path / "domain" / "bad.py").write_text(
        "import asyncpg\nfrom os import path\nfrom infrastructure.settings import Settings\nimport msgspec\n"
    )
    (tmp_path / "api" / "bad.py").write_text(
        "from infrastructure.container import Container\n"
        "def f():\n    from infrastructure.db.database import Database\n"
    )
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert domain_violations() == [
        "domain/bad.py imports asyncpg", "domain/bad.py imports infrastructure.settings", "domain/bad.py imports os",
    ]
    assert api_infrastructure_imports() == {"api/bad.py": {"infrastructure.db.database"}}


def repository_owners() -> dict[str, str]:
    """uow attribute -> the context that registered the repository."""
    from infrastructure.contexts import load_contexts

    return {attribute: context.name for context in load_contexts() for attribute in context.repositories}


def foreign_table_uses(root: Path, owners: dict[str, str]) -> list[str]:
    """`uow.<repository>` in domain/<ctx>/ where another context registered that repository."""
    found = []
    for path in sorted((root / "domain").rglob("*.py")):
        parts = path.relative_to(root / "domain").parts
        if len(parts) < 2:
            continue  # the shared kernel (domain/*.py) belongs to no context
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in {"uow", "own"}:
                owner = owners.get(node.attr)
                if owner is not None and owner != parts[0]:
                    found.append(f"{path.relative_to(root)}:{node.lineno} uses {owner}'s uow.{node.attr}")
    return found


def test_contexts_reach_each_other_through_services_not_tables():
    assert foreign_table_uses(ROOT, repository_owners()) == []


def test_the_table_check_catches_a_foreign_repository(tmp_path):
    (tmp_path / "domain" / "webhooks").mkdir(parents=True)
    (tmp_path / "domain" / "webhooks" / "bad.py").write_text("async def f(uow):\n    return await uow.chatbots.get(1)\n")
    assert foreign_table_uses(tmp_path, repository_owners()) == ["domain/webhooks/bad.py:2 uses chatbots's uow.chatbots"]
