"""What a visitor and an operator tell each other is ciphertext at rest, wherever it lands: the message
bodies, an operator's name and picture in a message's data, and the assistant's memory of the session
(the name, email, phone and order number it picked out). The API still shows them."""

from __future__ import annotations

from uuid import UUID

import asyncpg

from tests.integration.assistant.conftest import chat
from tests.integration.conversations.helpers import cid, operator_socket

VISITOR_SAYS = ("Hello, my name is Marguerite Okonkwo. My email is marguerite.okonkwo@example.org, my phone is "
                "+44 20 7946 0958 and my order number is ORD-77231. Where is my refund?")
PERSONAL = ("Marguerite", "Okonkwo", "marguerite.okonkwo@example.org", "7946 0958", "ORD-77231", "Zebulon", "zebulon-face")


async def test_a_named_conversation_leaves_no_personal_data_in_clear(client, container, services, ws_base, tenant, kb_bot, replies):
    r = await client.patch("/v1/me", headers=tenant.headers,
                           json={"name": "Zebulon Quist", "avatar_url": "https://cdn.example.com/zebulon-face.png"})
    assert r.status_code == 200, r.text
    c = await chat(client, kb_bot)
    await c.say(VISITOR_SAYS, replies)
    op = await operator_socket(ws_base, tenant.access_token)
    operator_cid = cid()
    await op.send({"type": "message", "client_id": operator_cid, "session_id": c.session_id, "content": "Looking into it."})
    await op.of_type("ack", client_id=operator_cid)
    await op.close()

    conn = await asyncpg.connect(services.owner_url)  # the owner, as a database dump would read it
    try:
        dump = "\n".join(
            [await conn.fetchval("SELECT row_to_json(s)::text FROM chat_sessions s WHERE id = $1", UUID(c.session_id))]
            + [r[0] for r in await conn.fetch("SELECT row_to_json(m)::text FROM chat_messages m WHERE session_id = $1",
                                               UUID(c.session_id))]
        )
    finally:
        await conn.close()
    assert dump.count('"sender":"ai"') == 1 and dump.count('"sender":"human"') == 1  # the rows are all there
    assert [value for value in PERSONAL if value in dump] == []

    # The API (and the assistant's memory) read them back.
    events = await c.events()
    operator = next(e for e in events if e["sender"] == "human")
    assert operator["data"] == {"sender_name": "Zebulon", "sender_avatar_url": "https://cdn.example.com/zebulon-face.png"}
    assert [e["content"] for e in events if e["sender"] == "customer"] == [VISITOR_SAYS]
    assert (await c.last_reply())["data"]["in_reply_to"] == events[0]["id"]
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        session = await uow.chat_sessions.get(UUID(c.session_id))
    facts = session.context["memory"]["facts"]
    assert facts["email"] == "marguerite.okonkwo@example.org" and facts["order_number"] == "ORD-77231"
    assert facts["name"] == "Marguerite Okonkwo" and "7946 0958" in facts["phone"]
