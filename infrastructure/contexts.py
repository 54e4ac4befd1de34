"""The bounded contexts Parley is made of. A context is a slice: `domain/<name>/`, `infrastructure/<name>/`,
`api/v1/<name>/` and `tests/{unit,integration}/<name>/`, each layer optional. It registers itself:

- `infrastructure/<name>/context.py` defines `CONTEXT = Context(...)`: its repositories on the unit of work
  (`uow.<attribute>`), `wire` (builds its services onto the composition root), its arq jobs and crons, what
  the worker process runs besides them (`worker_start` / `worker_stop`), and what to close on shutdown;
- `api/v1/<name>/__init__.py` defines `ROUTES`: its controllers, mounted by the app;
- `domain/<name>/permissions.py` declares its permissions and which roles hold them.

Adding a context means adding those folders and its name to CONTEXTS below."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from infrastructure.container import Container
    from infrastructure.db.database import TenantUnitOfWork

# In wiring order: a context may use the services of those before it.
CONTEXTS = (
    "tenancy", "chatbots", "knowledge", "conversations", "handoff", "assistant", "webhooks", "payments",
    "widget_embed", "scheduling", "analytics",
)


@dataclass(frozen=True)
class Context:
    name: str
    # uow attribute -> repository factory (usually the repository class, called with the unit of work)
    repositories: Mapping[str, Callable[[TenantUnitOfWork], object]] = field(default_factory=dict)
    # builds the context's services and subscribers onto the container (`container.provide(...)`)
    wire: Callable[[Container], Awaitable[None]] | None = None
    # arq functions (plain coroutines or `arq.func(...)` wrappers) and `arq.cron(...)` schedules
    jobs: Sequence[Any] = ()
    cron_jobs: Sequence[Any] = ()
    close: Callable[[Container], Awaitable[None]] | None = None
    # long-lived work of the worker process (not arq jobs), started once its container is up and stopped before
    # the container closes, e.g. the webhooks' delivery loops
    worker_start: Callable[[Container], Awaitable[None]] | None = None
    worker_stop: Callable[[Container], Awaitable[None]] | None = None


def optional_module(name: str) -> ModuleType | None:
    """The module, or None when it (or its package) does not exist: a context's layers are optional."""
    try:
        found = importlib.util.find_spec(name)
    except ModuleNotFoundError:
        return None
    return importlib.import_module(name) if found is not None else None


@cache
def load_contexts() -> tuple[Context, ...]:
    """Every context's registration, in CONTEXTS order; its repositories are on the unit of work after this."""
    from infrastructure.db.database import TenantUnitOfWork

    contexts = []
    for name in CONTEXTS:
        module = optional_module(f"infrastructure.{name}.context")
        if module is None:
            continue  # a context without infrastructure (e.g. widget_embed: routes only)
        context: Context = module.CONTEXT
        for attribute, make in context.repositories.items():
            TenantUnitOfWork.register_repository(attribute, make)
        contexts.append(context)
    return tuple(contexts)

