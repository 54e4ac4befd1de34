"""ChatbotService's use cases against the in-memory unit of work (tests/unit/fakes.py): no database, milliseconds."""

from __future__ import annotations

import uuid

import pytest

from domain.access import Permission
from domain.chatbots.permissions import CHATBOTS_READ, CHATBOTS_WRITE
from domain.chatbots.services import ChatbotService
from domain.errors import InvalidInput, NotFound, PermissionDenied
from domain.tenancy.model import Principal
from tests.unit.fakes import AnyUrl, InMemoryDirectory, InMemoryStore

TENANT = uuid.uuid4()


def principal(*permissions: Permission, tenant_id: uuid.UUID = TENANT) -> Principal:
    return Principal(tenant_id=tenant_id, plan="free", permissions=frozenset(permissions))


EDITOR = principal(CHATBOTS_READ, CHATBOTS_WRITE)
READER = principal(CHATBOTS_READ)


@pytest.fixture
def store() -> InMemoryStore:
    return InMemoryStore()


@pytest.fixture
def service(store: InMemoryStore) -> ChatbotService:
    return ChatbotService(uow=store.unit_of_work, directory=InMemoryDirectory(store), outbound=AnyUrl())


async def test_created_chatbots_list_newest_first_in_pages_and_stay_in_their_tenant(service: ChatbotService):
    names = [f"Bot {i}" for i in range(5)]
    for name in names:
        await service.create(EDITOR, {"name": name})

    first = await service.list(READER, 3, None, None)
    second = await service.list(READER, 3, first.next_cursor, None)
    assert [c.name for c in first.items + second.items] == names[::-1]
    assert second.next_cursor is None
    assert (await service.list(principal(CHATBOTS_READ, tenant_id=uuid.uuid4()), 10, None, None)).items == []


async def test_a_reader_cannot_create_and_nothing_is_stored(service: ChatbotService, store: InMemoryStore):
    with pytest.raises(PermissionDenied):
        await service.create(READER, {"name": "Sneaky"})
    assert (await service.list(READER, 10, None, None)).items == []
    assert store.commits == 1  # the listing's own; the refused create never opened a unit of work


async def test_a_refused_update_changes_nothing(service: ChatbotService):
    bot = await service.create(EDITOR, {"name": "Helper", "welcome_message": "Hello"})

    with pytest.raises(InvalidInput):  # the new welcome message is applied first, then the blank name refuses all
        await service.update(EDITOR, bot.id, {"welcome_message": "Changed", "name": "   "})

    stored = await service.get(READER, bot.id)
    assert (stored.name, stored.welcome_message) == ("Helper", "Hello")


async def test_the_widget_sees_an_active_chatbot_but_not_a_draft_or_a_foreign_page(service: ChatbotService):
    live = await service.create(EDITOR, {"name": "Live", "allowed_origins": ["https://shop.example"]})
    draft = await service.create(EDITOR, {"name": "Draft", "status": "draft"})

    assert (await service.widget_config(live.public_id, "https://shop.example")).name == "Live"
    with pytest.raises(NotFound):
        await service.widget_config(draft.public_id, None)
    with pytest.raises(PermissionDenied):
        await service.widget_config(live.public_id, "https://elsewhere.example")
