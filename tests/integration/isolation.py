"""What the tenant-isolation test (tests/integration/foundation/test_isolation.py) needs from each context:
one object of each kind its endpoints address by id, and the bodies that make a write valid. A context
provides them in `tests/integration/<ctx>/isolation.py` as `ISOLATION = Isolation(...)`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

# (client, owner, ids made so far by earlier contexts) -> {id parameter name: id}
MakeObjects = Callable[[Any, Any, Mapping[str, str]], Awaitable[dict[str, str]]]


@dataclass(frozen=True)
class Isolation:
    objects: MakeObjects
    # a valid write body per id parameter (the path's last), so a refusal can only come from the tenant check
    write_bodies: Mapping[str, Any] = field(default_factory=dict)
    # operations whose body needs more than the object's write body
    path_bodies: Mapping[str, Any] = field(default_factory=dict)
    # operations that take a multipart upload instead of JSON
    path_files: Mapping[str, Any] = field(default_factory=dict)
