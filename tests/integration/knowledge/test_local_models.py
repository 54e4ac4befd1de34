"""A chatbot switched to a local model (the `local-models` extra): its chunks are re-embedded by the job and
searched with the same model; a model this server lacks is refused on save (422), and a chatbot whose model
has gone since still gets answers (full-text) rather than a 500."""

from __future__ import annotations

from uuid import UUID

import pytest

from infrastructure.embeddings import local
from tests.integration.knowledge.conftest import add_and_ingest, kb, search

INSTALLED = [m for m in local.MODELS if local.available(m)]


@pytest.mark.parametrize("model", list(local.MODELS))
async def test_switching_to_a_local_model_reembeds_and_searches_with_it(client, container, tenant, chatbot, model):
    if model not in INSTALLED:
        pytest.skip(f"{model} is not installed ({local.MODELS[model].install})")
    await add_and_ingest(client, container, tenant, chatbot, {
        "kind": "text", "name": "Refunds", "text": "Refunds are paid back to the original card within five days."})
    await add_and_ingest(client, container, tenant, chatbot, {
        "kind": "text", "name": "Opening hours", "text": "The shop is closed on Sundays and public holidays."})
    changed = await client.put(f"{kb(chatbot)}/embedder", json={"embedder": "local", "model": model}, headers=tenant.headers)
    assert changed.status_code == 200, changed.text
    jobs = await container.knowledge.jobs.queued()
    assert any(j.function == "reembed_chatbot" and j.kwargs["chatbot_id"] == chatbot["id"] for j in jobs)
    assert await container.knowledge.reembed(UUID(tenant.id), UUID(chatbot["id"])) == 2
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        rows = await uow.conn.fetch(
            "SELECT DISTINCT embedding_model, dims FROM knowledge_chunks WHERE chatbot_id = $1", UUID(chatbot["id"]))
    assert [(r["embedding_model"], r["dims"]) for r in rows] == [(f"local:{model}", local.MODELS[model].dims)]
    # No word in common with the answer: only the model's sense of meaning finds it.
    found = await search(client, tenant, chatbot, "how long until my money comes back", mode="dense")
    assert "five days" in found["results"][0]["text"]
    # A new source is embedded with the chatbot's model at ingestion.
    await add_and_ingest(client, container, tenant, chatbot, {"kind": "text", "name": "Lockers", "text": "Lockers are on floor two."})
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        models = await uow.conn.fetch("SELECT DISTINCT embedding_model FROM knowledge_chunks WHERE chatbot_id = $1", UUID(chatbot["id"]))
    assert [r["embedding_model"] for r in models] == [f"local:{model}"]


async def test_a_model_missing_on_this_server_is_refused_on_save(client, tenant, chatbot, monkeypatch):
    gone = local.LocalModel("gone-model", 384, "English", ("parley_no_such_module",), "pip install parley-gone",
                            lambda threads: local._Backend())
    monkeypatch.setitem(local.MODELS, "gone-model", gone)
    refused = await client.put(f"{kb(chatbot)}/embedder", json={"embedder": "local", "model": "gone-model"}, headers=tenant.headers)
    assert refused.status_code == 422 and refused.headers["content-type"].startswith("application/problem+json")
    assert "not installed" in refused.json()["detail"] and "pip install parley-gone" in refused.json()["detail"]
    current = await client.get(f"{kb(chatbot)}/embedder", headers=tenant.headers)
    assert current.json()["embedder"] == "hashing"  # nothing was saved


async def test_a_chatbot_whose_model_has_gone_still_searches(client, container, tenant, chatbot):
    await add_and_ingest(client, container, tenant, chatbot, {"kind": "text", "name": "Doc", "text": "Lockers are on floor two."})
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:  # chosen when it was installed; removed since
        await uow.conn.execute(
            "INSERT INTO knowledge_settings (chatbot_id, tenant_id, embedder, model) VALUES ($1, $2, 'local', 'uninstalled-model')",
            UUID(chatbot["id"]), UUID(tenant.id))
    found = await search(client, tenant, chatbot, "where are the lockers")  # hybrid: full-text alone
    assert "floor two" in found["results"][0]["text"]
    dense = await client.post(f"{kb(chatbot)}/search", json={"query": "lockers", "mode": "dense"}, headers=tenant.headers)
    assert dense.status_code == 422 and "unknown local model" in dense.json()["detail"]
    assert await container.knowledge.reembed(UUID(tenant.id), UUID(chatbot["id"])) == 0


async def test_cross_lingual_hybrid_fuses_only_full_text_matches_in_the_questions_language(client, container, tenant, chatbot):
    if "multilingual-e5-small" not in INSTALLED:
        pytest.skip(f"multilingual-e5-small is not installed ({local.MODELS['multilingual-e5-small'].install})")
    changed = await client.put(f"{kb(chatbot)}/embedder", json={"embedder": "local", "model": "multilingual-e5-small"},
                               headers=tenant.headers)
    assert changed.status_code == 200, changed.text
    for name, text in [("Refunds", "Refunds are paid back to the original card within five days of the return."),
                       ("Office", "Our Berlin office hosts the annual team meeting in the spring.")]:
        await add_and_ingest(client, container, tenant, chatbot, {"kind": "text", "name": name, "text": text, "language": "en"})
    question = "Wann bekomme ich nach der Rücksendung mein Geld zurück? Ich wohne in Berlin."
    as_asked = await container.knowledge.retrieve(UUID(tenant.id), UUID(chatbot["id"]), question, k=2)
    office = next(p for p in as_asked if "Berlin" in p.text)
    assert office.text_rank == 1  # "Berlin" matched the wrong passage word for word
    in_german = await container.knowledge.retrieve(UUID(tenant.id), UUID(chatbot["id"]), question, k=2, language="de")
    assert "five days" in in_german[0].text and all(p.text_rank is None for p in in_german)
    assert in_german[0].dense_rank == 1 and 0.2 < in_german[0].dense_score < 0.5  # reported above E5's floor (raw cosine 0.82)
