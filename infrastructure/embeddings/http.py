"""Embedding APIs: OpenAI-compatible `/embeddings` (OpenAI, Azure-style gateways, vLLM, Ollama,
LiteLLM, ...) and Voyage AI. Both take `{model, input: [...]}` and answer `{data: [{embedding, index}]}`;
Voyage also takes `input_type` ("document" / "query")."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import httpx

from domain.knowledge.model import IngestionFailed
from infrastructure.security.outbound import OutboundRefused

MAX_DIMS = 2000  # vectors are stored inline in one page, and HNSW indexes stop at 2000


class EmbeddingServiceError(IngestionFailed):
    pass


class HttpEmbedder:
    similarity_floor = 0.0  # not known for an arbitrary API model; the owner's choice of model
    cross_lingual = False  # not known either: full-text matches in other languages are kept
    def __init__(
        self,
        flavour: str,
        base_url: str,
        model: str,
        api_key: str | None,
        *,
        batch_size: int = 96,
        timeout: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if flavour not in ("openai", "voyage"):
            raise ValueError(flavour)
        self.flavour = flavour
        self.url = base_url.rstrip("/") + "/embeddings"
        self.model = model
        self.batch_size = batch_size
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(headers=headers, timeout=timeout, transport=transport)
        # Same model behind another endpoint may differ (quantised, another revision): name both.
        where = hashlib.sha256(self.url.encode()).hexdigest()[:8]
        self.name = f"{flavour}:{model}@{where}"
        self.dims = 0  # learnt from the first answer

    async def _embed(self, texts: Sequence[str], input_type: str) -> list[list[float]]:
        out: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            batch = list(texts[start : start + self.batch_size])
            body: dict = {"model": self.model, "input": batch}
            if self.flavour == "voyage":
                body["input_type"] = input_type
            else:
                body["encoding_format"] = "float"
            try:
                response = await self._client.post(self.url, json=body)
            except httpx.HTTPError as exc:
                raise EmbeddingServiceError(f"the embedding service at {self.url} could not be reached ({type(exc).__name__})") from None
            except OutboundRefused as exc:
                raise EmbeddingServiceError(exc.reason) from None
            if response.status_code != 200:
                detail = response.text[:200].strip()
                raise EmbeddingServiceError(f"the embedding service answered {response.status_code}: {detail}")
            try:
                data = sorted(response.json()["data"], key=lambda item: item["index"])
                vectors = [[float(x) for x in item["embedding"]] for item in data]
            except (ValueError, KeyError, TypeError):
                raise EmbeddingServiceError("the embedding service answered in an unexpected format") from None
            if len(vectors) != len(batch) or len({len(v) for v in vectors}) != 1:
                raise EmbeddingServiceError("the embedding service returned the wrong number or shape of vectors")
            if len(vectors[0]) > MAX_DIMS:
                raise EmbeddingServiceError(
                    f"the model returns {len(vectors[0])} dimensions; at most {MAX_DIMS} are supported "
                    "(choose a smaller model or its `dimensions` option)"
                )
            self.dims = len(vectors[0])
            out.extend(vectors)
        return out

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return await self._embed(texts, "document")

    async def embed_query(self, text: str) -> list[float]:
        return (await self._embed([text], "query"))[0]

    async def aclose(self) -> None:
        await self._client.aclose()
