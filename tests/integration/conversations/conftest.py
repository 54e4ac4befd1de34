"""Fixtures for conversations: a real uvicorn server in this process (WebSockets need a server)
and a chatbot with allowed origins."""

from __future__ import annotations

import pytest

from api.app import create_app
from tests.integration.conversations.helpers import Bot, make_chatbot, start_server, stop_server


@pytest.fixture(scope="session")
async def ws_base(container) -> str:
    server, task, port = await start_server(create_app(container=container))
    yield f"127.0.0.1:{port}"
    await stop_server(server, task)


@pytest.fixture
async def bot(client, tenant) -> Bot:
    return await make_chatbot(client, tenant)
