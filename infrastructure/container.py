"""Composition root: reads settings, builds adapters, wires them into services. The API, the worker
and the CLI all get their services here; tests swap adapters here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import redis.asyncio as aioredis
import structlog

from domain.assistant.services import AssistantPolicy, AssistantService
from domain.chatbots.services import ChatbotService
from domain.conversations.attachments import AttachmentService
from domain.conversations.services import ConversationService
from domain.conversations.transcript_email import TranscriptEmails
from domain.knowledge.services import KnowledgeService
from domain.tenancy.services import TenancyService
from domain.webhooks.services import WebhookService
from infrastructure.crypto.envelope import MasterKeyring
from infrastructure.db.database import APP_ROLE, Database, create_pool
from infrastructure.db.migrate import pending_migrations
from infrastructure.embedded import EmbeddedServices, app_role_url
from infrastructure.embeddings.factory import Embedders
from infrastructure.idempotency import IdempotencyStore
from infrastructure.jobs.queue import ArqJobQueue
from infrastructure.knowledge.extraction import FileExtractor
from infrastructure.knowledge.web import WebLoader
from infrastructure.mail import SmtpMailer
from infrastructure.outbox.bus import EventBus
from infrastructure.outbox.dispatcher import OutboxDispatcher
from infrastructure.ratelimit import RateLimiter
from infrastructure.realtime.channels import TransientChannelsPlugin
from infrastructure.realtime.config import RealtimeConfig, load_realtime_config
from infrastructure.realtime.engine import RealtimeEngine
from infrastructure.realtime.events import FrameSeal, RedisEventPublisher
from infrastructure.realtime.presence import PresenceRegistry
from infrastructure.redis_client import connect as connect_redis
from infrastructure.security.login_attempts import RedisLoginAttempts
from infrastructure.security.outbound import OutboundPolicy
from infrastructure.security.tokens import Argon2Passwords, JwtAccessTokens, RedisSessionRevocations
from infrastructure.security.visitor_tokens import JwtVisitorTokens
from infrastructure.settings import Settings
from infrastructure.webhooks.delivery import WebhookDeliverer
from infrastructure.webhooks.fanout import WebhookFanOut
from infrastructure.webhooks.subscriptions import SubscriptionCache

log = structlog.get_logger(__name__)


class PendingMigrations(RuntimeError):
    pass


def resolve_urls(settings: Settings, embedded: EmbeddedServices) -> tuple[str, str, str | None, str]:
    """(owner database URL, app database URL, role to assume or None, redis URL)."""
    owner_url = settings.database_url
    if owner_url is None:
        owner_url = embedded.start_postgres()
        app_url, assume_role = app_role_url(owner_url, APP_ROLE), None
    elif settings.app_database_url:
        app_url, assume_role = settings.app_database_url, None
    else:
        app_url, assume_role = owner_url, APP_ROLE
    redis_url = settings.redis_url or embedded.start_redis()
    return owner_url, app_url, assume_role, redis_url


@dataclass
class Container:
    settings: Settings
    db: Database
    redis: aioredis.Redis
    redis_url: str
    owner_database_url: str
    tenancy: TenancyService
    chatbots: ChatbotService
    access_tokens: JwtAccessTokens
    revocations: RedisSessionRevocations
    rate_limiter: RateLimiter
    idempotency: IdempotencyStore
    publisher: RedisEventPublisher  # session events and ephemeral frames, across processes
    knowledge: KnowledgeService = field(default=None)  # type: ignore[assignment]
    embedded: EmbeddedServices = field(repr=False, default=None)  # type: ignore[assignment]
    conversations: ConversationService = field(default=None)  # type: ignore[assignment]
    realtime: RealtimeConfig = field(default_factory=RealtimeConfig)
    presence: PresenceRegistry = field(default=None)  # type: ignore[assignment]
    assistant: AssistantService = field(default=None)  # type: ignore[assignment]
    attachments: AttachmentService = field(default=None)  # type: ignore[assignment]
    assistant_store: object = field(default=None, repr=False)
    transcript_emails: TranscriptEmails = field(default=None)  # type: ignore[assignment]
    assistant_runner: object = field(default=None, repr=False)
    outbound: OutboundPolicy = field(default_factory=OutboundPolicy)
    webhooks: WebhookService = field(default=None)  # type: ignore[assignment]
    webhook_deliverer: WebhookDeliverer = field(default=None, repr=False)  # type: ignore[assignment]

    @classmethod
    async def start(cls, settings: Settings, *, check_migrations: bool = True, fast_passwords: bool = False) -> Container:
        embedded = EmbeddedServices(settings.data_dir)
        owner_url, app_url, assume_role, redis_url = resolve_urls(settings, embedded)
        pool = await create_pool(app_url, as_app_role=assume_role is not None, size=settings.db_pool_size)
        if check_migrations:
            async with pool.acquire() as conn:
                pending = await pending_migrations(conn)
            if pending:
                await pool.close()
                embedded.stop()
                names = ", ".join(m.version for m in pending)
                raise PendingMigrations(f"database has pending migrations ({names}); run `./just migrate` first")
        db = Database(pool, MasterKeyring(settings.master_key, settings.old_master_keys), settings.secret_key)
        redis = connect_redis(redis_url)
        db.outbox = OutboxDispatcher(db, ArqJobQueue(redis), EventBus())
        access_tokens = JwtAccessTokens(settings.secret_key, settings.access_token_ttl_seconds)
        revocations = RedisSessionRevocations(redis, settings.access_token_ttl_seconds)
        await revocations.start()
        tenancy = TenancyService(
            uow=db.unit_of_work,
            directory=db,
            passwords=Argon2Passwords(fast=fast_passwords or settings.env == "test"),
            access_tokens=access_tokens,
            revocations=revocations,
            login_attempts=RedisLoginAttempts(redis, settings.secret_key),
            refresh_ttl=timedelta(seconds=settings.refresh_token_ttl_seconds),
        )
        realtime = load_realtime_config()
        publisher = RedisEventPublisher(redis, FrameSeal(settings.master_key, settings.old_master_keys))
        outbound = OutboundPolicy(allow_private=settings.allow_private_urls)  # every URL a tenant can set
        web = WebLoader(policy=outbound, delay_seconds=settings.crawl_delay_seconds)
        container = cls(
            settings=settings,
            db=db,
            redis=redis,
            redis_url=redis_url,
            owner_database_url=owner_url,
            tenancy=tenancy,
            chatbots=ChatbotService(uow=db.unit_of_work, directory=db, outbound=outbound, sends_email=settings.smtp is not None),
            access_tokens=access_tokens,
            revocations=revocations,
            rate_limiter=RateLimiter(redis),
            idempotency=IdempotencyStore(redis),
            publisher=publisher,
            knowledge=KnowledgeService(
                uow=db.unit_of_work,
                embedders=Embedders(transport=outbound.transport()),
                extractor=FileExtractor(),
                web=web,
                jobs=ArqJobQueue(redis),
            ),
            embedded=embedded,
            conversations=ConversationService(
                uow=db.unit_of_work,
                directory=db,
                tokens=JwtVisitorTokens(settings.secret_key),
                publisher=publisher,
                email_index=db.keys.visitor_email_index,
            ),
            realtime=realtime,
            presence=PresenceRegistry(redis, stale_after=3 * realtime.heartbeat_seconds),
            attachments=AttachmentService(uow=db.unit_of_work, max_bytes=settings.attachment_limits.max_bytes),
            outbound=outbound,
        )
        container._wire_assistant()
        container._wire_webhooks()
        container.transcript_emails = TranscriptEmails(
            uow=db.unit_of_work,
            conversations=container.conversations,
            jobs=ArqJobQueue(redis),
            mailer=SmtpMailer(settings.smtp) if settings.smtp else None,
        )
        return container

    def _wire_assistant(self) -> None:
        """The reply pipeline: offline NLP, the chatbot's model (offline responder by default), and the
        trigger on every stored visitor message."""
        from infrastructure.assistant.gateways import (
            ConversationsGateway,
            HashingQueryEmbedder,
            KnowledgeRetriever,
            RealtimeReplySink,
        )
        from infrastructure.assistant.runner import ArqReplyScheduler, ReplyRunner
        from infrastructure.db.assistant import SqlAssistantStore
        from infrastructure.llm.factory import LanguageModelFactory
        from infrastructure.nlp.intents import ExampleIntentClassifier
        from infrastructure.nlp.language import LinguaDetector
        from infrastructure.nlp.sentiment import MultilingualSentiment

        s = self.settings
        self.assistant_store = SqlAssistantStore(self.db, self.conversations, self.chatbots)
        self.assistant = AssistantService(
            conversations=ConversationsGateway(self.conversations),
            store=self.assistant_store,  # type: ignore[arg-type]
            models=LanguageModelFactory(self.outbound, s.anthropic_api_key, s.openai_api_key, timeout=s.llm_timeout_seconds),
            detector=LinguaDetector(),
            sentiment=MultilingualSentiment(),
            intents=ExampleIntentClassifier(),
            retriever=KnowledgeRetriever(self.knowledge),
            embedder=HashingQueryEmbedder(),
            sink=RealtimeReplySink(self.publisher),
            scheduler=ArqReplyScheduler(self.redis),
            policy=AssistantPolicy(orphan_after_seconds=s.assistant_orphan_after_seconds),
        )
        runner = ReplyRunner(self.assistant)
        runner.enabled = s.assistant_autoreply
        self.assistant_runner = runner
        self.conversations.on_visitor_message = runner.on_visitor_message

    def realtime_engine(self, channels: TransientChannelsPlugin) -> RealtimeEngine:
        """One per app: its hub, its router of session events on the app's channels plugin."""
        return RealtimeEngine(self.realtime, channels, self.publisher, self.presence, self.conversations)

    def _wire_webhooks(self) -> None:
        """Endpoints, the outbox subscriber that fans events out to them, and the delivery adapter."""
        subscriptions = SubscriptionCache(self.db)
        queue = ArqJobQueue(self.redis)
        self.webhooks = WebhookService(
            uow=self.db.unit_of_work, outbound=self.outbound, allow_http=self.settings.env != "production",
            subscriptions_changed=subscriptions.forget,
        )
        self.conversations.event_interest = subscriptions.wants
        WebhookFanOut(self.db, queue, subscriptions).subscribe_to(self.events)
        self.webhook_deliverer = WebhookDeliverer(
            self.db, queue, self.outbound.transport(), subscriptions_changed=subscriptions.forget
        )

    @property
    def events(self) -> EventBus:
        """Where subscribers to domain events register (delivered after commit, at least once)."""
        return self.db.outbox.bus  # type: ignore[union-attr]

    async def close(self) -> None:
        if self.assistant_runner is not None:  # replies in flight finish (the worker regenerates any cut off)
            await self.assistant_runner.drain(5.0)  # type: ignore[attr-defined]
        await self.revocations.stop()
        await self.webhook_deliverer.close()
        await self.db.pool.close()
        await self.redis.aclose()
        self.embedded.stop()
