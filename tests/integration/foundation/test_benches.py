"""The benchmarks and evaluation recipes still run, at toy sizes, and print their figures: a bench that
broke when the code under it changed would otherwise only be found the next time someone measures.
(bench_api needs autocannon from npm and bench_startup repeats test_up_command; eval_intents and the
corpus builders run on toy copies of the shared data's formats.)"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def scratch():
    """The benches' temporary folder (short: PostgreSQL's socket path must fit in 107 bytes). Each bench
    starts its own embedded PostgreSQL and Redis there, and must remove them when it ends."""
    folder = Path(tempfile.mkdtemp(prefix="pb"))
    yield folder
    left = [p.name for p in folder.iterdir() if p.name.startswith("parley-")]
    shutil.rmtree(folder, ignore_errors=True)
    assert not left, f"scratch folders left behind: {left}"


def run_bench(scratch: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "APP_DATABASE_URL", "REDIS_URL")}
    env["TMPDIR"] = str(scratch)
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_chat_socket_bench_reports_latency_and_loses_nothing(scratch):
    out = run_bench(scratch, "bench/bench_ws.py", "--sockets", "20", "--messages", "3")
    assert "Parley visitor ack, 20 sockets" in out
    assert "acknowledged 60 messages; stored 60; duplicated seqs 0; lost 0." in out


def test_assistant_bench_reports_both_paths(scratch):
    out = run_bench(scratch, "bench/bench_assistant.py", "--chunks", "200", "--replies", "5", "--streams", "2")
    assert "offline path, 201 chunks: 5 replies" in out
    assert "streaming path (Anthropic protocol" in out and ": 2 replies;" in out


def test_retrieval_bench_reports_recall_per_path(scratch):
    out = run_bench(scratch, "bench/bench_retrieval.py", "--sizes", "400", "--queries", "5", "--ingest-docs", "5",
                    "--corpus", "topical")
    assert "recall@10" in out and "default policy" in out
    assert "ingest into a table of" in out


def test_channels_bench_compares_with_the_stock_plugin(scratch):
    out = run_bench(scratch, "bench/bench_channels.py", "--followers", "50")
    assert "stock / Parley" in out
    assert any(line.split()[:1] == ["50"] for line in out.splitlines()), out


def test_retrieval_evaluation_scores_every_mode(scratch, tmp_path):
    dataset = tmp_path / "toy"
    dataset.mkdir()
    docs = [("refunds", "Refund policy", "Refunds are paid within 5 business days to the original card."),
            ("shipping", "Shipping", "Parcels ship from Berlin and arrive in two to four days."),
            ("password", "Passwords", "Reset a forgotten password from the sign-in page.")]
    (dataset / "corpus.jsonl").write_text("\n".join(json.dumps({"id": i, "title": t, "text": x}) for i, t, x in docs))
    questions = [("How long does a refund take?", "refunds"), ("Where do parcels ship from?", "shipping")]
    (dataset / "questions.jsonl").write_text(
        "\n".join(json.dumps({"question": q, "relevant_ids": [doc]}) for q, doc in questions))
    out = run_bench(scratch, "bench/eval_retrieval.py", str(dataset))
    for mode in ("bm25", "text", "dense", "hybrid"):
        assert any(line.startswith(mode) for line in out.splitlines()), out


def test_answer_evaluation_reports_citations_declines_tools_and_latency(scratch, tmp_path):
    dataset = tmp_path / "toy"
    dataset.mkdir()
    docs = [("refunds", "Refund policy", "Refunds are paid within 5 business days to the original card."),
            ("shipping", "Shipping", "Parcels ship from Berlin and arrive in two to four days.")]
    (dataset / "corpus.jsonl").write_text("\n".join(json.dumps({"id": i, "title": t, "text": x}) for i, t, x in docs))
    questions = [("How long does a refund take to be paid?", "refunds"), ("Where do parcels ship from?", "shipping")]
    (dataset / "questions.jsonl").write_text(
        "\n".join(json.dumps({"id": str(n), "question": q, "relevant_ids": [doc]}) for n, (q, doc) in enumerate(questions)))
    unanswerable = tmp_path / "oos.jsonl"
    unanswerable.write_text(json.dumps({"text": "what is the capital of mongolia"}))
    out = run_bench(scratch, "bench/eval_answers.py", str(dataset), "--unanswerable", str(unanswerable))
    assert re.search(r"cites a relevant document\s+100.0 %", out), out
    assert re.search(r"false tool calls\s+0\s", out) and re.search(r"latency p95\s+[\d.]+ ms", out)
    assert re.search(r"unanswerable declined \(1\)\s+100.0 %", out)


def test_sentiment_and_language_evaluations_print_their_figures(scratch, tmp_path):
    out = run_bench(scratch, "bench/eval_sentiment.py")
    assert "held out (even rows)" in out
    sentences = tmp_path / "sentences.tsv"
    sentences.write_text("lang\ttext\tenglish\nde\tWie viel kostet das Paket?\tHow much is the parcel?\n"
                         "da\tJeg har et spørgsmål om min ordre\tI have a question about my order\n", encoding="utf-8")
    out = run_bench(scratch, "bench/eval_language.py", "--data", str(tmp_path))
    assert "browser prior" in out and "unsupported languages reported as not supported" in out


def test_second_retrieval_corpora_are_built_from_clinc150_and_tatoeba(scratch, tmp_path):
    clinc = tmp_path / "data" / "clinc150"
    clinc.mkdir(parents=True)
    train = [("how do i track my parcel", "track"), ("where is my package", "track"), ("book a table for two", "book"),
             ("reserve a table tonight", "book"), ("tell me a joke", "oos")]
    (clinc / "train.jsonl").write_text("\n".join(json.dumps({"text": t, "intent": i}) for t, i in train))
    (clinc / "test.jsonl").write_text("\n".join(json.dumps({"text": t, "intent": i}) for t, i in
                                                [("where's my parcel", "track"), ("a table for four please", "book")]))
    out = run_bench(scratch, "bench/make_intent_corpus.py", str(tmp_path / "intents"), "--data", str(tmp_path / "data"))
    assert "2 documents, 2 questions" in out
    corpus = [json.loads(line) for line in (tmp_path / "intents" / "corpus.jsonl").read_text().splitlines()]
    assert corpus[1] == {"id": "track", "title": "Track", "text": "How do i track my parcel.\nWhere is my package."}

    tatoeba = tmp_path / "data" / "tatoeba"
    tatoeba.mkdir()
    (tatoeba / "sentences.tsv").write_text("lang\ttext\tenglish\nde\tWo ist mein Paket?\tWhere is my parcel?\n"
                                           "fr\tOù est mon colis ?\tWhere is my parcel?\npl\tGdzie jest paczka?\tWhere is the parcel?\n",
                                           encoding="utf-8")
    out = run_bench(scratch, "bench/make_crosslingual_corpus.py", str(tmp_path / "xling"), "--data", str(tmp_path / "data"))
    assert "1 English documents, 2 questions" in out  # one shared translation; Polish is not a question language
    questions = [json.loads(line) for line in (tmp_path / "xling" / "questions.jsonl").read_text().splitlines()]
    assert [q["question"] for q in questions] == ["Wo ist mein Paket?", "Où est mon colis ?"]
    assert {tuple(q["relevant_ids"]) for q in questions} == {("en-0000",)}


def test_intent_evaluation_prints_the_product_classifier_next_to_the_baselines(scratch, tmp_path):
    clinc = tmp_path / "clinc150"
    clinc.mkdir()
    rows = {"track": ["where is my parcel", "track my package", "has my order shipped", "where is my order"],
            "book": ["book a table", "reserve a table for two", "a table tonight please", "can i book dinner"]}
    train = [{"text": t, "intent": i} for i, ts in rows.items() for t in ts[:3]] + [{"text": "sing a song", "intent": "oos"}]
    held_out = [{"text": ts[3], "intent": i} for i, ts in rows.items()]
    (clinc / "train.jsonl").write_text("\n".join(json.dumps(r) for r in train))
    (clinc / "val.jsonl").write_text("\n".join(json.dumps(r) for r in held_out + [{"text": "what is love", "intent": "oos"}]))
    (clinc / "test.jsonl").write_text("\n".join(json.dumps(r) for r in held_out))
    (clinc / "oos_test.jsonl").write_text(json.dumps({"text": "how tall is everest", "intent": "oos"}))
    sst = tmp_path / "sst2"
    sst.mkdir()
    (sst / "dev.jsonl").write_text(json.dumps({"text": "a wonderful film", "label": "positive"}))
    out = run_bench(scratch, "bench/eval_intents.py", "--data", str(tmp_path))
    assert "product: linear SVM" in out and "Rasa" in out and "SST-2" in out


def test_webhooks_bench_reports_latency_and_throughput(scratch):
    out = run_bench(scratch, "bench/bench_webhooks.py", "--events", "20", "--rate", "50", "--pairs", "2")
    assert "paced, 50 events/s: 20/20 delivered" in out
    assert "flood, one endpoint: 20/20 delivered" in out
    assert "backlog 2, plus an endpoint that never answers: 20/20 delivered" in out and "median of 2 alternated" in out
    assert "deliveries refused by the receiver's signature check: 0" in out


def test_payments_bench_reports_link_and_webhook_latency(scratch):
    out = run_bench(scratch, "bench/bench_payments.py", "--requests", "5")
    assert "payment link creation (AI decision -> card in the chat): n=5" in out
    assert "webhook handling (checkout.session.completed -> paid + card): n=5" in out


def test_handoff_bench_reports_notification_latency_and_queue_operations(scratch):
    out = run_bench(scratch, "bench/bench_handoff.py", "--visitors", "10", "--rate", "20", "--takers", "2")
    assert "handoff → operator notification across two API processes (10 visitors" in out and "p95" in out
    assert "queue operations: 10 takes" in out
