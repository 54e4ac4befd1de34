"""Settings come from the environment; a bad value stops start-up with one line naming it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from infrastructure.settings import SettingsError, generate_key, load_settings

ROOT = Path(__file__).resolve().parents[2]
GOOD = {"PARLEY_SECRET_KEY": generate_key(), "PARLEY_MASTER_KEY": generate_key()}


def test_defaults_and_overrides():
    s = load_settings(GOOD | {"PARLEY_ACCESS_TOKEN_TTL": "60", "REDIS_URL": "redis://localhost:6379/2"})
    assert s.access_token_ttl_seconds == 60 and s.redis_url.endswith("/2") and s.database_url is None
    assert s.plan_limits.per_minute("pro") == 600


def test_one_setting_allows_private_outbound_urls_and_the_old_name_still_counts():
    assert load_settings(GOOD).allow_private_urls is False
    assert load_settings(GOOD | {"PARLEY_ALLOW_PRIVATE_URLS": "true"}).allow_private_urls is True
    assert load_settings(GOOD | {"PARLEY_KNOWLEDGE_ALLOW_PRIVATE_URLS": "true"}).allow_private_urls is True
    both = GOOD | {"PARLEY_KNOWLEDGE_ALLOW_PRIVATE_URLS": "true", "PARLEY_ALLOW_PRIVATE_URLS": "false"}
    assert load_settings(both).allow_private_urls is False  # the new name wins


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"PARLEY_SECRET_KEY": ""}, "PARLEY_SECRET_KEY: is required but not set"),
        ({"PARLEY_MASTER_KEY": "c2hvcnQ"}, "PARLEY_MASTER_KEY: must decode to 32 bytes, got 5"),
        ({"PARLEY_MASTER_KEY": "***"}, "PARLEY_MASTER_KEY: must be base64"),
        ({"DATABASE_URL": "mysql://x"}, "DATABASE_URL: must be a URL starting with postgresql:// or postgres://"),
        ({"PARLEY_ACCESS_TOKEN_TTL": "soon"}, "PARLEY_ACCESS_TOKEN_TTL: must be a whole number, got 'soon'"),
        ({"PARLEY_MAX_BODY_BYTES": "-5"}, "PARLEY_MAX_BODY_BYTES: must be greater than 0"),
        ({"PARLEY_ENV": "staging"}, "PARLEY_ENV: must be one of development, test, production"),
        ({"PARLEY_OLD_MASTER_KEYS": "YWJj"}, "PARLEY_OLD_MASTER_KEYS: must decode to 32 bytes"),
    ],
)
def test_bad_values_name_the_variable(env, message):
    with pytest.raises(SettingsError) as error:
        load_settings(GOOD | env)
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)


def test_the_server_exits_with_one_clear_line():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARLEY_")} | {"PARLEY_SECRET_KEY": generate_key()}
    done = subprocess.run(
        [sys.executable, "-m", "api.cli", "serve"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "parley: configuration error: PARLEY_MASTER_KEY: is required but not set (try `parley gen-key`)"


def test_smtp_from_a_url_or_from_parts():
    assert load_settings(GOOD).smtp is None
    url = load_settings(GOOD | {"PARLEY_SMTP_URL": "smtps://mailer:p%40ss@mail.example.com", "PARLEY_SMTP_FROM": "help@example.com"}).smtp
    assert (url.host, url.port, url.username, url.password, url.implicit_tls) == ("mail.example.com", 465, "mailer", "p@ss", True)
    parts = load_settings(GOOD | {"PARLEY_SMTP_HOST": "localhost", "PARLEY_SMTP_PORT": "2525", "PARLEY_SMTP_FROM": "help@example.com"}).smtp
    assert (parts.host, parts.port, parts.username, parts.implicit_tls, parts.sender) == ("localhost", 2525, None, False, "help@example.com")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"PARLEY_SMTP_URL": "smtp://mail.example.com"}, "PARLEY_SMTP_FROM: the sender address"),
        ({"PARLEY_SMTP_URL": "http://mail.example.com", "PARLEY_SMTP_FROM": "a@b.c"}, "PARLEY_SMTP_URL: expected smtp://"),
        ({"PARLEY_SMTP_HOST": "mail", "PARLEY_SMTP_PORT": "smtp", "PARLEY_SMTP_FROM": "a@b.c"}, "PARLEY_SMTP_PORT: must be a port number"),
    ],
)
def test_bad_smtp_settings_name_the_variable(env, message):
    with pytest.raises(SettingsError) as error:
        load_settings(GOOD | env)
    assert str(error.value).startswith(message)
