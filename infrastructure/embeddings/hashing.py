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
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from domain.knowledge.language import STOPWORDS

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _fold(text: str) -> str:
    """Lower case without accents: 'Café' and 'cafe' are one feature."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class HashingEmbedder:
    similarity_floor = 0.0  # unrelated texts share almost no features: cosine about 0.01
    cross_lingual = False
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
        self._cache: dict[str, list[tuple[int, float]]] = {}
        self.name = f"hashing-v2-{dims}-w{word_weight:g}-b{bigram_weight:g}-c{char_weight:g}-n{lo}{hi}"

    def _word_features(self, word: str) -> list[tuple[int, float]]:
        """(feature hash, weight) of a word's unigram and character n-grams; cached per word,
        since vocabularies repeat far more than they grow."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        out = [(zlib.crc32(("w:" + word).encode()), self.word_weight)]
        if self.char_weight:
            lo, hi = self.ngram_range
            marked = f"<{word}>"
            grams = [marked[i : i + n] for n in range(lo, hi + 1) for i in range(len(marked) - n + 1)]
            if grams:
                share = self.char_weight / math.sqrt(len(grams))
                out.extend((zlib.crc32(("c:" + g).encode()), share) for g in grams)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[word] = out
        return out

    def features(self, text: str) -> dict[int, float]:
        """Feature hash → accumulated weight."""
        words = [w for w in _WORD.findall(_fold(text)) if w not in STOPWORDS and not (len(w) == 1 and w.isalpha())]
        feats: dict[int, float] = defaultdict(float)
        for w in words:
            for h, weight in self._word_features(w):
                feats[h] += weight
        if self.bigram_weight:
            for a, b in zip(words, words[1:]):
                feats[zlib.crc32(("b:" + a + " " + b).encode())] += self.bigram_weight
        return feats

    def vector(self, text: str) -> list[float]:
        feats = self.features(text)
        out = np.zeros(self.dims, dtype=np.float64)
        if feats:
            hashes = np.fromiter(feats.keys(), dtype=np.uint64, count=len(feats))
            weights = np.fromiter(feats.values(), dtype=np.float64, count=len(feats))
            damped = np.where(weights > 1.0, 1.0 + np.log(np.maximum(weights, 1.0)), weights)  # sublinear tf
            signs = np.where(hashes & 0x80000000, 1.0, -1.0)
            np.add.at(out, (hashes % self.dims).astype(np.intp), signs * damped)
        norm = float(np.linalg.norm(out))
        if norm == 0.0:
            out[0] = 1.0  # empty text: a fixed unit vector rather than a zero one (cosine undefined)
            norm = 1.0
        return (out / norm).tolist()

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return [self.vector(t) for t in texts]

    async def embed_query(self, text: str) -> list[float]:
        return self.vector(text)
