"""Every JSON request body refuses unknown fields, nested ones included: a typo is a 400, never silently
dropped (intents:classify and PUT …/assistant had accepted anything)."""

import inspect
import os
import typing

import msgspec

from api.app import create_app
from infrastructure.settings import Settings


def _structs(annotation, seen: set) -> None:
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        if annotation in seen:
            return
        seen.add(annotation)
        for field in msgspec.structs.fields(annotation):
            _structs(field.type, seen)
    for argument in typing.get_args(annotation):
        _structs(argument, seen)


def test_every_request_body_struct_forbids_unknown_fields():
    app = create_app(settings=Settings(secret_key=os.urandom(32), master_key=os.urandom(32)))
    bodies: set = set()
    for route in app.routes:
        for handler in getattr(route, "route_handlers", []):
            if "data" in inspect.signature(handler.fn).parameters:
                _structs(typing.get_type_hints(handler.fn, include_extras=True)["data"], bodies)
    assert len(bodies) > 20
    lenient = sorted(b.__name__ for b in bodies if not b.__struct_config__.forbid_unknown_fields)
    assert lenient == []
