"""The JSON Schemas of the WebSocket frames (domain/conversations/frames.py), written to docs/schemas/ws."""

from __future__ import annotations

from typing import Any

import msgspec

from domain.conversations.frames import ClientFrame, ServerFrame


def json_schemas() -> dict[str, dict[str, Any]]:
    """One JSON Schema per frame, keyed by `client.<type>` / `server.<type>`."""
    out: dict[str, dict[str, Any]] = {}
    for direction, union in (("client", ClientFrame), ("server", ServerFrame)):
        for struct in union.__args__:  # type: ignore[attr-defined]
            schema = msgspec.json.schema(struct)
            out[f"{direction}.{struct.__struct_config__.tag}"] = schema
    return out


if __name__ == "__main__":  # write docs/schemas/ws/*.json
    import json
    import sys
    from pathlib import Path

    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/schemas/ws")
    folder.mkdir(parents=True, exist_ok=True)
    for name, schema in json_schemas().items():
        (folder / f"{name}.json").write_text(json.dumps(schema, indent=2, sort_keys=True) + "\n")
    print(f"wrote {len(json_schemas())} schemas to {folder}")
