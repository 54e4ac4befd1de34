"""The built widget (widget/dist/parley-widget.js, `./just widget`): its bytes, content hash and SRI."""

from __future__ import annotations

import base64
import gzip
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_PATH = ROOT / "widget" / "dist" / "parley-widget.js"
NAME = "parley-widget"


@dataclass(frozen=True)
class Bundle:
    body: bytes
    digest: str  # first 16 hex digits of the SHA-256: part of the file name
    integrity: str  # Subresource Integrity value (sha384)
    gzip_bytes: int

    @property
    def filename(self) -> str:
        return f"{NAME}.{self.digest}.js"


_cache: dict[tuple[str, int, int], Bundle] = {}


def bundle_path() -> Path:
    return Path(os.environ.get("PARLEY_WIDGET_BUNDLE") or DEFAULT_PATH)


def current_bundle() -> Bundle | None:
    """The bundle on disk, re-read only when it changes; None when the widget was not built."""
    path = bundle_path()
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    bundle = _cache.get(key)
    if bundle is None:
        body = path.read_bytes()
        bundle = Bundle(
            body=body,
            digest=hashlib.sha256(body).hexdigest()[:16],
            integrity="sha384-" + base64.b64encode(hashlib.sha384(body).digest()).decode(),
            gzip_bytes=len(gzip.compress(body, 9)),
        )
        _cache.clear()
        _cache[key] = bundle
    return bundle
