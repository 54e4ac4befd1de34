"""Evaluate the offline intent classifier on CLINC150 and the sentiment analyzer on SST-2.

    .venv/bin/python bench/eval_intents.py [--data ../shared/data] [--embedder local,local:multilingual-e5-small]

CLINC150 ("Full"): the classifier used in production (a linear SVM over TF-IDF words and character n-grams,
infrastructure/nlp/intents.py) is trained on the train split; the out-of-scope threshold is the lowest score
that declines at least 60 % of the validation split's 100 out-of-scope questions (50 % is the target; the
margin covers the sampling error of 100 questions); figures are on test (4,500 in-scope) and oos_test (1,000). Two settings, as in Larson et al. 2019: threshold only (in-scope
training data) and oos as a training class (+ threshold). With --embedder local[:MODEL] (the local-models extra),
that model's vectors are classified too, by nearest neighbours and by a linear SVM, thresholds from val only. SST-2 (GLUE dev, 872 phrases): accuracy of the sentiment
analyzer's sign. Data stays in bench/: nothing here is used by the product.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from infrastructure.nlp.intents import build_index  # noqa: E402
from infrastructure.nlp.sentiment import MultilingualSentiment  # noqa: E402

PUBLISHED = [
    ("BERT (oos as a class)", 96.9, 40.3),
    ("BERT (threshold)", 96.2, 52.3),
    ("Rasa", 91.5, 45.3),
    ("FastText", 89.0, 9.7),
]


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def predict_all(scorer, texts: list[str]) -> list[tuple[str, float]]:
    out = []
    for t in texts:
        ranked = scorer(t)
        out.append(ranked[0] if ranked else ("oos", 0.0))
    return out


def apply(preds: list[tuple[str, float]], threshold: float) -> list[str]:
    return [label if score >= threshold and label != "oos" else "oos" for label, score in preds]


def metrics(labels: list[str], predicted: list[str]) -> tuple[float, float]:
    ins = [(label, p) for label, p in zip(labels, predicted) if label != "oos"]
    oos = [p for label, p in zip(labels, predicted) if label == "oos"]
    return (100 * sum(label == p for label, p in ins) / len(ins), 100 * sum(p == "oos" for p in oos) / max(1, len(oos)))


VALIDATION_OOS_RECALL = 60.0


def tune(val_labels: list[str], val_preds: list[tuple[str, float]]) -> float:
    """The lowest threshold (0.005 steps) declining VALIDATION_OOS_RECALL % of validation out-of-scope questions."""
    for i in range(0, 201):
        t = i / 200
        if metrics(val_labels, apply(val_preds, t))[1] >= VALIDATION_OOS_RECALL:
            return t
    return 1.0


def evaluate(name: str, make_scorer, train, val, test) -> None:
    started = time.perf_counter()
    scorer = make_scorer(train)
    built = time.perf_counter() - started
    val_preds = predict_all(scorer, [r["text"] for r in val])
    threshold = tune([r["intent"] for r in val], val_preds)
    started = time.perf_counter()
    test_preds = predict_all(scorer, [r["text"] for r in test])
    per_query = (time.perf_counter() - started) / len(test) * 1000
    labels = [r["intent"] for r in test]
    acc, rec = metrics(labels, apply(test_preds, threshold))
    raw_acc, _ = metrics(labels, apply(test_preds, -1.0))
    model = getattr(scorer, "__self__", None)
    size = f", weights {model.weights.nbytes / 2**20:.0f} MB" if hasattr(model, "weights") else ""
    print(f"{name:<52} {acc:6.1f}%   {rec:6.1f}%   (threshold {threshold:.3f} from val; "
          f"no rejection: {raw_acc:.1f}% in-scope; trained in {built:.1f} s{size}, {per_query:.2f} ms/query)")


def linear_scorer(rows):
    return build_index([(r["text"], r["intent"]) for r in rows]).scores


def tune_any(val_labels: list[str], val_preds: list[tuple[str, float]]) -> float:
    """As `tune`, for scores on any scale: the lowest validation score that declines VALIDATION_OOS_RECALL %."""
    for t in sorted({score for _, score in val_preds}):
        if metrics(val_labels, apply(val_preds, t))[1] >= VALIDATION_OOS_RECALL:
            return t
    return float("inf")


def embedding_classifiers(model: str, train, val, test) -> None:
    """A local model's sentence vectors (the product's LocalEmbedder, batched) under two classifiers: nearest
    neighbours (mean of the two closest examples of an intent) and a linear SVM; the threshold from val only."""
    import asyncio

    import numpy as np
    from sklearn.svm import LinearSVC

    from infrastructure.embeddings import local

    entry = local.resolve(model)
    if local.missing(entry):
        print(f"{'local ' + entry.name:<52} not installed (missing {', '.join(local.missing(entry))}; {entry.install})")
        return
    embedder = local.LocalEmbedder(entry)

    def embed(rows) -> tuple[np.ndarray, float]:
        started = time.perf_counter()
        vectors = asyncio.run(embedder.embed_queries([r["text"] for r in rows]))
        return np.asarray(vectors, dtype=np.float32), (time.perf_counter() - started) / len(rows) * 1000

    asyncio.run(embedder.warm_up())
    (x_train, _), (x_val, _), (x_test, ms) = embed(train), embed(val), embed(test)
    y_train = np.array([r["intent"] for r in train])
    labels_val, labels_test = [r["intent"] for r in val], [r["intent"] for r in test]
    intents = sorted(set(y_train))
    members = {k: np.flatnonzero(y_train == k) for k in intents}

    def knn(x: np.ndarray) -> list[tuple[str, float]]:
        sims = x @ x_train.T
        per_intent = np.stack([np.sort(sims[:, idx], axis=1)[:, -2:].mean(axis=1) for idx in members.values()], axis=1)
        best = per_intent.argmax(axis=1)
        return [(intents[b], float(per_intent[i, b])) for i, b in enumerate(best)]

    svm = LinearSVC(C=1.0).fit(x_train, y_train)

    def linear(x: np.ndarray) -> list[tuple[str, float]]:
        scores = svm.decision_function(x)
        best = scores.argmax(axis=1)
        return [(str(svm.classes_[b]), float(scores[i, b])) for i, b in enumerate(best)]

    for name, scorer in (("kNN", knn), ("linear SVM", linear)):
        threshold = tune_any(labels_val, scorer(x_val))
        acc, rec = metrics(labels_test, apply(scorer(x_test), threshold))
        raw, _ = metrics(labels_test, apply(scorer(x_test), -1e9))
        print(f"{'local ' + entry.name + ' ' + name + ' (threshold)':<52} {acc:6.1f}%   {rec:6.1f}%   "
              f"(threshold {threshold:.3f} from val; no rejection: {raw:.1f}% in-scope; {ms:.2f} ms/query to embed, "
              f"batched)")
    embedder.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--embedder", default="hashing",
                        help="comma-separated: also classify on a local model's vectors, side by side with the product "
                             "(local = all-MiniLM-L6-v2, local:multilingual-e5-small; needs parley[local-models])")
    args = parser.parse_args()
    embedders = [e.strip() for e in args.embedder.split(",") if e.strip()]
    data = Path(args.data)
    clinc = data / "clinc150"
    train, val = load(clinc / "train.jsonl"), load(clinc / "val.jsonl")
    test = load(clinc / "test.jsonl") + load(clinc / "oos_test.jsonl")
    in_scope_train = [r for r in train if r["intent"] != "oos"]

    print(f"CLINC150 full: train {len(train)}, val {len(val)}, test {len(test) - 1000} in-scope + 1000 out-of-scope")
    print(f"{'classifier':<52} {'in-scope acc':>12} {'oos recall':>10}")
    evaluate("product: linear SVM, TF-IDF words+chars (threshold)", linear_scorer, in_scope_train, val, test)
    evaluate("product: linear SVM (oos as a class + threshold)", linear_scorer, train, val, test)
    for spec in embedders:
        kind, _, model = spec.partition(":")
        if kind == "local":
            embedding_classifiers(model, in_scope_train, val, test)
        elif kind != "hashing":
            parser.error(f"unknown embedder {spec!r}")
    print("published (Larson et al. 2019, Table 2, Full):")
    for name, acc, rec in PUBLISHED:
        print(f"  {name:<50} {acc:6.1f}%   {rec:6.1f}%")

    sst = load(data / "sst2" / "dev.jsonl")
    analyzer = MultilingualSentiment()
    started = time.perf_counter()
    predicted = ["positive" if analyzer.analyze(r["text"], "en").score >= 0 else "negative" for r in sst]
    ms = (time.perf_counter() - started) / len(sst) * 1000
    accuracy = 100 * sum(p == r["label"] for p, r in zip(predicted, sst)) / len(sst)
    majority = 100 * max(sum(r["label"] == "positive" for r in sst), sum(r["label"] == "negative" for r in sst)) / len(sst)
    print(f"\nSST-2 dev ({len(sst)} phrases): sentiment sign accuracy {accuracy:.1f}% ({ms:.2f} ms/text); majority class {majority:.1f}%")


if __name__ == "__main__":
    main()
