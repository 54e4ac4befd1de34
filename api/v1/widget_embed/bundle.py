"""The built widget (widget/dist/parley-widget.js, `./just widget`): its bytes, content hash, SRI and
precompressed Brotli and gzip bodies."""

from __future__ import annotations

import base64
import gzip
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import brotli

from api.built_files import BuiltFiles

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_PATH = ROOT / "widget" / "dist" / "parley-widget.js"
NAME = "parley-widget"
# Content codings the bundle is kept in, best first (Brotli is ~15% smaller than gzip on it).
CODINGS = ("br", "gzip")


@dataclass(frozen=True)
class Bundle:
    body: bytes
    digest: str  # first 16 hex digits of the SHA-256: part of the file name
    integrity: str  # Subresource Integrity value (sha384) of the uncompressed bytes, as browsers check it
    encoded: dict[str, bytes]  # the body in each of CODINGS

    @property
    def filename(self) -> str:
        return f"{NAME}.{self.digest}.js"

    @property
    def gzip_bytes(self) -> int:
        return len(self.encoded["gzip"])


def _prepare(body: bytes) -> Bundle:
    return Bundle(
        body=body,
        digest=hashlib.sha256(body).hexdigest()[:16],
        integrity="sha384-" + base64.b64encode(hashlib.sha384(body).digest()).decode(),
        encoded={"br": brotli.compress(body, quality=11), "gzip": gzip.compress(body, 9, mtime=0)},
    )


_bundles = BuiltFiles(_prepare)


def bundle_path() -> Path:
    return Path(os.environ.get("PARLEY_WIDGET_BUNDLE") or DEFAULT_PATH)


def current_bundle() -> Bundle | None:
    """The bundle on disk, compressed once per build; None when the widget was not built."""
    return _bundles.get(bundle_path())


def preferred_coding(accept_encoding: str | None) -> str | None:
    """The best of CODINGS the client accepts (RFC 9110 Accept-Encoding, q=0 refuses), or None for
    the plain bytes."""
    weights: dict[str, float] = {}
    for item in (accept_encoding or "").split(","):
        name, _, params = item.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        weights[name.strip().lower()] = q
    accepted = [c for c in CODINGS if weights.get(c, weights.get("*", 0.0)) > 0]
    return max(accepted, key=lambda c: weights.get(c, weights.get("*", 0.0)), default=None)
