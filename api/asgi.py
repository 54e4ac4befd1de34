"""ASGI entry point for uvicorn: `uvicorn api.asgi:app`."""

from __future__ import annotations

import sys

from api.app import create_app
from infrastructure.logging import configure_logging
from infrastructure.settings import SettingsError, load_settings

try:
    _settings = load_settings()
except SettingsError as exc:
    print(f"parley: configuration error: {exc}", file=sys.stderr)
    raise SystemExit(2) from None

configure_logging(_settings.log_level)
app = create_app(_settings)
