"""A session's memory: the last turns verbatim, a rolling summary of older ones, and facts the
visitor gave (name, email, phone, order number), kept in the session's context."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import phonenumbers

from domain.assistant.ports import HistoryItem
from domain.knowledge.language import STOPWORDS

VERBATIM_TURNS = 8
SUMMARY_CHARS = 1200

_EMAIL = re.compile(r"[^@\s<>()\[\],;:\"']{1,64}@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# Where a national number (no +country code) is read from, by the visitor's language: the likeliest countries.
PHONE_REGIONS = {
    "en": ("US", "GB"), "fr": ("FR", "BE", "CH"), "de": ("DE", "AT", "CH"), "es": ("ES", "MX"), "it": ("IT",),
    "pt": ("PT", "BR"), "nl": ("NL", "BE"),
}
_ORDER = re.compile(
    r"(?i)\b(?:order|commande|pedido|bestellung|ordine|encomenda|bestelling)\s*(?:number|num[eé]ro|nummer|n[o°º]\.?|#)?"
    r"(?:\s+(?:is|est|es|ist|è|é|é o|is het))?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,20})\b"
)
_CONNECTORS = {"and", "et", "y", "und", "e", "en", "i", "from", "de", "but", "mais", "pero", "aber", "ma", "mas", "maar"}
_NAME = re.compile(
    r"(?i)\b(?:my name is|i am called|call me|je m'appelle|mon nom est|me llamo|mi nombre es|ich heiße|ich heisse|"
    r"mein name ist|mi chiamo|meu nome é|chamo-me|mijn naam is|ik heet)\s+([^\W\d_][^\W\d_'-]{1,30}(?:\s+[^\W\d_][^\W\d_'-]{1,30})?)"
)


def find_phone(text: str, language: str = "en") -> str | None:
    """A valid phone number in the text (libphonenumber's numbering plans), as written. Version numbers, CVE ids,
    IP addresses, order and chargeback numbers are not phone numbers and are not taken for one."""
    for region in (None, *PHONE_REGIONS.get(language.split("-")[0], ("US", "GB"))):
        for match in phonenumbers.PhoneNumberMatcher(text[:2000], region, leniency=phonenumbers.Leniency.VALID):
            return match.raw_string.strip()
    return None


def extract_facts(text: str, language: str = "en") -> dict[str, str]:
    facts: dict[str, str] = {}
    if m := _EMAIL.search(text):
        facts["email"] = m.group(0).strip(".")
    if phone := find_phone(text, language):
        facts["phone"] = phone
    if (m := _ORDER.search(text)) and any(c.isdigit() for c in m.group(1)):
        facts["order_number"] = m.group(1)
    if m := _NAME.search(text):
        words = m.group(1).split()
        if len(words) > 1 and (not words[1][0].isupper() or words[1].lower() in _CONNECTORS):
            words = words[:1]
        facts["name"] = " ".join(w[:1].upper() + w[1:] for w in words)
    return facts


def update_memory(context: dict[str, Any], history: list[HistoryItem], latest: str, language: str) -> dict[str, Any]:
    """The new context: facts merged (newer wins), summary of the turns that fell out of the verbatim window."""
    memory = dict(context.get("memory") or {})
    facts = dict(memory.get("facts") or {})
    facts.update(extract_facts(latest, language))
    older = [h for h in history if h.kind == "message"][:-VERBATIM_TURNS]
    summarized_upto = int(memory.get("summarized_upto", 0))
    new_lines = [h for h in older if h.seq > summarized_upto and h.content]
    summary = memory.get("summary", "")
    for h in new_lines:
        who = "Visitor" if h.sender == "customer" else "Assistant" if h.sender == "ai" else "Agent"
        first = re.split(r"(?<=[.!?])\s", h.content.strip(), maxsplit=1)[0][:200]
        summary = (summary + f"\n{who}: {first}").strip()
    if len(summary) > SUMMARY_CHARS:
        summary = summary[-SUMMARY_CHARS:].split("\n", 1)[-1]
    if new_lines:
        summarized_upto = new_lines[-1].seq
    memory.update(facts=facts, summary=summary, summarized_upto=summarized_upto, language=language)
    return {**context, "memory": memory}


def recent_turns(history: list[HistoryItem]) -> list[HistoryItem]:
    return [h for h in history if h.kind == "message" and h.content][-VERBATIM_TURNS:]


_CONTINUATION = re.compile(
    r"(?i)^\s*(?:and|also|what about|how about|then|so|und|auch|et|aussi|y|también|e|anche|também|en|ook|maar|but|mais|pero|aber|ma|mas)\b"
)
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
# words that point back to something said before
_ANAPHORA = frozenset(
    ["it", "its", "that", "this", "they", "them", "those", "there", "one", "es", "das", "dies", "ihn", "ihm", "dort", "ça", "cela", "ce", "il", "elle", "y", "lo", "la", "ello", "eso", "esto", "allí", "esso", "questo", "quello", "lì", "isso", "isto", "isso", "lá", "dat", "dit", "het", "daar"]
)
FOLLOW_UP_MAX_WORDS = 4  # content words: "And when does it arrive?" has one


def _follows_up(message: str) -> bool:
    words = _WORDS.findall(message.lower())
    content = [w for w in words if w not in STOPWORDS]
    short_with_reference = len(content) <= FOLLOW_UP_MAX_WORDS and any(w in _ANAPHORA for w in words)
    return bool(_CONTINUATION.match(message)) or short_with_reference or not content


def contextual_query(question: str, history: list[HistoryItem]) -> str:
    """What to search for: a follow-up ("And when does it arrive?", "und der Preis?") is read with the visitor's
    previous messages back to the one that holds its subject; a self-contained question is searched as it is."""
    earlier = [h.content.strip() for h in history if h.sender == "customer" and h.kind == "message" and h.content.strip()]
    if earlier and earlier[-1] == question.strip():
        earlier = earlier[:-1]
    parts = [question]
    while earlier and _follows_up(parts[0]) and len(parts) < 4:
        parts.insert(0, earlier.pop()[:500])
    return " ".join(parts)


_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2}|Z)")
PICK_LOOKBACK = 6  # messages: a pick older than this is forgotten


def picked_slot(history: list[HistoryItem], up_to_seq: int) -> str | None:
    """The meeting slot the visitor chose from those the assistant offered (the widget sends the slot's exact time)
    and that is not booked yet: in this message, or in one shortly before it the booking still waits on."""
    recent = [h for h in history if h.seq <= up_to_seq and h.kind == "message"][-PICK_LOOKBACK:]
    offered: set[datetime | None] = set()
    for h in history:
        if h.sender == "ai" and h.seq <= up_to_seq and isinstance(h.data.get("slots"), dict):
            offered.update(_instant(s.get("start")) for s in h.data["slots"].get("slots") or [] if isinstance(s, dict))
    offered.discard(None)
    for h in reversed(recent):
        if h.sender == "ai" and "booking" in h.data:
            return None  # booked since
        if h.sender == "customer":
            for found in _INSTANT.finditer(h.content):
                if _instant(found.group()) in offered:
                    return found.group()
    return None


def _instant(text: Any) -> datetime | None:
    try:
        value = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo is not None else None
