"""Files a build step writes beside the API (the widget bundle, the operator console): read once, and again only
when they change on disk, so a rebuild needs no restart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")


class BuiltFiles(Generic[T]):
    """Each path's current contents, as `prepare` turns its bytes into what is served."""

    def __init__(self, prepare: Callable[[bytes], T]) -> None:
        self._prepare = prepare
        self._current: dict[Path, tuple[tuple[int, int], T]] = {}

    def get(self, path: Path) -> T | None:
        """None when the file is not there (not built)."""
        try:
            stat = path.stat()
        except OSError:
            return None
        version = (stat.st_mtime_ns, stat.st_size)
        known = self._current.get(path)
        if known is None or known[0] != version:
            known = (version, self._prepare(path.read_bytes()))
            self._current[path] = known
        return known[1]
