"""The offline responder: the default model when no provider key is configured. No network, no
weights: it answers with the best-matching sentences of the retrieved passages (preferring passages
in the visitor's language), cites them, says plainly when it does not know, and drives the same tools
as a remote model, by intent."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass

from domain.assistant.model import Finished, ModelEvent, ModelRequest, TextDelta, ToolCall, ToolUseEvent, Usage, estimate_tokens
from domain.assistant.phrases import say
from domain.knowledge.model import Passage

_WORD = re.compile(r"\w+", re.UNICODE)
# sentence ends: punctuation then space or newline, or punctuation glued to a capital (scraped pages lose spaces:
# "…verification.All invoices…"), or a line break
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|(?<=[a-z\)][.!?])(?=[A-Z])|\n+")
STOP = frozenset(
    ["a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "have", "has", "had", "i", "you", "he", "she", "it", "we", "they", "me", "my", "your", "our", "their", "this", "that", "these", "those", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "not", "no", "yes", "please", "thanks", "thank", "hi", "hello", "there", "here", "about", "into", "also", "just", "want", "need", "know", "like", "get", "got", "use", "using", "able", "im", "i'm", "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "si", "à", "au", "aux", "en", "dans", "sur", "par", "pour", "avec", "est", "sont", "été", "être", "avoir", "ai", "as", "a", "ont", "je", "tu", "il", "elle", "nous", "vous", "ils", "elles", "ce", "cet", "cette", "ces", "quel", "quelle", "quels", "quelles", "qui", "que", "quoi", "quand", "où", "comment", "pourquoi", "mon", "ma", "mes", "votre", "vos", "notre", "nos", "leur", "leurs", "ne", "pas", "plus", "se", "sa", "son", "ses", "y", "est-ce", "el", "los", "las", "unos", "unas", "del", "al", "y", "o", "pero", "si", "en", "con", "por", "para", "es", "son", "fue", "ser", "estar", "está", "están", "yo", "tú", "él", "ella", "nosotros", "ustedes", "ellos", "qué", "cuál", "cuáles", "quién", "cuándo", "dónde", "cómo", "por", "qué", "mi", "mis", "su", "sus", "nuestro", "der", "die", "das", "ein", "eine", "einen", "einem", "und", "oder", "aber", "wenn", "von", "zu", "im", "in", "an", "auf", "mit", "für", "ist", "sind", "war", "sein", "haben", "hat", "ich", "du", "er", "sie", "es", "wir", "ihr", "was", "welche", "welcher", "wer", "wann", "wo", "wie", "warum", "mein", "meine", "ihr", "ihre", "unser", "il", "lo", "gli", "uno", "e", "o", "ma", "se", "di", "da", "con", "per", "è", "sono", "essere", "avere", "che", "cosa", "quale", "quando", "dove", "come", "perché", "mio", "o", "os", "um", "uma", "e", "ou", "mas", "se", "de", "em", "com", "por", "para", "é", "são", "ser", "ter", "eu", "você", "ele", "ela", "nós", "que", "qual", "quando", "onde", "como", "porque", "meu", "de", "het", "een", "en", "of", "maar", "als", "van", "te", "in", "op", "met", "voor", "is", "zijn", "was", "hebben", "ik", "jij", "hij", "zij", "wij", "wat", "welke", "wie", "wanneer", "waar", "hoe", "waarom", "mijn"]
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def terms(text: str) -> list[str]:
    """Content words, folded and cut to a 5-letter stem (refunds/refunded → refun)."""
    out = []
    for w in _WORD.findall(_fold(text)):
        if w in STOP or (len(w) < 3 and not w.isdigit()):
            continue
        out.append(w[:5] if not w.isdigit() else w)
    return out


_ABBREVIATION = re.compile(r"(?i)(?:\b(?:e\.g|i\.e|etc|approx|incl|vs|no|z\.b|p\.ex|bzw|ca)\.)$")


def sentences(text: str) -> list[str]:
    parts: list[str] = []
    for part in _SENTENCE.split(text):
        part = part.strip(" -*#\t")
        if parts and _ABBREVIATION.search(parts[-1]):
            parts[-1] += " " + part  # "(e.g. size and color)" is one sentence
        elif part:
            parts.append(part)
    return [p for p in parts if len(p) >= 3]


# Below this support the responder says it does not know. Support is the best passage's dense similarity to the
# question (the default hashing embedder's cosine), or, for passages found by words alone, the share of the
# question's content words (idf-weighted) that the best passage contains. Calibrated on half of a help-centre set
# against out-of-scope questions on the same knowledge, checked on the other half (ARCHITECTURE.md, Decisions).
MIN_DENSE_SUPPORT = 0.25
MIN_WORD_SUPPORT = 0.34
MIN_WORD_SUPPORT_WITH_DENSE = 0.4
MIN_DENSE_WITH_WORDS = 0.2
STEPS_AFTER_COLON = 4


@dataclass(frozen=True)
class Extract:
    """What the offline responder can say from the passages: sentences in reading order, the 1-based
    passage numbers they come from (best first), and whether the passages are close enough to the question to
    answer it."""

    sentences: list[str]
    used: list[int]
    supported: bool


def _key(sentence: str) -> str:
    return " ".join(_WORD.findall(_fold(sentence)))


def extract(question: str, passages: list[Passage], language: str, limit: int = 3) -> Extract:
    """The best sentences of the best passages. A passage that repeats an earlier one (the same page ingested
    twice) adds nothing; a sentence is said once; sentences that share no content word with the question are
    never said. Sentences come from the best-ranked passage that answers, plus the next document's best one
    when it is nearly as good (questions often span two articles)."""
    q = Counter(terms(question))
    if not q or not passages:
        return Extract([], [], False)
    ordered = list(enumerate(passages, 1))
    same_language = [(n, p) for n, p in ordered if (p.language or "").split("-")[0] in (language, "simple")]
    if same_language and any(set(terms(p.title + " " + p.text)) & set(q) for _, p in same_language):
        ordered = same_language + [(n, p) for n, p in ordered if (n, p) not in same_language]
    seen_text: set[str] = set()
    unique = []
    for n, p in ordered:
        key = _key(p.text)
        if key in seen_text:
            continue
        seen_text.add(key)
        unique.append((n, p))
    docs = [set(terms(p.title + " " + p.text)) for _, p in unique]
    df: Counter = Counter(w for d in docs for w in d)
    idf = {w: math.log(1 + len(docs) / (1 + df[w])) + 0.5 for w in q}
    total = sum(idf.values())
    coverage = max(sum(idf[w] for w in q if w in d) / total for d in docs)
    dense = max((p.dense_score for _, p in unique if p.dense_score is not None), default=None)
    # a short passage shares few character n-grams with a question even when it answers it: a passage that holds
    # most of the question's content words is enough with a weaker similarity
    supported = coverage >= MIN_WORD_SUPPORT if dense is None else (
        dense >= MIN_DENSE_SUPPORT or (coverage >= MIN_WORD_SUPPORT_WITH_DENSE and dense >= MIN_DENSE_WITH_WORDS))
    said: set[str] = {_key(p.title) for _, p in unique} | {_key(h) for _, p in unique for h in p.heading_path}
    candidates: list[tuple[float, int, int, int, str]] = []  # (score, position, passage n, sentence index, text)
    for position, (n, p) in enumerate(unique):
        title_terms = set(terms(p.title))
        for i, s in enumerate(sentences(p.text)):
            key = _key(s)
            st = set(terms(s))
            if not st or key in said:
                continue
            said.add(key)
            matched = sum(idf[w] for w in q if w in st)
            if matched <= 0:
                continue
            in_title = sum(idf[w] for w in q if w in title_terms and w not in st)
            score = (matched + 0.3 * in_title) / total / math.sqrt(1 + len(st) / 12) * (0.85 ** position)
            candidates.append((score, position, n, i, s))
    if not candidates:
        return Extract([], [], supported)
    best = max(candidates)
    first = [c for c in candidates if c[2] == best[2]]
    first.sort(reverse=True)
    chosen = [c for c in first[:limit] if c[0] >= 0.5 * best[0]]
    others = [c for c in candidates if c[2] != best[2] and _document(passages, c[2]) != _document(passages, best[2])]
    if others:
        runner_up = max(others)
        if runner_up[0] >= 0.7 * best[0] and len(chosen) < limit + 1:
            chosen.append(runner_up)
    chosen.sort(key=lambda c: (c[1], c[3]))
    said_sentences = []
    for c in chosen:
        said_sentences.append(c[4])
        if c[4].endswith(":"):  # an introduction to steps or a list: the steps are the answer
            following = sentences(passages[c[2] - 1].text)[c[3] + 1 : c[3] + 1 + STEPS_AFTER_COLON]
            said_sentences += [f for f in following if f not in said_sentences]
    used = list(dict.fromkeys(c[2] for c in sorted(chosen, key=lambda c: (c[2] != best[2], c[1]))))
    return Extract(list(dict.fromkeys(said_sentences)), used, supported)


def _document(passages: list[Passage], n: int):
    return passages[n - 1].document_id


# The booking tools' results, written for a model (domain/scheduling/tools.py): the offline responder shows their
# slot lines and booking details to the visitor, without the instructions meant for the model.
_SLOT_LINE = re.compile(r"^- (.+?) \(slot=[^)]*\)$", re.M)
_ZONE = re.compile(r"time zone \(([^)]+)\)")


def _slot_lines(result: str) -> list[str]:
    return [f"- {label}" for label in _SLOT_LINE.findall(result)]


def _zone(result: str) -> str:
    found = _ZONE.search(result)
    return found.group(1).replace("_", " ") if found else ""


def _booked(result: str, language: str) -> str:
    details = result.split(" Tell the visitor.")[0].strip().removeprefix("Booked for ")
    return say("meeting_booked", language) + " " + details


def _name_of(email: str) -> str:
    """A name for the booking when the visitor gave none: "ada.lovelace@…" → "Ada Lovelace"."""
    words = [w for w in re.split(r"[._+-]+", email.split("@")[0]) if w.isalpha()]
    return " ".join(w.capitalize() for w in words) or email.split("@")[0]


def _slots_again(result: str, language: str) -> str:
    lines = _slot_lines(result)
    return say("slot_taken", language) + "\n" + "\n".join(lines) if lines else say("fallback", language)


class OfflineResponder:
    provider = "offline"
    name = "parley-offline-1"

    def __init__(self, chunk_chars: int = 24) -> None:
        self.chunk_chars = chunk_chars

    async def stream(self, request: ModelRequest) -> AsyncIterator[ModelEvent]:
        g = request.grounding
        tools = {t.name for t in request.tools}
        last = request.turns[-1] if request.turns else None
        text, stop = "", "end_turn"
        cited: list[int] = []
        if g is None:
            text = say("fallback", "en")
        elif last is not None and last.tool_results:
            # the second step after a tool call: say what happened
            errors = [r for r in last.tool_results if r[2]]
            names = {c.name for t in request.turns for c in t.tool_calls}
            said = last.tool_results[-1][1]
            if "handoff_to_human" in names and not errors:
                text = say("handoff", g.language)
            elif "capture_lead" in names and not errors:
                text = say("lead_saved", g.language)
            elif "book_meeting" in names:
                text = _booked(said, g.language) if not errors else _slots_again(said, g.language)
            elif "find_slots" in names and not errors and _slot_lines(said):
                text = say("slots_offer", g.language, zone=_zone(said)) + "\n" + "\n".join(_slot_lines(said))
            elif "find_slots" in names:  # nothing bookable here (no schedule, no free time): answered as without it
                text, stop, cited = self._answer(g)
            else:
                text = say("ask_contact", g.language) if "capture_lead" in names else say("fallback", g.language)
        else:
            call = self._tool_for(g, tools)
            if call is not None:
                yield ToolUseEvent(call)
                yield Finished("tool_use", self._usage(request, ""), self.name)
                return
            text, stop, cited = self._answer(g)
        for i in range(0, len(text), self.chunk_chars):
            yield TextDelta(text[i : i + self.chunk_chars])
        yield Finished(stop, self._usage(request, text), self.name, tuple(cited))

    def _tool_for(self, g, tools: set[str]) -> ToolCall | None:
        if g.intent == "talk_to_human" and "handoff_to_human" in tools:
            return ToolCall(id="offline-1", name="handoff_to_human", arguments={"reason": "visitor asked for a person"})
        if g.slot is not None and g.facts.get("email") and "book_meeting" in tools:
            # choosing one of the offered times (a button) is the confirmation; the contact details are known
            email = g.facts["email"]
            name = g.facts.get("name") or _name_of(email)
            return ToolCall(id="offline-1", name="book_meeting",
                            arguments={"slot": g.slot, "name": name, "email": email, "confirmed": True})
        if g.slot is None and g.intent == "book_meeting" and "find_slots" in tools:
            return ToolCall(id="offline-1", name="find_slots", arguments={})
        if g.lead_offered and "capture_lead" in tools:
            args = {k: g.facts[k] for k in ("name", "email", "phone") if g.facts.get(k)}
            args["note"] = g.question[:500]
            return ToolCall(id="offline-1", name="capture_lead", arguments=args)
        return None

    def _answer(self, g) -> tuple[str, str, list[int]]:
        if g.intent == "greeting" and len(terms(g.question)) <= 2:
            return say("greeting", g.language), "end_turn", []
        if g.intent == "goodbye" and len(terms(g.question)) <= 3:
            return say("goodbye", g.language), "end_turn", []
        if g.slot is not None:  # a time chosen, the contact details missing
            return say("slot_contact", g.language), "end_turn", []
        found = extract(g.question, g.passages, g.language)
        if not found.sentences or not found.supported:
            if g.intent in ("purchase", "book_meeting"):
                return say("ask_contact", g.language), "end_turn", []
            return say("dont_know", g.language) + " " + say("offer_human", g.language), "no_answer", []
        # the sources travel as citations (shown once, under the reply), not inline
        return " ".join(s if s.endswith((".", "!", "?", "。", ":")) else s + "." for s in found.sentences), "end_turn", found.used

    @staticmethod
    def _usage(request: ModelRequest, text: str) -> Usage:
        prompt = request.system_stable + request.system_dynamic + "".join(t.text for t in request.turns)
        return Usage(input_tokens=estimate_tokens(prompt), output_tokens=estimate_tokens(text))
