"""The offline responder: the default model when no provider key is configured. No network, no
weights: it answers with the best-matching sentences of the retrieved passages (preferring passages
in the visitor's language), cites them, says plainly when it does not know, and drives the same tools
as a remote model, by intent."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from typing import AsyncIterator

from domain.assistant.model import Finished, ModelEvent, ModelRequest, TextDelta, ToolCall, ToolUseEvent, Usage, estimate_tokens
from domain.assistant.phrases import say
from domain.knowledge.model import Passage

_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|\n+")
STOP = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being do does did have has had
    i you he she it we they me my your our their this that these those what which who whom whose when where why how
    can could would should will shall may might must not no yes please thanks thank hi hello there here about into
    le la les un une des du de et ou mais si à au aux en dans sur par pour avec est sont été être avoir ai as a ont je tu
    il elle nous vous ils elles ce cet cette ces quel quelle quels quelles qui que quoi quand où comment pourquoi mon ma
    mes votre vos notre nos leur leurs ne pas plus se sa son ses y est-ce
    el los las unos unas del al y o pero si en con por para es son fue ser estar está están yo tú él ella nosotros
    ustedes ellos qué cuál cuáles quién cuándo dónde cómo por qué mi mis su sus nuestro
    der die das ein eine einen einem und oder aber wenn von zu im in an auf mit für ist sind war sein haben hat ich du
    er sie es wir ihr was welche welcher wer wann wo wie warum mein meine ihr ihre unser
    il lo gli uno e o ma se di da con per è sono essere avere che cosa quale quando dove come perché mio
    o os um uma e ou mas se de em com por para é são ser ter eu você ele ela nós que qual quando onde como porque meu
    de het een en of maar als van te in op met voor is zijn was hebben ik jij hij zij wij wat welke wie wanneer waar hoe
    waarom mijn""".split()
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


def sentences(text: str) -> list[str]:
    parts = [s.strip(" -*#\t") for s in _SENTENCE.split(text)]
    return [p for p in parts if len(p) >= 3]


def best_sentences(question: str, passages: list[Passage], language: str, limit: int = 3) -> tuple[list[str], list[int], float]:
    """(sentences in reading order, 1-based passage numbers used, coverage of the question's terms)."""
    q = Counter(terms(question))
    if not q or not passages:
        return [], [], 0.0
    ordered = list(enumerate(passages, 1))
    same_language = [(n, p) for n, p in ordered if (p.language or "").split("-")[0] in (language, "simple")]
    if same_language and any(set(terms(p.title + " " + p.text)) & set(q) for _, p in same_language):
        ordered = same_language + [(n, p) for n, p in ordered if (n, p) not in same_language]
    df: Counter = Counter()
    docs = []
    for n, p in ordered:
        t = set(terms(p.title + " " + p.text))
        docs.append(t)
        df.update(t)
    idf = {w: math.log(1 + len(docs) / (1 + df[w])) + 0.5 for w in q}
    scored: list[tuple[float, int, int, str]] = []
    best_coverage = 0.0
    for rank, ((n, p), doc_terms) in enumerate(zip(ordered, docs)):
        coverage = sum(idf[w] for w in q if w in doc_terms) / sum(idf.values())
        best_coverage = max(best_coverage, coverage)
        title_terms = set(terms(p.title))
        for i, s in enumerate(sentences(p.text)):
            st = Counter(terms(s))
            if not st:
                continue
            overlap = sum(idf[w] for w in q if w in st or w in title_terms)
            if overlap <= 0:
                continue
            score = overlap / math.sqrt(len(st) + 3) - 0.15 * rank
            scored.append((score, n, i, s))
    if not scored:
        return [], [], best_coverage
    scored.sort(key=lambda x: -x[0])
    top_passage = scored[0][1]
    chosen = [x for x in scored if x[1] == top_passage][:limit]
    if len(chosen) < 2:
        chosen += [x for x in scored if x[1] != top_passage][: limit - len(chosen)]
    chosen.sort(key=lambda x: (x[1] != top_passage, x[1], x[2]))
    used = sorted({x[1] for x in chosen}, key=lambda n: (n != top_passage, n))
    return [x[3] for x in chosen], used, best_coverage


class OfflineResponder:
    provider = "offline"
    name = "parley-offline-1"

    def __init__(self, min_coverage: float = 0.34, chunk_chars: int = 24) -> None:
        self.min_coverage = min_coverage
        self.chunk_chars = chunk_chars

    async def stream(self, request: ModelRequest) -> AsyncIterator[ModelEvent]:
        g = request.grounding
        tools = {t.name for t in request.tools}
        last = request.turns[-1] if request.turns else None
        text, stop, cited = "", "end_turn", ()
        if g is None:
            text = say("fallback", "en")
        elif last is not None and last.tool_results:
            # the second step after a tool call: say what happened
            errors = [r for r in last.tool_results if r[2]]
            names = {c.name for t in request.turns for c in t.tool_calls}
            if "handoff_to_human" in names and not errors:
                text = say("handoff", g.language)
            elif "capture_lead" in names and not errors:
                text = say("lead_saved", g.language)
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
        if (g.facts.get("email") or g.facts.get("phone")) and "capture_lead" in tools and g.intent in (
            "purchase", "book_meeting", "pricing", "question", "out_of_scope"
        ) and ("@" in g.question or any(ch.isdigit() for ch in g.question)):
            args = {k: g.facts[k] for k in ("name", "email", "phone") if g.facts.get(k)}
            args["note"] = g.question[:500]
            return ToolCall(id="offline-1", name="capture_lead", arguments=args)
        return None

    def _answer(self, g) -> tuple[str, str, list[int]]:
        if g.intent == "greeting" and len(terms(g.question)) <= 2:
            return say("greeting", g.language), "end_turn", []
        if g.intent == "goodbye" and len(terms(g.question)) <= 3:
            return say("goodbye", g.language), "end_turn", []
        picked, used, coverage = best_sentences(g.question, g.passages, g.language)
        if not picked or coverage < self.min_coverage:
            if g.intent in ("purchase", "book_meeting"):
                return say("ask_contact", g.language), "end_turn", []
            return say("dont_know", g.language) + " " + say("offer_human", g.language), "no_answer", []
        body = " ".join(s if s.endswith((".", "!", "?", "。")) else s + "." for s in picked)
        sources = ", ".join(f"[{n}] {g.passages[n - 1].title}".strip() for n in used)
        return f"{body}\n\n{say('sources', g.language)}: {sources}", "end_turn", used

    @staticmethod
    def _usage(request: ModelRequest, text: str) -> Usage:
        prompt = request.system_stable + request.system_dynamic + "".join(t.text for t in request.turns)
        return Usage(input_tokens=estimate_tokens(prompt), output_tokens=estimate_tokens(text))
