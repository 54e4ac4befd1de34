"""12-factor settings: read from the environment once, validated, frozen.

A wrong or missing value raises SettingsError whose message is one line naming the variable;
the CLI prints it and exits with status 2.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from infrastructure.mail import MailSettingsError, SmtpSettings, load_smtp_settings


class SettingsError(ValueError):
    pass


def _key32(name: str, raw: str) -> bytes:
    try:
        key = base64.b64decode(raw + "=" * (-len(raw) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        raise SettingsError(f"{name}: must be base64 of 32 random bytes (try `parley gen-key`)") from None
    if len(key) != 32:
        raise SettingsError(f"{name}: must decode to 32 bytes, got {len(key)} (try `parley gen-key`)")
    return key


def _positive_int(name: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name}: must be a whole number, got {raw!r}") from None
    if value <= 0:
        raise SettingsError(f"{name}: must be greater than 0, got {value}")
    return value


def _url(schemes: tuple[str, ...]) -> Callable[[str, str], str]:
    def parse(name: str, raw: str) -> str:
        scheme = raw.split("://", 1)[0] if "://" in raw else ""
        if scheme not in schemes:
            raise SettingsError(f"{name}: must be a URL starting with {' or '.join(s + '://' for s in schemes)}, got {raw!r}")
        return raw

    return parse


def _choice(*choices: str) -> Callable[[str, str], str]:
    def parse(name: str, raw: str) -> str:
        if raw not in choices:
            raise SettingsError(f"{name}: must be one of {', '.join(choices)}, got {raw!r}")
        return raw

    return parse


@dataclass(frozen=True)
class PlanLimits:
    """Requests per minute for one authenticated caller (user or API key) on a plan."""

    free: int = 120
    pro: int = 600
    enterprise: int = 3000

    def per_minute(self, plan: str) -> int:
        return getattr(self, plan, self.free)


# The largest file any plan may allow: upload routes refuse bodies above it before parsing them.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentLimits:
    """The largest file (bytes) a conversation accepts, by the workspace's plan."""

    free: int = 5 * 1024 * 1024
    pro: int = 20 * 1024 * 1024
    enterprise: int = MAX_ATTACHMENT_BYTES

    def max_bytes(self, plan: str) -> int:
        return getattr(self, plan, self.free)


def _attachment_bytes(name: str, raw: str) -> int:
    value = _positive_int(name, raw)
    if value > MAX_ATTACHMENT_BYTES:
        raise SettingsError(f"{name}: must be at most {MAX_ATTACHMENT_BYTES} bytes, got {value}")
    return value


