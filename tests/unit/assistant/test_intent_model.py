"""The offline intent model on held-out data: CLINC150's test utterances of intents it was trained on
(skipped where the shared data folder is absent), and its score scale."""

import json
from pathlib import Path

import pytest

from infrastructure.nlp.intents import ExampleIntentClassifier, build_index

CLINC = Path(__file__).resolve().parents[4] / "shared" / "data" / "clinc150"
if not CLINC.is_dir():
    CLINC = Path("/work/shared/data/clinc150")


def _rows(name: str, intents: set[str]) -> list[dict]:
    rows = (json.loads(line) for line in (CLINC / name).read_text().splitlines() if line.strip())
    return [r for r in rows if r["intent"] in intents]


@pytest.mark.skipif(not CLINC.is_dir(), reason="CLINC150 is not in the shared data folder")
def test_unseen_utterances_of_forty_intents_are_recognised():
    intents = sorted({json.loads(line)["intent"] for line in (CLINC / "val.jsonl").read_text().splitlines()} - {"oos"})[:40]
    model = build_index([(r["text"], r["intent"]) for r in _rows("train.jsonl", set(intents))])
    test = _rows("test.jsonl", set(intents))
    right = sum(model.scores(r["text"])[0][0] == r["intent"] for r in test)
    assert right / len(test) >= 0.93, right / len(test)  # TF-IDF nearest neighbours (k=2): 0.88


def test_scores_are_on_a_zero_to_one_scale_with_the_examples_near_one():
    c = ExampleIntentClassifier()
    top, score = c._index_for(()).scores("I want to talk to a human")[0]
    assert top == "talk_to_human" and 0.9 <= score <= 1.0
    assert all(0.0 <= s <= 1.0 for _, s in c._index_for(()).scores("what's the weather on mars"))


async def test_training_for_new_custom_intents_leaves_the_event_loop_free():
    import asyncio
    import random
    import time

    from domain.assistant.model import CustomIntent

    rng = random.Random(7)
    words = [f"word{n}" for n in range(600)]
    custom = [CustomIntent(name=f"intent_{i}", examples=[" ".join(rng.sample(words, 6)) for _ in range(40)]) for i in range(120)]
    c = ExampleIntentClassifier()
    ticks, longest = 0, 0.0

    async def ticker():
        nonlocal ticks, longest
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.01)
            now = time.perf_counter()
            ticks, longest = ticks + 1, max(longest, now - last)
            last = now

    running = asyncio.create_task(ticker())
    started = time.perf_counter()
    await c.prepare(custom)
    took = time.perf_counter() - started
    running.cancel()
    assert took > 0.3 and ticks >= 10 and longest < took / 2, (took, ticks, longest)
    trained = c._index_for(custom)
    await c.prepare(custom)
    assert c._index_for(custom) is trained  # cached: the visitor's message does not train again
