"""API embedders against a local server speaking the OpenAI / Voyage wire format; switching a
chatbot's embedder re-embeds its chunks in the background."""

from __future__ import annotations

from uuid import UUID

from domain.knowledge.model import IngestionFailed
from infrastructure.embeddings.http import HttpEmbedder
from tests.integration.knowledge.conftest import add_and_ingest, kb, search


async def test_openai_and_voyage_wire_formats(site):
    openai = HttpEmbedder("openai", site.url("/v1"), "text-embedding-3-small", "sk-test")
    vectors = await openai.embed_documents(["first text", "second text"])
    assert len(vectors) == 2 and openai.dims == 384
    assert vectors[0] != vectors[1]  # order restored from `index` although the server reversed it
    sent = site.embed_requests[-1]
    assert sent["path"] == "/v1/embeddings" and sent["auth"] == "Bearer sk-test" and sent["input"] == ["first text", "second text"]

    voyage = HttpEmbedder("voyage", site.url("/v1"), "voyage-3", "sk-test")
    await voyage.embed_query("a question")
    assert site.embed_requests[-1]["input_type"] == "query" and site.embed_requests[-1]["model"] == "voyage-3"
    await voyage.embed_documents(["a passage"])
    assert site.embed_requests[-1]["input_type"] == "document"

    wrong_key = HttpEmbedder("openai", site.url("/v1"), "m", "sk-wrong")
    try:
        await wrong_key.embed_query("x")
        raise AssertionError("expected a failure")
    except IngestionFailed as exc:
        assert "answered 401" in exc.reason
    for client in (openai, voyage, wrong_key):
        await client.aclose()


async def test_switching_embedder_reembeds_in_background(client, container, tenant, chatbot, site):
    await add_and_ingest(client, container, tenant, chatbot, {"kind": "text", "name": "Doc", "text": "Lockers are on floor two."})
    current = await client.get(f"{kb(chatbot)}/embedder", headers=tenant.headers)
    assert current.json()["embedder"] == "hashing"
    body = {"embedder": "openai", "model": "text-embedding-3-small", "base_url": site.url("/v1"), "api_key": "sk-test"}
    changed = await client.put(f"{kb(chatbot)}/embedder", json=body, headers=tenant.headers)
    assert changed.status_code == 200, changed.text
    assert changed.json() == {"embedder": "openai", "model": "text-embedding-3-small", "base_url": site.url("/v1"), "has_api_key": True}
    jobs = await container.knowledge.jobs.queued()
    assert any(j.function == "reembed_chatbot" and j.kwargs["chatbot_id"] == chatbot["id"] for j in jobs)
    assert await container.knowledge.reembed(UUID(tenant.id), UUID(chatbot["id"])) == 1
    found = await search(client, tenant, chatbot, "where are the lockers", mode="dense")
    assert "floor two" in found["results"][0]["text"]
    # New sources use the chosen embedder from now on.
    await add_and_ingest(client, container, tenant, chatbot, {"kind": "text", "name": "Doc2", "text": "Showers are in the basement."})
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        models = await uow.conn.fetch("SELECT DISTINCT embedding_model, dims FROM knowledge_chunks WHERE chatbot_id = $1", UUID(chatbot["id"]))
    assert [(r["embedding_model"].split(":")[0], r["dims"]) for r in models] == [("openai", 384)]
    # The key is stored encrypted, never in clear.
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        sealed = await uow.conn.fetchval("SELECT api_key_ciphertext FROM knowledge_settings WHERE chatbot_id = $1", UUID(chatbot["id"]))
    assert b"sk-test" not in sealed


async def test_embedder_choices_that_cannot_work_are_refused(client, container, tenant, chatbot):
    assert container.knowledge.web.allow_private is False  # the production default
    internal = await client.put(
        f"{kb(chatbot)}/embedder",
        json={"embedder": "openai", "model": "m", "base_url": "http://169.254.169.254/v1", "api_key": "k"},
        headers=tenant.headers,
    )
    assert internal.status_code == 422 and "private or local network address" in internal.json()["detail"]
    missing_url = await client.put(f"{kb(chatbot)}/embedder", json={"embedder": "voyage", "model": "voyage-3"}, headers=tenant.headers)
    assert missing_url.status_code == 422
    unknown = await client.put(f"{kb(chatbot)}/embedder", json={"embedder": "local", "model": "/srv/models/x"}, headers=tenant.headers)
    assert unknown.status_code == 422 and unknown.headers["content-type"].startswith("application/problem+json")
    assert "unknown local model" in unknown.json()["detail"]