@dataclass(frozen=True)
class Settings:
    secret_key: bytes
    master_key: bytes
    old_master_keys: tuple[bytes, ...] = ()
    env: str = "development"
    database_url: str | None = None
    app_database_url: str | None = None
    redis_url: str | None = None
    data_dir: Path = Path(".data")
    log_level: str = "info"
    access_token_ttl_seconds: int = 900
    refresh_token_ttl_seconds: int = 30 * 24 * 3600
    max_body_bytes: int = 1_000_000
    public_rate_limit_per_minute: int = 60
    plan_limits: PlanLimits = field(default_factory=PlanLimits)
    attachment_limits: AttachmentLimits = field(default_factory=AttachmentLimits)
    db_pool_size: int = 10
    allow_private_urls: bool = False  # SSRF guard off for every outbound URL: only for tests and intranet installs
    crawl_delay_seconds: float = 1.0
    anthropic_api_key: str | None = None  # installation-wide fallback when a chatbot has no key of its own
    openai_api_key: str | None = None
    assistant_autoreply: bool = True  # the AI answers visitor messages (off: only humans reply)
    assistant_orphan_after_seconds: float = 30.0  # an unclaimed visitor message this old is answered by a worker
    llm_timeout_seconds: float = 20.0
    smtp: SmtpSettings | None = None  # outgoing e-mail (transcripts); None: not configured
    webhook_timeout_seconds: float = 10.0  # a webhook POST's whole deadline (connect to last byte)
    stripe_api_base: str = "https://api.stripe.com"  # the Stripe API the payments context calls (a local peer in tests)
    payments_return_url: str | None = None  # where Stripe's hosted page sends the payer back
    public_url: str = "http://localhost:8000"  # where visitors reach the API's public pages (booking links)
    analytics_message_events: bool = True  # chat messages become outbox events for analytics in every workspace
    local_model_threads: int = 0  # cores one local embedding model uses per encode (0: up to 4 of this machine's)
    handoff_away_after_seconds: int = 600  # an online operator idle this long is shown away (per operator settable)
    handoff_wait_mail_after_seconds: int = 60  # a visitor waiting this long on an assignee who is not online: e-mailed
    # Scheduling: OAuth client registrations for Google Calendar and Microsoft 365 (empty: not offered), and the
    # providers' base URLs (local peers in tests)
    google_client_id: str = ""
    google_client_secret: str = ""
    google_accounts_url: str = "https://accounts.google.com"
    google_oauth_url: str = "https://oauth2.googleapis.com"
    google_api_url: str = "https://www.googleapis.com"
    microsoft_client_id: str = ""
    microsoft_client_secret: str = ""
    microsoft_login_url: str = "https://login.microsoftonline.com/common"
    microsoft_graph_url: str = "https://graph.microsoft.com/v1.0"


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ

    def get(name: str, parse: Callable[[str, str], object], default: object = None, required: bool = False):
        raw = env.get(name)
        if raw is None or raw == "":
            if required:
                raise SettingsError(f"{name}: is required but not set (try `parley gen-key`)")
            return default
        return parse(name, raw)

    old_keys_raw = env.get("PARLEY_OLD_MASTER_KEYS", "")
    old_keys = tuple(
        _key32("PARLEY_OLD_MASTER_KEYS", part.strip()) for part in old_keys_raw.split(",") if part.strip()
    )
    return Settings(
        secret_key=get("PARLEY_SECRET_KEY", _key32, required=True),
        master_key=get("PARLEY_MASTER_KEY", _key32, required=True),
        old_master_keys=old_keys,
        env=get("PARLEY_ENV", _choice("development", "test", "production"), "development"),
        database_url=get("DATABASE_URL", _url(("postgresql", "postgres"))),
        app_database_url=get("APP_DATABASE_URL", _url(("postgresql", "postgres"))),
        redis_url=get("REDIS_URL", _url(("redis", "rediss", "unix"))),
        data_dir=Path(get("PARLEY_DATA_DIR", lambda _n, raw: raw, ".data")),
        log_level=get("LOG_LEVEL", _choice("debug", "info", "warning", "error"), "info"),
        access_token_ttl_seconds=get("PARLEY_ACCESS_TOKEN_TTL", _positive_int, 900),
        refresh_token_ttl_seconds=get("PARLEY_REFRESH_TOKEN_TTL", _positive_int, 30 * 24 * 3600),
        max_body_bytes=get("PARLEY_MAX_BODY_BYTES", _positive_int, 1_000_000),
        public_rate_limit_per_minute=get("PARLEY_PUBLIC_RATE_LIMIT", _positive_int, 60),
        plan_limits=PlanLimits(
            free=get("PARLEY_RATE_LIMIT_FREE", _positive_int, 120),
            pro=get("PARLEY_RATE_LIMIT_PRO", _positive_int, 600),
            enterprise=get("PARLEY_RATE_LIMIT_ENTERPRISE", _positive_int, 3000),
        ),
        attachment_limits=AttachmentLimits(
            free=get("PARLEY_ATTACHMENT_MAX_BYTES_FREE", _attachment_bytes, 5 * 1024 * 1024),
            pro=get("PARLEY_ATTACHMENT_MAX_BYTES_PRO", _attachment_bytes, 20 * 1024 * 1024),
            enterprise=get("PARLEY_ATTACHMENT_MAX_BYTES_ENTERPRISE", _attachment_bytes, MAX_ATTACHMENT_BYTES),
        ),
        db_pool_size=get("PARLEY_DB_POOL_SIZE", _positive_int, 10),
        allow_private_urls=get(  # the old, knowledge-only name is still read
            "PARLEY_ALLOW_PRIVATE_URLS", _choice("true", "false"),
            get("PARLEY_KNOWLEDGE_ALLOW_PRIVATE_URLS", _choice("true", "false"), "false"),
        ) == "true",
        crawl_delay_seconds=float(get("PARLEY_CRAWL_DELAY_MS", _positive_int, 1000)) / 1000,
        anthropic_api_key=get("ANTHROPIC_API_KEY", lambda _n, raw: raw),
        openai_api_key=get("OPENAI_API_KEY", lambda _n, raw: raw),
        assistant_autoreply=get("PARLEY_ASSISTANT_AUTOREPLY", _choice("true", "false"), "true") == "true",
        assistant_orphan_after_seconds=float(get("PARLEY_ASSISTANT_ORPHAN_AFTER_SECONDS", _positive_int, 30)),
        llm_timeout_seconds=float(get("PARLEY_LLM_TIMEOUT_SECONDS", _positive_int, 20)),
        smtp=_smtp(env),
        webhook_timeout_seconds=float(get("PARLEY_WEBHOOK_TIMEOUT_SECONDS", _positive_int, 10)),
        stripe_api_base=get("PARLEY_STRIPE_API_BASE", _url(("https", "http")), "https://api.stripe.com"),
        payments_return_url=get("PARLEY_PAYMENTS_RETURN_URL", _url(("https", "http"))),
        public_url=get("PARLEY_PUBLIC_URL", _url(("http", "https")), "http://localhost:8000"),
        analytics_message_events=get("PARLEY_ANALYTICS_MESSAGE_EVENTS", _choice("true", "false"), "true") == "true",
        local_model_threads=get("PARLEY_LOCAL_MODEL_THREADS", _positive_int, 0),
        handoff_away_after_seconds=get("PARLEY_HANDOFF_AWAY_AFTER_SECONDS", _positive_int, 600),
        handoff_wait_mail_after_seconds=get("PARLEY_HANDOFF_WAIT_MAIL_AFTER_SECONDS", _positive_int, 60),
        google_client_id=get("PARLEY_GOOGLE_CLIENT_ID", lambda _n, raw: raw, ""),
        google_client_secret=get("PARLEY_GOOGLE_CLIENT_SECRET", lambda _n, raw: raw, ""),
        google_accounts_url=get("PARLEY_GOOGLE_ACCOUNTS_URL", _url(("https", "http")), "https://accounts.google.com"),
        google_oauth_url=get("PARLEY_GOOGLE_OAUTH_URL", _url(("https", "http")), "https://oauth2.googleapis.com"),
        google_api_url=get("PARLEY_GOOGLE_API_URL", _url(("https", "http")), "https://www.googleapis.com"),
        microsoft_client_id=get("PARLEY_MICROSOFT_CLIENT_ID", lambda _n, raw: raw, ""),
        microsoft_client_secret=get("PARLEY_MICROSOFT_CLIENT_SECRET", lambda _n, raw: raw, ""),
        microsoft_login_url=get("PARLEY_MICROSOFT_LOGIN_URL", _url(("https", "http")), "https://login.microsoftonline.com/common"),
        microsoft_graph_url=get("PARLEY_MICROSOFT_GRAPH_URL", _url(("https", "http")), "https://graph.microsoft.com/v1.0"),
    )


def _smtp(env: Mapping[str, str]) -> SmtpSettings | None:
    try:
        return load_smtp_settings(env)
    except MailSettingsError as e:
        raise SettingsError(str(e)) from None


def generate_key() -> str:
    return base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
