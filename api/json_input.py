"""Limits every JSON input (request bodies and WebSocket frames) shares, before and after decoding:
nesting at most MAX_JSON_DEPTH levels (deeper input made the decoders recurse until RecursionError) and
no NUL character in any string (PostgreSQL cannot store it, and a value that reached a later write, such
as the assistant's memory of a visitor, failed there)."""

from __future__ import annotations

import re
from typing import Any

from litestar import Request
from litestar.exceptions import ClientException, ValidationException

MAX_JSON_DEPTH = 32

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_INNERMOST_PAIR = re.compile(rb"\[\]|\{\}")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
NUL_ESCAPE = b"\\u0000"  # JSON can carry NUL only as this escape
NUL_ESCAPE_TEXT = NUL_ESCAPE.decode()


def too_deep(raw: bytes | str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether the JSON text nests deeper than `limit`, found without recursion: strings removed, only
    brackets kept, then one level of innermost pairs removed per round (all in C, a few ms for 1 MB)."""
    if isinstance(raw, str):
        if raw.count("[") + raw.count("{") <= limit:  # the usual case: cannot be that deep
            return False
        raw = raw.encode("utf-8", "surrogatepass")
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False
    brackets = _STRING.sub(b"", raw).translate(None, _NOT_BRACKETS)
    for _ in range(limit):
        if not brackets:
            return False
        shorter = _INNERMOST_PAIR.sub(b"", brackets)
        if shorter == brackets:
            return False  # unbalanced: not JSON, the decoder says so
        brackets = shorter
    return bool(brackets)


def nul_field(value: Any, path: str = "") -> str | None:
    """The path (`a.b[2]`) of the first string or key holding a NUL character, or None."""
    if isinstance(value, str):
        return (path or "body") if "\x00" in value else None
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            if "\x00" in str(key):
                return where.replace("\x00", "\\u0000")
            if (found := nul_field(item, where)) is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if (found := nul_field(item, f"{path}[{index}]")) is not None:
                return found
    return None


NESTING_DETAIL = f"JSON may nest at most {MAX_JSON_DEPTH} levels deep"
NUL_MESSAGE = "must not contain the NUL character (\\u0000)"


class JsonLimitedRequest(Request):
    """Litestar's request, whose JSON body is checked against the limits above (400 problem+json)."""

    async def json(self) -> Any:
        body = await self.body()
        if too_deep(body):
            raise ClientException(NESTING_DETAIL)
        value = await super().json()
        if NUL_ESCAPE in body and (field := nul_field(value)) is not None:
            raise ValidationException(f"{field}: {NUL_MESSAGE}", extra=[{"key": field, "message": NUL_MESSAGE}])
        return value
