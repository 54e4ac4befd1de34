"""Inputs the fuzz suite must try because an outside probe found them breaking the API, which the
default generation never produces: `date-time` values without an offset (schemathesis writes RFC 3339,
always with one) and JSON nested thousands of levels deep (schemas bound no depth)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import strategies as st

DEEP = 5_000  # enough to exhaust a recursive decoder (Python's default limit is 1,000)
# Python structures that deep cannot be hashed or serialised by the fuzzer itself, so a generated case
# carries this marker in one body field and the request body is written with the nesting as text.
DEEP_MARKER = "parley-probe:deep-json"

_OFFSETS = st.one_of(
    st.none(),  # naive: no offset at all
    st.just(UTC),
    st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m))),
)
date_times = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=_OFFSETS).map(
    lambda d: d.isoformat()
)


def _with_deep_field(case):
    """The case, one body field (or a new one) replaced by the marker. In place: each draw is a fresh
    case, and schemathesis cases cannot be copied."""
    case.body = {**case.body, next(iter(case.body), "nested"): DEEP_MARKER}
    return case


def install(schema) -> None:
    """Registers the probes on `schema` (and the `date-time` format, which schemathesis keeps globally)."""
    import schemathesis

    schemathesis.openapi.format("date-time", date_times)

    @schema.hook
    def flatmap_case(context, case):
        if case.media_type != "application/json" or not isinstance(case.body, dict):
            return st.just(case)
        return st.booleans().map(lambda deep: _with_deep_field(case) if deep else case)


def request_overrides(case) -> dict:
    """Transport arguments that put the deep nesting where the marker is (none for other cases)."""
    if case.media_type != "application/json" or not isinstance(case.body, dict) or DEEP_MARKER not in case.body.values():
        return {}
    text = json.dumps(case.body).replace(json.dumps(DEEP_MARKER), "[" * DEEP + "]" * DEEP)
    return {"data": text.encode()}
