"""Scheduling fixtures: Radicale as the real CalDAV server (one per test module), private addresses allowed
for it (it listens on 127.0.0.1)."""

from __future__ import annotations

import pytest

from tests.integration.scheduling.radicale import Radicale


@pytest.fixture(scope="module")
def radicale(tmp_path_factory):
    server = Radicale(tmp_path_factory.mktemp("radicale")).start()
    yield server
    server.stop()
