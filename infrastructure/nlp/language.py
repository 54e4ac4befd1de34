"""Language detection with lingua, restricted to the chatbot's languages (plus one contrast language)
in low-accuracy mode: a detector for a handful of languages costs a few MB, not the 1.3 GB of all 75
preloaded. Detectors are cached per language set. Texts mostly in a script none of the candidate
languages uses (Japanese for an English/French bot) are reported by script, so the assistant can say
which languages it speaks."""

from __future__ import annotations

import threading
import unicodedata
from collections import OrderedDict
from typing import Sequence

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

_SCRIPT_LANGUAGE = {
    "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko", "ARABIC": "ar", "CYRILLIC": "ru", "GREEK": "el",
    "HEBREW": "he", "THAI": "th", "DEVANAGARI": "hi", "BENGALI": "bn", "TAMIL": "ta", "GEORGIAN": "ka", "ARMENIAN": "hy",
}
_LANGUAGE_SCRIPTS = {
    "zh": {"CJK"}, "ja": {"CJK", "HIRAGANA", "KATAKANA"}, "ko": {"HANGUL", "CJK"}, "ar": {"ARABIC"}, "fa": {"ARABIC"},
    "ur": {"ARABIC"}, "ru": {"CYRILLIC"}, "uk": {"CYRILLIC"}, "bg": {"CYRILLIC"}, "sr": {"CYRILLIC", "LATIN"},
    "mk": {"CYRILLIC"}, "be": {"CYRILLIC"}, "kk": {"CYRILLIC"}, "mn": {"CYRILLIC"}, "el": {"GREEK"}, "he": {"HEBREW"},
    "th": {"THAI"}, "hi": {"DEVANAGARI"}, "mr": {"DEVANAGARI"}, "bn": {"BENGALI"}, "ta": {"TAMIL"}, "ka": {"GEORGIAN"},
    "hy": {"ARMENIAN"},
}


def script_of(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return None
    head = name.split(" ")[0]
    if head == "CJK":
        return "CJK"
    if head in _SCRIPT_LANGUAGE or head == "LATIN":
        return head
    return "OTHER"


def script_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in text[:2000]:
        s = script_of(ch)
        if s:
            counts[s] = counts.get(s, 0) + 1
    return counts


def _language(code: str) -> Language | None:
    try:
        return Language.from_iso_code_639_1(IsoCode639_1.from_str(code))
    except (ValueError, AttributeError):
        return None


class LinguaDetector:
    def __init__(self, capacity: int = 32, low_accuracy: bool = True) -> None:
        self.capacity = capacity
        self.low_accuracy = low_accuracy
        self._cache: OrderedDict[frozenset, object] = OrderedDict()
        self._lock = threading.Lock()

    def _detector(self, languages: frozenset[Language]):
        with self._lock:
            detector = self._cache.get(languages)
            if detector is not None:
                self._cache.move_to_end(languages)
                return detector
        builder = LanguageDetectorBuilder.from_languages(*languages)
        if self.low_accuracy:
            builder = builder.with_low_accuracy_mode()
        detector = builder.build()
        with self._lock:
            self._cache[languages] = detector
            while len(self._cache) > self.capacity:
                self._cache.popitem(last=False)
        return detector

    def detect(self, text: str, candidates: Sequence[str]) -> tuple[str | None, float]:
        text = text.strip()[:1000]
        bases = [c.split("-")[0].lower() for c in candidates]
        counts = script_counts(text)
        if not counts:
            return None, 0.0
        letters = sum(counts.values())
        foreign = {s: n for s, n in counts.items() if s not in ("LATIN", "OTHER")}
        share = sum(foreign.values()) / letters
        if share >= 0.5:
            used = set().union(*(_LANGUAGE_SCRIPTS.get(b, {"LATIN"}) for b in bases))
            if not used & set(foreign):
                if "HIRAGANA" in foreign or "KATAKANA" in foreign:
                    return "ja", share
                script = max(foreign.items(), key=lambda kv: kv[1])[0]
                return _SCRIPT_LANGUAGE.get(script), share
        languages = {lang for lang in (_language(b) for b in bases) if lang is not None}
        if not languages:
            return None, 0.0
        if len(languages) == 1:  # lingua needs a contrast; English (or French for English bots)
            only = next(iter(languages))
            languages.add(Language.FRENCH if only is Language.ENGLISH else Language.ENGLISH)
        values = self._detector(frozenset(languages)).compute_language_confidence_values(text)
        if not values:
            return None, 0.0
        top = values[0]
        if len(text) < 4 or top.value < 0.3:
            return None, float(top.value)
        return top.language.iso_code_639_1.name.lower(), float(top.value)
