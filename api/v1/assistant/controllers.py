"""The assistant's endpoints: intent classification for integrators, per-chatbot assistant settings,
knowledge gaps (questions it could not answer) and captured leads."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from litestar import Controller, Request, get, post, put
from litestar.params import Parameter

from api.problems import AUTHED, problems
from api.v1.assistant import schemas as s
from api.v1.common import BEARER, CursorParam, Page, decode_cursor, encode_cursor, principal_of, requires
from domain.assistant.model import AssistantConfig, CustomIntent
from domain.chatbots.permissions import CHATBOTS_READ, CHATBOTS_WRITE
from domain.conversations.permissions import CONVERSATIONS_READ
from domain.knowledge.permissions import KNOWLEDGE_READ
from infrastructure.container import Container

Limit = Annotated[int, Parameter(ge=1, le=200, default=50, description="How many, newest first")]


def _settings_wire(c: AssistantConfig, tools: list[str]) -> s.AssistantSettings:
    return s.AssistantSettings(
        disabled_tools=c.disabled_tools, decline_policy=c.decline_policy, handoff_on_negative=c.handoff_on_negative,  # type: ignore[arg-type]
        negative_threshold=c.negative_threshold, intent_threshold=c.intent_threshold, faq_cache=c.faq_cache,
        faq_threshold=c.faq_threshold, remember_past_sessions=c.remember_past_sessions, answer_while_queued=c.answer_while_queued,
        custom_intents=[s.CustomIntent(name=i.name, examples=i.examples, description=i.description) for i in c.custom_intents],
        available_tools=tools,
    )


class AssistantController(Controller):
    path = "/v1/chatbots"
    tags = ["assistant"]
    security = BEARER

    @post(
        "/{chatbot_id:uuid}/intents:classify", status_code=200, responses=problems(*AUTHED, 404, 422),
        opt=requires(CHATBOTS_READ),
    )
    async def classify_intent(self, request: Request, container: Container, chatbot_id: UUID, data: s.ClassifyRequest) -> s.Classification:
        """Classify a text offline: intent (built-in or the chatbot's custom ones) with a confidence, language and sentiment."""
        a = await container.assistant.classify(principal_of(request), chatbot_id, data.text, data.language, data.mode)
        return s.Classification(
            intent=a.intent.intent, confidence=a.intent.confidence, custom=a.intent.custom, source=a.intent.source,
            alternatives=[s.IntentScore(intent=n, confidence=c) for n, c in a.intent.alternatives],
            language=a.language, detected_language=a.detected, language_confidence=round(a.language_confidence, 4),
            sentiment=s.SentimentOut(score=a.sentiment.score, label=a.sentiment.label),
        )

    @get("/{chatbot_id:uuid}/assistant", responses=problems(*AUTHED, 404), opt=requires(CHATBOTS_READ))
    async def get_assistant_settings(self, request: Request, container: Container, chatbot_id: UUID) -> s.AssistantSettings:
        """The chatbot's assistant settings: tools, policies, custom intents."""
        config = await container.assistant.get_config(principal_of(request), chatbot_id)
        return _settings_wire(config, container.assistant.tools.names())

    @put("/{chatbot_id:uuid}/assistant", responses=problems(*AUTHED, 404, 422), opt=requires(CHATBOTS_WRITE))
    async def put_assistant_settings(
        self, request: Request, container: Container, chatbot_id: UUID, data: s.AssistantSettings
    ) -> s.AssistantSettings:
        """Replace the chatbot's assistant settings (enable/disable tools, decline policy, custom intents...)."""
        config = AssistantConfig(
            disabled_tools=list(dict.fromkeys(data.disabled_tools)), decline_policy=data.decline_policy,
            handoff_on_negative=data.handoff_on_negative, negative_threshold=data.negative_threshold,
            intent_threshold=data.intent_threshold, faq_cache=data.faq_cache, faq_threshold=data.faq_threshold,
            remember_past_sessions=data.remember_past_sessions, answer_while_queued=data.answer_while_queued,
            custom_intents=[CustomIntent(name=i.name, examples=list(i.examples), description=i.description) for i in data.custom_intents],
        )
        config = await container.assistant.put_config(principal_of(request), chatbot_id, config)
        return _settings_wire(config, container.assistant.tools.names())

    @get("/{chatbot_id:uuid}/knowledge-gaps", responses=problems(*AUTHED, 404), opt=requires(KNOWLEDGE_READ))
    async def list_knowledge_gaps(
        self, request: Request, container: Container, chatbot_id: UUID, limit: Limit, cursor: CursorParam = None
    ) -> Page[s.KnowledgeGap]:
        """Questions the assistant could not answer from the knowledge, newest first."""
        rows = await container.assistant.knowledge_gaps(principal_of(request), chatbot_id, limit + 1, decode_cursor(cursor))
        return _page([s.KnowledgeGap(**r) for r in rows], limit)

    @get("/{chatbot_id:uuid}/leads", responses=problems(*AUTHED, 404), opt=requires(CONVERSATIONS_READ))
    async def list_leads(
        self, request: Request, container: Container, chatbot_id: UUID, limit: Limit, cursor: CursorParam = None
    ) -> Page[s.Lead]:
        """Contact details visitors left through the assistant, newest first."""
        rows = await container.assistant.leads(principal_of(request), chatbot_id, limit + 1, decode_cursor(cursor))
        return _page([s.Lead(**r) for r in rows], limit)


def _page(items: list, limit: int) -> Page:
    """One more row than the page was fetched: its presence means there is a next page."""
    more = len(items) > limit
    return Page(items=items[:limit], next_cursor=encode_cursor(items[limit - 1].id) if more else None)
