"""Handoff fixtures: assistant replies on, a chatbot with knowledge, operators who joined the workspace, and
helpers to read the queue."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.conftest import unique_email
from tests.integration.assistant.conftest import Chat, kb_bot  # noqa: F401
from tests.integration.assistant.conftest import replies as assistant_replies  # noqa: F401
from tests.integration.conversations.conftest import ws_base  # noqa: F401
from tests.integration.conversations.helpers import visitor


@dataclass
class Member:
    user_id: str
    name: str
    headers: dict[str, str]
    token: str


async def join(client, owner, role: str = "operator", name: str = "Grace Hopper") -> Member:
    invited = await client.post("/v1/invitations", headers=owner.headers, json={"email": unique_email(role), "role": role})
    assert invited.status_code == 201, invited.text
    accepted = await client.post("/v1/invitations/accept",
                                 json={"token": invited.json()["token"], "name": name, "password": "operator password"})
    assert accepted.status_code == 201, accepted.text
    body = accepted.json()
    token = body["tokens"]["access_token"]
    return Member(body["user"]["id"], name, {"Authorization": f"Bearer {token}"}, token)


async def set_status(client, member: Member, status: str = "online", **extra) -> dict:
    r = await client.patch("/v1/handoff/operators/me", headers=member.headers, json={"status": status, **extra})
    assert r.status_code == 200, r.text
    return r.json()


async def enable(client, owner, bot_id: str, **settings) -> dict:
    r = await client.put(f"/v1/handoff/settings/{bot_id}", headers=owner.headers, json=settings)
    assert r.status_code == 200, r.text
    return r.json()


async def chat(client, bot, **body) -> Chat:
    return Chat(client, bot, await visitor(client, bot, **body))


async def handoff_of(client, headers, session_id: str) -> dict | None:
    r = await client.get("/v1/handoff/handoffs", headers=headers, params={"limit": 100})
    assert r.status_code == 200, r.text
    return next((h for h in r.json()["items"] if h["conversation_id"] == session_id), None)


class Replies:
    """Assistant replies on; `drain` also waits for the handoff routing the messages started."""

    def __init__(self, runner, handoff) -> None:
        self.runner, self.handoff = runner, handoff

    async def drain(self, timeout: float = 30.0) -> None:
        await self.runner.drain(timeout)
        await self.handoff.drain()
        await self.runner.drain(timeout)


@pytest.fixture
async def replies(container, assistant_replies):  # noqa: F811
    return Replies(assistant_replies, container.handoff)


@pytest.fixture
async def operator(client, tenant) -> Member:
    return await join(client, tenant)
