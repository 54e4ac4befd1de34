"""The chatbots context: a workspace's bots, their persona, appearance, widget and AI settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from domain.chatbots.services import ChatbotService
from infrastructure.chatbots.repositories import ChatbotRepo
from infrastructure.contexts import Context

if TYPE_CHECKING:
    from infrastructure.container import Container


async def wire(container: Container) -> None:
    container.provide(
        "chatbots",
        ChatbotService(
            uow=container.db.unit_of_work,
            directory=container.db,
            outbound=container.outbound,
            sends_email=container.settings.smtp is not None,
        ),
    )


CONTEXT = Context(name="chatbots", repositories={"chatbots": ChatbotRepo}, wire=wire)
