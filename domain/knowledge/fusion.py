"""Reciprocal-rank fusion (Cormack, Clarke & Büttcher 2009): combine rankings from retrievers whose
scores are not comparable, using only ranks. Pure: retrieval adapters hand in ranked ids."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

DEFAULT_RRF_K = 60


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[K]], *, k: int = DEFAULT_RRF_K, weights: Sequence[float] | None = None
) -> list[tuple[K, float]]:
    """Each ranking is best-first. Returns (key, fused score) best-first; ties keep first-seen order."""
    if weights is None:
        weights = [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking")
    scores: dict[K, float] = {}
    for ranking, weight in zip(rankings, weights):
        seen: set[K] = set()
        for key in ranking:
            if key in seen:  # a repeated item neither scores again nor takes a rank
                continue
            seen.add(key)
            scores[key] = scores.get(key, 0.0) + weight / (k + len(seen))
    order = {key: i for i, key in enumerate(scores)}
    return sorted(scores.items(), key=lambda item: (-item[1], order[item[0]]))
