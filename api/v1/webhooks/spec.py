"""Every webhook event type in the OpenAPI 3.1 `webhooks` section, with a component schema for its body
(`{type, timestamp, data}`), so both generated SDKs get typed payloads. The data schemas come from the
catalogue's event structs (msgspec's JSON Schema, turned into Litestar's spec objects)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

import msgspec
from litestar.openapi.spec import (
    OpenAPIFormat,
    OpenAPIMediaType,
    OpenAPIResponse,
    OpenAPIType,
    Operation,
    PathItem,
    Reference,
    RequestBody,
    Schema,
)

from domain.events import DomainEvent
from domain.webhooks.catalogue import _ENVELOPE_FIELDS, CATALOGUE

_HEADERS_NOTE = (
    "Signed per Standard Webhooks: verify `webhook-id`, `webhook-timestamp` and `webhook-signature` (v1, HMAC-SHA256, "
    "space-separated when two secrets are valid after a rotation) against the raw body with your `whsec_` secret, e.g. "
    "with the `standardwebhooks` package. `webhook-id` is the same for every attempt: deduplicate by it. Answer any 2xx "
    "within 10 s; 410 Gone switches the endpoint off."
)


def _component_name(event_name: str) -> str:
    return "".join(part.title() for part in event_name.replace(".", "_").split("_")) + "Webhook"


def _schema(js: dict[str, Any]) -> Schema:
    """msgspec's JSON Schema (flat structs: scalars, optionals, enums) as a Litestar Schema."""
    if "anyOf" in js:
        return Schema(one_of=[_schema(s) for s in js["anyOf"]])
    kind = js.get("type")
    return Schema(
        type=OpenAPIType(kind) if kind else None,
        format=OpenAPIFormat(js["format"]) if "format" in js else None,
        enum=js.get("enum"),
        const=js.get("const"),
        items=_schema(js["items"]) if "items" in js else None,
        properties={k: _schema(v) for k, v in js["properties"].items()} if "properties" in js else None,
        required=js.get("required"),
        title=js.get("title"),
        description=js.get("description"),
        default=js.get("default"),
    )


def _envelope(event_type: type[DomainEvent]) -> type[msgspec.Struct]:
    """The body of a webhook carrying `event_type`: `{type, timestamp, data}` (data: the event's own fields)."""
    data = msgspec.defstruct(  # every field is always sent (null when empty): all required
        _component_name(event_type.name).removesuffix("Webhook") + "Data",
        [(f.name, f.type) for f in msgspec.structs.fields(event_type) if f.name not in _ENVELOPE_FIELDS],
    )
    return msgspec.defstruct(
        _component_name(event_type.name),
        [("type", Literal[event_type.name]), ("timestamp", datetime), ("data", data)],
    )


def webhook_schemas() -> dict[str, Schema]:
    """The component schemas of every webhook body (`<Name>Webhook`) and its data (`<Name>Data`)."""
    envelopes = [_envelope(event_type) for event_type in CATALOGUE.values()]
    _, definitions = msgspec.json.schema_components(envelopes, ref_template="#/components/schemas/{name}")
    components: dict[str, Schema] = {}
    for name, js in definitions.items():
        schema = _schema(js)
        if "data" in (js.get("properties") or {}):  # an envelope
            schema.properties["data"] = Reference(ref=js["properties"]["data"]["$ref"])  # type: ignore[index]
            schema.properties["timestamp"] = Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.DATE_TIME)  # type: ignore[index]
        components[name] = schema
    return components


def webhook_paths() -> dict[str, PathItem | Reference]:
    """The `webhooks` section: one POST per event type, its body a `<Name>Webhook` component."""
    webhooks: dict[str, PathItem | Reference] = {}
    for event_name, event_type in CATALOGUE.items():
        component = _component_name(event_name)
        webhooks[event_name] = PathItem(
            post=Operation(
                operation_id=component[0].lower() + component[1:],
                summary=(event_type.__doc__ or event_name).strip().splitlines()[0],
                description=_HEADERS_NOTE,
                tags=["webhooks"],
                request_body=RequestBody(
                    required=True,
                    content={"application/json": OpenAPIMediaType(schema=Reference(ref=f"#/components/schemas/{component}"))},
                ),
                responses={"2XX": OpenAPIResponse(description="Received (any 2xx)")},
            )
        )
    return webhooks
