"""Answer quality of the assistant on a dataset folder: corpus.jsonl ({id,title,text}) + questions.jsonl
({id,question,relevant_ids}). The corpus becomes a chatbot's knowledge through the real services (text
sources, the worker's ingestion, PostgreSQL + pgvector); each question is asked by a new visitor and answered
by the real reply pipeline (language, sentiment, intent, retrieval, the chatbot's model — the offline responder
without a key — tools, stored reply). Prints:

  cites relevant   replies whose citations include a relevant document
  I don't know     replies that said they did not know (not answered)
  false tool calls replies that handed off or saved a lead although the question asked for neither
                   (a question may name the tool it expects in an optional `expected_tool` field)
  latency          mean and p95 of the reply (message stored → reply stored)

With --unanswerable FILE (JSON lines with `text` or `question`, e.g. CLINC150's oos_test.jsonl), those questions
are asked too and the share declined ("I don't know") is printed: the other side of the threshold.

The FAQ cache is off so every question takes the full path. Usage:
    python bench/eval_answers.py ../shared/data/wixqa [--limit N] [--show N] [--unanswerable FILE [--unanswerable-limit N]]
        [--embedder hashing,local,local:multilingual-e5-small]   (side by side; `local` needs parley[local-models])
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path
from uuid import UUID

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support import owner_with_chatbot, parley_in_process, percentile  # noqa: E402


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


async def answer_all(container, dataset: Path, corpus: list[dict], questions: list[dict], show: int,
                     unanswerable: list[str], embedder: str) -> dict:
    """One chatbot with `embedder` (hashing, local, local:MODEL) answering every question; its figures."""
    from domain.conversations.model import Sender
    from domain.conversations.services import Actor
    from domain.knowledge.model import EmbedderChoice
    from domain.knowledge.services import NewSource

    principal, chatbot = await owner_with_chatbot(container, f"Eval {embedder}", f"Eval {dataset.name}")
    kind, _, model = embedder.partition(":")
    if kind != "hashing":
        await container.knowledge.set_embedder(principal, chatbot.id, EmbedderChoice(kind, model))
        chosen = container.knowledge.embedders.for_choice(EmbedderChoice(kind, model))
        if hasattr(chosen, "warm_up"):
            await chosen.warm_up()  # loading the model is not answering
    doc_of_source: dict[UUID, str] = {}
    for doc in corpus:
        new = NewSource(kind="text", name=(doc.get("title") or doc["id"])[:200], text=doc["text"])
        source = await container.knowledge.add_source(principal, chatbot.id, new)
        await container.knowledge.ingest(principal.tenant_id, source.id)  # what the worker's job runs
        doc_of_source[source.id] = doc["id"]
    config = await container.assistant_store.get_config(principal.tenant_id, chatbot.id)
    config.faq_cache = False
    await container.assistant_store.put_config(principal.tenant_id, chatbot.id, config)

    conversations, assistant = container.conversations, container.assistant
    cited_relevant = dont_know = false_tools = 0
    latencies: list[float] = []
    shown = 0
    data: dict = {}
    for q in questions:
        entry = await conversations.enter(chatbot.public_id, None, None)
        actor = Actor(sender=Sender.customer, visitor_id=entry.visitor.id)
        posted = await conversations.post_message(principal.tenant_id, entry.session.id, actor, q["question"])
        started = time.perf_counter()
        data = await assistant.reply(principal.tenant_id, entry.session.id, posted.event.id) or {}
        latencies.append((time.perf_counter() - started) * 1000)
        cited = {doc_of_source.get(UUID(c["source_id"])) for c in data.get("citations", [])}
        hit = bool(cited & set(q["relevant_ids"]))
        cited_relevant += hit
        dont_know += not data.get("answered", False)
        tools = {"handoff_to_human"} if data.get("handoff") else set()
        tools |= {"capture_lead"} if data.get("lead_id") else set()
        false_tools += bool(tools - {q.get("expected_tool")})
        if shown < show:
            shown += 1
            events = await conversations.events_after(principal.tenant_id, entry.session.id, 0)
            reply = next((e.content for e in reversed(events) if e.sender == Sender.ai), "")
            print(f"--- [{embedder}] {q['id']} ({'cites relevant' if hit else 'misses'}; answered={data.get('answered')})\n"
                  f"Q: {q['question']}\nA: {reply}\n")
    declined = tooled = 0
    for text in unanswerable:
        entry = await conversations.enter(chatbot.public_id, None, None)
        actor = Actor(sender=Sender.customer, visitor_id=entry.visitor.id)
        posted = await conversations.post_message(principal.tenant_id, entry.session.id, actor, text)
        reply = await assistant.reply(principal.tenant_id, entry.session.id, posted.event.id) or {}
        declined += not reply.get("answered", False)
        tooled += bool(reply.get("handoff") or reply.get("lead_id"))
    return {"cited": cited_relevant, "dont_know": dont_know, "false_tools": false_tools, "latencies": latencies,
            "declined": declined, "tooled": tooled, "model": f"{data.get('provider')}/{data.get('model')}"}


async def run(dataset: Path, limit: int | None, show: int, unanswerable: list[str], embedders: list[str]) -> None:
    from infrastructure.logging import configure_logging

    configure_logging("warning")
    corpus = load_jsonl(dataset / "corpus.jsonl")
    questions = [q for q in load_jsonl(dataset / "questions.jsonl") if q.get("relevant_ids")]
    if limit:
        questions = questions[:limit]
    async with parley_in_process("parley-eval-answers-", assistant_autoreply=False) as parley:
        results = {e: await answer_all(parley.container, dataset, corpus, questions, show, unanswerable, e)
                   for e in embedders}
    n = len(questions)
    models = {r["model"] for r in results.values()}
    print(f"{dataset.name}: {len(corpus)} documents, {n} questions, model: {', '.join(sorted(models))}")
    width = max(14, *(len(e) + 2 for e in embedders))
    print(f"  {'embedder':28}" + "".join(f"{e:>{width}}" for e in embedders) + "   target")
    rows = [
        ("cites a relevant document", lambda r: f"{100 * r['cited'] / n:.1f} %", ">= 75 %"),
        ("\"I don't know\"", lambda r: f"{100 * r['dont_know'] / n:.1f} %", "<= 10 %"),
        ("false tool calls", lambda r: f"{r['false_tools']}", "0"),
        ("latency mean", lambda r: f"{sum(r['latencies']) / n:.1f} ms", ""),
        ("latency p95", lambda r: f"{percentile(r['latencies'], 95):.1f} ms", "<= 300 ms"),
    ]
    if unanswerable:
        u = len(unanswerable)
        rows += [(f"unanswerable declined ({u})", lambda r: f"{100 * r['declined'] / u:.1f} %", ""),
                 ("unanswerable tool calls", lambda r: f"{r['tooled']}", "0")]
    for label, cell, target in rows:
        print(f"  {label:28}" + "".join(f"{cell(results[e]):>{width}}" for e in embedders) + f"   {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dataset", type=Path, help="folder with corpus.jsonl and questions.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="only the first N questions")
    parser.add_argument("--show", type=int, default=0, help="print the first N questions with their replies")
    parser.add_argument("--unanswerable", type=Path, default=None, help="JSON lines of questions the corpus cannot answer")
    parser.add_argument("--unanswerable-limit", type=int, default=200)
    parser.add_argument("--embedder", default="hashing",
                        help="comma-separated embedders answered with side by side: hashing, local (all-MiniLM-L6-v2), "
                             "local:multilingual-e5-small (default: hashing)")
    args = parser.parse_args()
    unanswerable = []
    if args.unanswerable is not None:
        rows = load_jsonl(args.unanswerable)[: args.unanswerable_limit]
        unanswerable = [r.get("question") or r["text"] for r in rows]
    for name in ("corpus.jsonl", "questions.jsonl"):
        if not (args.dataset / name).is_file():
            parser.error(f"{args.dataset / name} not found")
    asyncio.run(run(args.dataset, args.limit, args.show, unanswerable,
                    [e.strip() for e in args.embedder.split(",") if e.strip()]))


if __name__ == "__main__":
    main()
