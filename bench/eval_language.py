"""Language detection of short chat messages on the Tatoeba sample (../shared/data/tatoeba/sentences.tsv):
each sentence cut to its first N words (default 3), detected by the product's detector for a chatbot that
speaks en, de, fr, es, it, pt, nl (English rows are the sentences' English translations). Prints per-language
and macro accuracy with:

  no prior        nothing known about the visitor
  browser prior   the session's language is the visitor's (the widget sends the browser's language)
  wrong prior     the session says English whatever the visitor writes (a prior must not override clear text)

and, for messages in languages the chatbot does not speak (pl, sv, tr, da), how often they are reported as
not supported (the honest answer) instead of being taken for a supported one.

    python bench/eval_language.py [--data ../shared/data/tatoeba] [--words 3] [--prior-weight W]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from infrastructure.nlp import language as detection  # noqa: E402

SUPPORTED = ["en", "de", "fr", "es", "it", "pt", "nl"]
BASELINE = "77 % macro on three words before priors, contrast languages and high-accuracy mode (issue 19)"


def load(path: Path, words: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    cut = lambda text: " ".join(text.split()[:words])  # noqa: E731
    supported = [(lang, cut(text)) for lang, text, _ in rows if lang in SUPPORTED]
    per_language = max(1, len(supported) // 6)
    supported += [("en", cut(english)) for _, _, english in rows[:: max(1, len(rows) // per_language)]][:per_language]
    other = [(lang, cut(text)) for lang, text, _ in rows if lang not in SUPPORTED]
    return supported, other


def macro(results: dict[str, list[int]]) -> float:
    seen = [ok / n for ok, n in results.values() if n]
    return 100 * sum(seen) / max(1, len(seen))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/tatoeba"), help="folder with sentences.tsv")
    parser.add_argument("--words", type=int, default=3)
    parser.add_argument("--prior-weight", type=float, default=None, help="override PRIOR_WEIGHT (to calibrate it)")
    args = parser.parse_args()
    if args.prior_weight is not None:
        detection.PRIOR_WEIGHT = args.prior_weight
    supported, other = load(args.data / "sentences.tsv", args.words)
    detector = detection.LinguaDetector()
    started = time.perf_counter()
    print(f"{len(supported)} messages in supported languages, {len(other)} in others; first {args.words} words; "
          f"prior weight {detection.PRIOR_WEIGHT}")
    print(f"{'':14}" + "".join(f"{lang:>7}" for lang in SUPPORTED) + f"{'macro':>8}")
    for name, prior_of in (("no prior", lambda lang: None), ("browser prior", lambda lang: lang),
                           ("wrong prior", lambda lang: "en")):
        results = {lang: [0, 0] for lang in SUPPORTED}
        for lang, text in supported:
            got = detector.detect(text, SUPPORTED, prior=prior_of(lang))[0]
            results[lang][0] += got == lang
            results[lang][1] += 1
        print(f"{name:14}" + "".join(f"{100 * ok / n:>6.1f}%" if n else f"{'-':>7}" for ok, n in results.values()) + f"{macro(results):>7.1f}%")
    honest = {}
    for lang, text in other:
        got = detector.detect(text, SUPPORTED, prior="en")[0]
        counts = honest.setdefault(lang, [0, 0])
        counts[0] += got not in SUPPORTED
        counts[1] += 1
    print("unsupported languages reported as not supported (browser says en): "
          + ", ".join(f"{lang} {100 * ok / n:.0f}%" for lang, (ok, n) in honest.items()) + f"; macro {macro(honest):.1f}%")
    per = (time.perf_counter() - started) / (3 * len(supported) + len(other)) * 1000
    print(f"{per:.2f} ms per message; baseline: {BASELINE}; target >= 90 % macro on three words")


if __name__ == "__main__":
    main()
