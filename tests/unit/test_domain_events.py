"""Domain events are versioned: each (name, version) decodes to the class that wrote it."""

from __future__ import annotations

import uuid

import msgspec
import pytest

from domain.events import DomainEvent, event_class


class NoteAdded(DomainEvent, frozen=True, kw_only=True):
    name = "test.note_added"
    text: str


class NoteAddedV2(DomainEvent, frozen=True, kw_only=True):
    name = "test.note_added"
    version = 2
    text: str
    author_id: uuid.UUID


def test_each_version_decodes_with_its_own_class():
    tenant = uuid.uuid4()
    old = msgspec.msgpack.encode(NoteAdded(tenant_id=tenant, text="hi"))
    new = msgspec.msgpack.encode(NoteAddedV2(tenant_id=tenant, text="hi", author_id=tenant))
    assert msgspec.msgpack.decode(old, type=event_class("test.note_added", 1)) == msgspec.msgpack.decode(old, type=NoteAdded)
    assert msgspec.msgpack.decode(new, type=event_class("test.note_added", 2)).author_id == tenant
    assert event_class("test.note_added", 3) is None


def test_event_ids_are_uuidv7_in_creation_order():
    tenant = uuid.uuid4()
    first, second = NoteAdded(tenant_id=tenant, text="a"), NoteAdded(tenant_id=tenant, text="b")
    assert first.id.version == 7 and first.id < second.id


def test_a_name_and_version_belong_to_one_class():
    with pytest.raises(TypeError, match="already defined"):
        class Impostor(DomainEvent, frozen=True, kw_only=True):
            name = "test.note_added"
            text: str
    with pytest.raises(TypeError, match="must set"):
        class Nameless(DomainEvent, frozen=True, kw_only=True):
            text: str
