"""Language detection with lingua, among the chatbot's languages and common Latin-script languages it may not
speak (so those are reported, not mistaken for a spoken one), in high-accuracy mode (short chat messages need
it: 70 → 86 % on three words). Detectors are cached per language set. The session's language (the browser's, or
earlier messages') is a prior that decides short, ambiguous texts. Texts mostly in a script none of the candidate
languages uses (Japanese for an English/French bot) are reported by script, so the assistant can say which
languages it speaks."""

from __future__ import annotations

import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Sequence

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


# Common Latin-script languages a chatbot is unlikely to speak, detected so they are not mistaken for one it does.
CONTRAST_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "tr", "cs", "ro", "fi", "hu")
# How much likelier the session's language is than any other before the text is read (bench/eval_language.py).
PRIOR_WEIGHT = 2.0
CONTRAST_MARGIN = 4.0
HIGH_ACCURACY_MAX_CHARS = 120


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
    """Two passes: a low-accuracy detector over the chatbot's languages and the contrast languages finds texts in
    a language the chatbot does not speak; a high-accuracy one over the chatbot's languages alone picks among
    them (its models are ~25 MB per language, shared by all detectors; all 16 in high accuracy would be ~470 MB)."""

    def __init__(self, capacity: int = 32) -> None:
        self.capacity = capacity
        self._cache: OrderedDict[tuple[frozenset, bool], object] = OrderedDict()
        self._lock = threading.Lock()

    def _detector(self, languages: frozenset[Language], low_accuracy: bool):
        key = (languages, low_accuracy)
        with self._lock:
            detector = self._cache.get(key)
            if detector is not None:
                self._cache.move_to_end(key)
                return detector
        builder = LanguageDetectorBuilder.from_languages(*languages)
        if low_accuracy:
            builder = builder.with_low_accuracy_mode()
        detector = builder.build()
        with self._lock:
            self._cache[key] = detector
            while len(self._cache) > self.capacity:
                self._cache.popitem(last=False)
        return detector

    @staticmethod
    def _scores(detector, text: str) -> dict[str, float]:
        return {v.language.iso_code_639_1.name.lower(): float(v.value) for v in detector.compute_language_confidence_values(text)}

    def detect(self, text: str, candidates: Sequence[str], prior: str | None = None) -> tuple[str | None, float]:
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
        spoken = {lang.iso_code_639_1.name.lower() for lang in languages}
        # Latin-script languages the chatbot may not speak compete too, so a Danish or Polish message is reported
        # as such (the assistant then says which languages it speaks) instead of as the nearest supported one;
        # a short text shares words with many languages, so only when it clearly beats the best spoken one.
        contrast = {lang for lang in (_language(c) for c in CONTRAST_LANGUAGES) if lang is not None} - languages
        wide = self._scores(self._detector(frozenset(languages | contrast), True), text)
        if not wide:
            return None, 0.0
        foreign_best = max(wide, key=wide.__getitem__)
        if foreign_best not in spoken and wide[foreign_best] > 0 and wide[foreign_best] >= CONTRAST_MARGIN * max(wide.get(c, 0.0) for c in spoken):
            return foreign_best, wide[foreign_best] / (wide[foreign_best] + sum(wide.get(c, 0.0) for c in spoken))
        # high accuracy where it matters and costs little: short texts (long ones are clear at low accuracy)
        precise = len(text) <= HIGH_ACCURACY_MAX_CHARS
        scores = self._scores(self._detector(frozenset(languages), not precise), text) if len(languages) > 1 else {
            next(iter(spoken)): 1.0}
        prior = (prior or "").split("-")[0].lower()
        if prior in scores:
            # what the session already tells (the browser's language, earlier messages) weighs in on short,
            # ambiguous texts; a text clearly in another language still wins
            scores[prior] *= PRIOR_WEIGHT
        total = sum(scores.values()) or 1.0
        best = max(scores, key=scores.__getitem__)
        confidence = scores[best] / total
        if len(text) < 4 or confidence < 0.3:
            return None, confidence
        return best, confidence
