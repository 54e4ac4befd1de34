"""Knowledge sources through the API: queued by the request, processed by the worker's job,
searchable with citations; deletion, isolation and validation as a user sees them."""

from __future__ import annotations

from uuid import UUID

from tests.integration.knowledge.conftest import add_and_ingest, kb, search

HANDBOOK = """# Shipping
## Delivery times
Orders inside the EU arrive within 3 to 5 working days. Express delivery takes one day.

## International
We ship to Canada and Japan; customs fees are paid by the recipient.

# Returns
## Refund policy
You can return any unworn item within 30 days for a full refund to the original payment method.
"""


async def test_text_source_is_queued_then_ingested_and_searchable_with_citations(client, container, tenant, chatbot):
    response = await client.post(
        f"{kb(chatbot)}/sources", json={"kind": "text", "name": "Handbook", "text": HANDBOOK}, headers=tenant.headers
    )
    assert response.status_code == 202, response.text
    queued = response.json()
    assert queued["status"] == "queued" and queued["chunk_count"] == 0 and queued["last_synced_at"] is None
    # The request only queued the work for the worker.
    jobs = await container.knowledge.jobs.queued()
    assert any(j.function == "ingest_source" and j.kwargs["source_id"] == queued["id"] for j in jobs)

    await container.knowledge.ingest(UUID(tenant.id), UUID(queued["id"]))
    source = (await client.get(f"{kb(chatbot)}/sources/{queued['id']}", headers=tenant.headers)).json()
    assert source["status"] == "ready", source
    assert source["document_count"] == 1 and source["chunk_count"] >= 3
    assert source["last_synced_at"] and source["content_hash"]

    found = await search(client, tenant, chatbot, "how many days do I have to send back a product for a refund?", k=3)
    top = found["results"][0]
    assert "30 days" in top["text"]
    assert top["citation"]["heading_path"] == ["Returns", "Refund policy"]
    assert top["citation"]["title"] == "Handbook" and top["citation"]["source_id"] == queued["id"]
    assert top["score"] > 0 and len(found["results"]) == 3

    listed = (await client.get(f"{kb(chatbot)}/sources", headers=tenant.headers)).json()
    assert [s["id"] for s in listed["items"]] == [queued["id"]]


async def test_faq_pairs_are_one_passage_each(client, container, tenant, chatbot):
    source = await add_and_ingest(client, container, tenant, chatbot, {
        "kind": "faq", "name": "FAQ",
        "faq": [
            {"question": "Do you offer gift wrapping?", "answer": "Yes, for 3 EUR per parcel at checkout."},
            {"question": "Can I change my delivery address?", "answer": "Until the parcel ships, under My orders."},
        ],
    })
    assert source["status"] == "ready" and source["document_count"] == 2 and source["chunk_count"] == 2
    top = (await search(client, tenant, chatbot, "gift wrap", k=1))["results"][0]
    assert top["citation"]["title"] == "Do you offer gift wrapping?" and "3 EUR" in top["text"]


async def test_search_filters_by_source_and_modes(client, container, tenant, chatbot):
    a = await add_and_ingest(client, container, tenant, chatbot, {"kind": "text", "name": "A", "text": "Our office cat is called Miso."})
    b = await add_and_ingest(client, container, tenant, chatbot, {"kind": "text", "name": "B", "text": "Parking is free for visitors."})
    only_b = await search(client, tenant, chatbot, "cat", source_ids=[b["id"]], k=5)
    assert [r["citation"]["source_id"] for r in only_b["results"]] == [b["id"]]
    for mode in ("dense", "text", "hybrid"):
        top = (await search(client, tenant, chatbot, "what is the cat called", mode=mode, k=1))["results"][0]
        assert top["citation"]["source_id"] == a["id"], mode
    # k passages whenever k exist, even when no word matches
    assert len((await search(client, tenant, chatbot, "zzzz qqqq", k=2))["results"]) == 2


async def test_delete_source_removes_its_chunks(client, container, tenant, chatbot):
    source = await add_and_ingest(client, container, tenant, chatbot, {"kind": "text", "name": "Tmp", "text": "The vault code is 4711."})
    assert (await search(client, tenant, chatbot, "vault code"))["results"]
    response = await client.delete(f"{kb(chatbot)}/sources/{source['id']}", headers=tenant.headers)
    assert response.status_code == 204
    assert (await client.get(f"{kb(chatbot)}/sources/{source['id']}", headers=tenant.headers)).status_code == 404
    assert (await search(client, tenant, chatbot, "vault code"))["results"] == []
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        left = await uow.conn.fetchval("SELECT count(*) FROM knowledge_chunks WHERE source_id = $1", UUID(source["id"]))
    assert left == 0


async def test_other_tenants_get_404_everywhere(client, container, tenant, other_tenant, chatbot):
    source = await add_and_ingest(client, container, tenant, chatbot, {"kind": "text", "name": "Secret", "text": "Margin is 42 percent."})
    h = other_tenant.headers
    base = kb(chatbot)
    assert (await client.get(f"{base}/sources", headers=h)).status_code == 404
    assert (await client.get(f"{base}/sources/{source['id']}", headers=h)).status_code == 404
    assert (await client.delete(f"{base}/sources/{source['id']}", headers=h)).status_code == 404
    assert (await client.post(f"{base}/sources/{source['id']}/resync", headers=h)).status_code == 404
    assert (await client.post(f"{base}/search", json={"query": "margin"}, headers=h)).status_code == 404
    created = await client.post(f"{base}/sources", json={"kind": "text", "name": "x", "text": "y"}, headers=h)
    assert created.status_code == 404 and created.headers["content-type"].startswith("application/problem+json")
    # The owner still sees it; the other tenant's own chatbot cannot reach it by source id either.
    own = await client.post("/v1/chatbots", json={"name": "Mine"}, headers=h)
    other_base = kb(own.json())
    assert (await client.get(f"{other_base}/sources/{source['id']}", headers=h)).status_code == 404
    assert (await client.get(f"{base}/sources/{source['id']}", headers=tenant.headers)).status_code == 200


