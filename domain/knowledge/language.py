"""A small, dependency-free language guess from function words, for choosing a full-text
configuration. Returns None when unsure: the caller then uses the 'simple' configuration."""

from __future__ import annotations

import re

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)

_STOPWORDS = {
    "en": "the and of to in is that for it with as was on are be this by you or not from have at your can will an "
          "how what when where which who why do does did my me we our us they them their he she his her its am "
          "were been has had would should could may might there here than then so if about into i",
    "de": "der die und das ist nicht ein eine zu den mit sich des auf für im dem von sie es auch wird wir ich oder",
    "fr": "le la les et des est un une du pour que dans qui pas sur au avec ce il sont vous nous elle ou aux",
    "es": "el la los las de que y en un una es por para con no se del al lo como su más pero sus usted",
    "it": "il lo la gli le di che e un una per non sono del della con si da è anche come nel alla questo",
    "pt": "o a os as de que e um uma do da em para com não se por mais dos das no na você são",
    "nl": "de het een en van is dat op te zijn niet met voor er aan ook als wordt bij u je kunt",
}
_SETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
STOPWORDS: frozenset[str] = frozenset().union(*_SETS.values())


def guess_language(text: str, *, sample_chars: int = 4000) -> str | None:
    words = [w.lower() for w in _WORDS.findall(text[:sample_chars])]
    if len(words) < 5:
        return None
    counts = {lang: sum(1 for w in words if w in stop) for lang, stop in _SETS.items()}
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 2 or top < 0.05 * len(words) or top < 1.3 * second:
        return None
    return best
