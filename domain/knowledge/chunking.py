"""Structure-aware chunking: split light Markdown into passages that never straddle a heading and
carry their heading path, so a citation can say where in a document a passage came from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.knowledge.model import ChunkDraft

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")


@dataclass(frozen=True)
class ChunkingPolicy:
    max_chars: int = 1000
    min_chars: int = 150  # a shorter tail joins its predecessor within the same section


def _split_long(text: str, max_chars: int) -> list[str]:
    """A paragraph over the limit: cut at sentence ends, else at spaces, else hard."""
    if len(text) <= max_chars:
        return [text]
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(text):
        while len(sentence) > max_chars:
            cut = sentence.rfind(" ", 0, max_chars)
            cut = cut if cut > max_chars // 2 else max_chars
            head, sentence = sentence[:cut].strip(), sentence[cut:].strip()
            if current:
                pieces.append(current)
                current = ""
            pieces.append(head)
        if current and len(current) + 1 + len(sentence) > max_chars:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        pieces.append(current)
    return [p for p in pieces if p]


def chunk_markdown(text: str, policy: ChunkingPolicy = ChunkingPolicy()) -> list[ChunkDraft]:
    headings: list[tuple[int, str]] = []
    chunks: list[ChunkDraft] = []
    section: list[str] = []  # units (lines/paragraphs) of the current section

    def flush_section() -> None:
        path = tuple(h for _, h in headings)
        current: list[str] = []
        size = 0
        pieces: list[list[str]] = []
        for unit in section:
            for part in _split_long(unit, policy.max_chars):
                if current and size + 1 + len(part) > policy.max_chars:
                    pieces.append(current)
                    current, size = [], 0
                current.append(part)
                size += len(part) + 1
        if current:
            if pieces and size < policy.min_chars and sum(len(p) + 1 for p in pieces[-1]) + size <= policy.max_chars * 1.25:
                pieces[-1].extend(current)
            else:
                pieces.append(current)
        for piece in pieces:
            body = "\n".join(piece).strip()
            if body:
                chunks.append(ChunkDraft(ordinal=len(chunks), text=body, heading_path=path))
        section.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        match = _HEADING.match(line.strip())
        if match:
            flush_section()
            level, title = len(match.group(1)), match.group(2).strip()
            while headings and headings[-1][0] >= level:
                headings.pop()
            headings.append((level, title))
            continue
        if not line.strip():
            continue
        # Each line is a unit: lists, table rows and prose lines all survive as written.
        section.append(line.strip())
    flush_section()
    return chunks
