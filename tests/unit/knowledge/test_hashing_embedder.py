"""The default embedder (an adapter, but pure computation: no I/O)."""

import numpy as np

from infrastructure.embeddings.hashing import HashingEmbedder


def _cos(a, b) -> float:
    return float(np.dot(a, b))


async def test_deterministic_normalised_and_forgiving_of_inflection():
    e = HashingEmbedder()
    a = e.vector("How do I reset my password?")
    assert a == HashingEmbedder().vector("How do I reset my password?")
    assert len(a) == 512 and abs(np.linalg.norm(a) - 1) < 1e-9
    related = e.vector("Resetting passwords: a guide")
    unrelated = e.vector("Shipping rates for parcels to Canada")
    assert _cos(a, related) > 0.2 > _cos(a, unrelated)
    assert _cos(e.vector("café"), e.vector("Cafe")) > 0.99
    assert len(await e.embed_documents(["", "x"])) == 2
