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
    def __init__(self, default: Embedder | None = None, *, transport=None, local_threads: int | None = None) -> None:
        self.default = default or HashingEmbedder()
        self._transport = transport  # tests may route API embedders through a local transport
        self._local_threads = local_threads
        self._cache: dict[tuple, Embedder] = {}
        self._locals: dict[str, local.LocalEmbedder] = {}  # one per model ("" is the default's): one copy in RAM

    def for_choice(self, choice: EmbedderChoice) -> Embedder:
        if choice.embedder == "hashing":
            return self.default
        if choice.embedder == "local":
            return self._local(choice.model)
        key_digest = hashlib.sha256((choice.api_key or "").encode()).hexdigest()
        key = (choice.embedder, choice.model, choice.base_url, key_digest)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if choice.embedder in ("openai", "voyage"):
            embedder: Embedder = HttpEmbedder(
                choice.embedder, choice.base_url or "", choice.model, choice.api_key, transport=self._transport
            )
        else:
            raise InvalidInput(f"unknown embedder {choice.embedder!r}", field="embedder")
        self._cache[key] = embedder
        return embedder

    def _local(self, model: str) -> Embedder:
        """A model of the local catalogue, if this installation has its packages. Cheap: the model itself
        is loaded on first use, in the embedder's own thread."""
        try:
            entry = local.resolve(model)
        except KeyError:
            raise InvalidInput(
                f"unknown local model {model!r}; choose one of {', '.join(local.MODELS)}", field="model"
            ) from None
        cached = self._locals.get(entry.name)
        if cached is not None:
            return cached
        absent = local.missing(entry)
        if absent:
            raise InvalidInput(
                f"the local model {entry.name} is not installed on this server (missing: {', '.join(absent)}); "
                f"the server's administrator can add it: {entry.install}",
                field="model" if model else "embedder",
            )
        embedder = self._locals[entry.name] = local.LocalEmbedder(entry, threads=self._local_threads)
        return embedder
