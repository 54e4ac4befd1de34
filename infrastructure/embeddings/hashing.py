"""The default embedder: feature hashing over words, word pairs and character n-grams.

Needs no download and no network, is deterministic across processes and machines (CRC32, not
Python's salted hash), and runs at thousands of chunks per second. It is lexical, not semantic,
but the character n-grams make it forgiving of inflection, compounds and typos, which is what
full-text search misses — so the two complement each other in hybrid retrieval.
"""

from __future__ import annotations

import math
import re
import unicodedata
import zlib
from collections import Counter
from typing import Sequence

import numpy as np

from domain.knowledge.language import STOPWORDS

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _fold(text: str) -> str:
    """Lower case without accents: 'Café' and 'cafe' are one feature."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class HashingEmbedder:
    def __init__(
        self,
        dims: int = 512,
        *,
        ngram_range: tuple[int, int] = (3, 5),
        word_weight: float = 1.0,
        bigram_weight: float = 0.5,
        char_weight: float = 1.0,
    ) -> None:
        self.dims = dims
        self.ngram_range = ngram_range
        self.word_weight = word_weight
        self.bigram_weight = bigram_weight
        self.char_weight = char_weight
        lo, hi = ngram_range
        self.name = f"hashing-v1-{dims}-w{word_weight:g}-b{bigram_weight:g}-c{char_weight:g}-n{lo}{hi}"

    def features(self, text: str) -> Counter:
        words = [w for w in _WORD.findall(_fold(text)) if w not in STOPWORDS and not (len(w) == 1 and w.isalpha())]
        feats: Counter = Counter()
        for w in words:
            feats["w:" + w] += self.word_weight
        for a, b in zip(words, words[1:]):
            feats["b:" + a + " " + b] += self.bigram_weight
        if self.char_weight:
            lo, hi = self.ngram_range
            for w in words:
                marked = f"<{w}>"
                grams = [marked[i : i + n] for n in range(lo, hi + 1) for i in range(len(marked) - n + 1)]
                if grams:
                    share = self.char_weight / math.sqrt(len(grams))
                    for g in grams:
                        feats["c:" + g] += share
        return feats

    def vector(self, text: str) -> list[float]:
        feats = self.features(text)
        out = np.zeros(self.dims, dtype=np.float64)
        for feat, weight in feats.items():
            h = zlib.crc32(feat.encode())
            sign = 1.0 if h & 0x80000000 else -1.0
            out[h % self.dims] += sign * (1.0 + math.log(weight) if weight > 1.0 else weight)
        norm = float(np.linalg.norm(out))
        if norm == 0.0:
            out[0] = 1.0  # empty text: a fixed unit vector rather than a zero one (cosine undefined)
            norm = 1.0
        return (out / norm).tolist()

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return [self.vector(t) for t in texts]

    async def embed_query(self, text: str) -> list[float]:
        return self.vector(text)
