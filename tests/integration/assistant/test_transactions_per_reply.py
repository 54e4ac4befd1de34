"""An AI reply costs a fixed, small number of transactions: the turn claim (committed alone, so a crash
mid-reply leaves a lease for the sweep), one read before the model call, the reply's post (the
conversations group commit) and one write after it. Retrieval is the knowledge context's own use case
and adds its two short reads around the query embedding. Analytics folds the reply's events afterwards, batched
per workspace off the reply's path: its transactions are not the reply's and are not counted. Neither is the
handoff bookkeeping of the visitor's own message (response and wait clocks), which runs off the message's dispatch
and is let finish before counting starts."""

from __future__ import annotations

import traceback
from uuid import UUID

import pytest

from infrastructure.db.database import TenantUnitOfWork
from tests.integration.assistant.conftest import chat

CLAIM, READ, POST, WRITE, RETRIEVAL = 1, 1, 1, 1, 2


@pytest.fixture
def transactions(monkeypatch):
    """The units of work (one transaction each) opened per workspace, each with where it was opened from."""
    opened: dict[UUID, list[str]] = {}
    init = TenantUnitOfWork.__init__

    def counting(self, conn, tenant_id, *args, **kwargs):
        stack = traceback.extract_stack()
        if not any("infrastructure/analytics/" in frame.filename for frame in stack):
            opened.setdefault(tenant_id, []).append("".join(traceback.format_list(stack[-6:-2])))
        init(self, conn, tenant_id, *args, **kwargs)

    monkeypatch.setattr(TenantUnitOfWork, "__init__", counting)
    return opened


async def _reply_counting(client, container, bot, tenant, transactions, text: str) -> tuple[dict, int]:
    c = await chat(client, bot)
    sent = await c.say(text)  # replies are off in this test: the reply below is the only one
    await container.handoff.drain()
    await container.handoff_workflows.drain()
    tenant_id = UUID(tenant.id)
    transactions.clear()
    data = await container.assistant.reply(tenant_id, UUID(c.session_id), UUID(sent["message_id"]))
    opened = transactions.get(tenant_id, [])
    count = len(opened)
    assert data is not None and (await c.last_reply())["data"]["reply_id"] == data["reply_id"]
    print("\n=====\n".join(opened))  # shown when a count is off
    return data, count


async def test_an_answer_from_the_knowledge_takes_one_read_and_one_write_around_the_model(client, container, kb_bot, tenant, transactions):
    data, count = await _reply_counting(client, container, kb_bot, tenant, transactions, "What is your refund policy?")
    assert data["citations"] and not data["cache_hit"]
    assert count == CLAIM + READ + RETRIEVAL + POST + WRITE


async def test_a_declined_question_records_its_gap_in_the_same_write(client, container, kb_bot, tenant, transactions):
    data, count = await _reply_counting(client, container, kb_bot, tenant, transactions, "Do you sell garden gnomes made of titanium?")
    assert data["answered"] is False
    assert count == CLAIM + READ + RETRIEVAL + POST + WRITE


async def test_a_cached_answer_needs_no_retrieval(client, container, kb_bot, tenant, transactions):
    await _reply_counting(client, container, kb_bot, tenant, transactions, "What is your refund policy?")
    data, count = await _reply_counting(client, container, kb_bot, tenant, transactions, "What is your refund policy?")
    assert data["cache_hit"] is True
    assert count == CLAIM + READ + POST + WRITE