async def test_bad_requests_are_problems_not_500(client, tenant, chatbot):
    base = kb(chatbot)
    cases = [
        ("/sources", {"kind": "text", "name": "x", "text": ""}),
        ("/sources", {"kind": "pdf", "name": "x"}),
        ("/sources", {"kind": "url", "url": "ftp://example.com/"}),
        ("/sources", {"kind": "faq", "name": "x", "faq": []}),
        ("/sources", {"kind": "crawl", "url": "https://example.com", "max_pages": 0}),
        ("/sources", {"kind": "text", "name": "x", "text": "y", "resync_interval_seconds": 5}),
        ("/search", {"query": ""}),
        ("/search", {"query": "x", "k": 0}),
        ("/search", {"query": "x", "mode": "magic"}),
        ("/search", {"query": "x", "source_ids": ["not-a-uuid"]}),
    ]
    for path, body in cases:
        response = await client.post(base + path, json=body, headers=tenant.headers)
        assert 400 <= response.status_code < 500, (body, response.status_code, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
    # NUL is refused in every JSON input, the field named (files' extracted text is cleaned instead)
    nul = await client.post(base + "/sources", json={"kind": "text", "name": "a\u0000b", "text": "x\u0000y"}, headers=tenant.headers)
    assert nul.status_code == 400 and nul.json()["errors"][0]["field"] == "name"
    nul = await client.post(base + "/search", json={"query": "x\u0000"}, headers=tenant.headers)
    assert nul.status_code == 400 and nul.json()["errors"][0]["field"] == "query"
    missing = "/v1/chatbots/00000000-0000-7000-8000-000000000000/knowledge/search"
    assert (await client.post(missing, json={"query": "x"}, headers=tenant.headers)).status_code == 404
    crawl_text_interval = await client.post(
        base + "/sources", json={"kind": "url", "url": "https://example.com", "resync_interval_seconds": 60},
        headers=tenant.headers,
    )
    assert crawl_text_interval.status_code == 400


async def test_resync_of_busy_source_conflicts_and_update_changes_schedule(client, container, tenant, chatbot):
    response = await client.post(
        f"{kb(chatbot)}/sources", json={"kind": "text", "name": "T", "text": "hello world"}, headers=tenant.headers
    )
    source = response.json()
    busy = await client.post(f"{kb(chatbot)}/sources/{source['id']}/resync", headers=tenant.headers)
    assert busy.status_code == 409
    await container.knowledge.ingest(UUID(tenant.id), UUID(source["id"]))
    again = await client.post(f"{kb(chatbot)}/sources/{source['id']}/resync", headers=tenant.headers)
    assert again.status_code == 202 and again.json()["status"] == "queued"
    renamed = await client.patch(f"{kb(chatbot)}/sources/{source['id']}", json={"name": "Greeting"}, headers=tenant.headers)
    assert renamed.status_code == 200 and renamed.json()["name"] == "Greeting"


async def test_api_key_scopes_guard_knowledge(client, tenant, chatbot):
    created = await client.post(
        "/v1/api-keys", json={"name": "reader", "scopes": ["knowledge:read"]}, headers=tenant.headers
    )
    assert created.status_code == 201, created.text
    key = {"X-API-Key": created.json()["secret"]}
    assert (await client.post(f"{kb(chatbot)}/search", json={"query": "x"}, headers=key)).status_code == 200
    denied = await client.post(f"{kb(chatbot)}/sources", json={"kind": "text", "name": "x", "text": "y"}, headers=key)
    assert denied.status_code == 403


async def test_worker_job_functions_run_the_ingestion(client, container, tenant, chatbot, monkeypatch):
    import importlib
    import sys

    from infrastructure.settings import generate_key

    monkeypatch.setenv("PARLEY_SECRET_KEY", generate_key())
    monkeypatch.setenv("PARLEY_MASTER_KEY", generate_key())
    sys.modules.pop("infrastructure.jobs.worker", None)
    worker = importlib.import_module("infrastructure.jobs.worker")
    names = {getattr(f, "name", None) or f.__name__ for f in worker.WorkerSettings.functions}  # plain or arq.func
    assert {"ingest_source", "reembed_chatbot", "resync_due_knowledge"} <= names
    from infrastructure.knowledge import context as knowledge_jobs
    response = await client.post(
        f"{kb(chatbot)}/sources", json={"kind": "text", "name": "W", "text": "Bikes can be rented by the hour."},
        headers=tenant.headers,
    )
    assert await knowledge_jobs.ingest_source({"container": container}, tenant.id, response.json()["id"]) == "ready"
    assert await knowledge_jobs.reembed_chatbot({"container": container}, tenant.id, chatbot["id"]) == 0
    assert isinstance(await knowledge_jobs.resync_due_knowledge({"container": container}), int)
