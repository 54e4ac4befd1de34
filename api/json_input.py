"""Limits every JSON input (request bodies and WebSocket frames) shares, before and after decoding:
nesting at most MAX_JSON_DEPTH levels (deeper input made the decoders recurse until RecursionError) and
no NUL character in any string (PostgreSQL cannot store it, and a value that reached a later write, such
as the assistant's memory of a visitor, failed there)."""

from __future__ import annotations

import re
from array import array
from itertools import accumulate
from typing import Any

from litestar import Request
from litestar.exceptions import ClientException, ValidationException

MAX_JSON_DEPTH = 32

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")  # as signed bytes: +1 opens a level, -1 closes one
_CHUNK = 1 << 16
NUL_ESCAPE = b"\\u0000"  # JSON can carry NUL only as this escape
NUL_ESCAPE_TEXT = NUL_ESCAPE.decode()


def too_deep(raw: bytes | str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether the JSON text opens more than `limit` levels at once, found without recursion and in C:
    strings removed, brackets turned into +1/-1 steps, running sums per 64 KiB (a few ms for 1 MB, and a
    deep body is refused within its first chunk)."""
    if isinstance(raw, str):
        if raw.count("[") + raw.count("{") <= limit:  # the usual case: cannot be that deep
            return False
        raw = raw.encode("utf-8", "surrogatepass")
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False
    steps = _STRING.sub(b"", raw).translate(_STEPS, _NOT_BRACKETS)
    depth = 0
    for start in range(0, len(steps), _CHUNK):
        levels = list(accumulate(array("b", steps[start : start + _CHUNK]), initial=depth))
        if max(levels) > limit:
            return True
        depth = levels[-1]
    return False


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
