"""Chatbot configuration rules (pure domain, no I/O)."""

import uuid

import pytest

from domain.chatbots.model import AiSettings, Appearance, Chatbot
from domain.errors import InvalidInput, PermissionDenied


def bot(**fields) -> Chatbot:
    return Chatbot(id=uuid.uuid4(), tenant_id=uuid.uuid4(), public_id="cb_x", **({"name": "Support"} | fields))


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "   "}, "name"),
        ({"languages": []}, "languages"),
        ({"languages": ["english"]}, "languages"),
        ({"allowed_origins": ["https://shop.example.com/checkout"]}, "allowed_origins"),
        ({"allowed_origins": ["shop.example.com"]}, "allowed_origins"),
        ({"appearance": Appearance(primary_color="red")}, "appearance.primary_color"),
        ({"appearance": Appearance(avatar_url="http://insecure.example/a.png")}, "appearance.avatar_url"),
        ({"ai_settings": AiSettings(temperature=1.5)}, "ai_settings.temperature"),
        ({"ai_settings": AiSettings(provider="mystery")}, "ai_settings.provider"),
        ({"status": "deleted"}, "status"),
    ],
)
def test_invalid_configuration_names_the_field(fields, field):
    with pytest.raises(InvalidInput) as error:
        bot(**fields).validate()
    assert error.value.field == field


def test_valid_configuration_passes():
    bot(languages=["en", "pt-BR"], allowed_origins=["https://shop.example.com", "http://localhost:3000"]).validate()


@pytest.mark.parametrize(
    ("allowed", "origin", "accepted"),
    [
        ([], None, True),
        ([], "https://anywhere.example", True),
        (["https://shop.example.com"], "https://shop.example.com", True),
        (["https://shop.example.com"], "http://shop.example.com", False),
        (["https://shop.example.com"], "https://shop.example.com.evil.net", False),
        (["https://shop.example.com"], None, False),
        (["https://*.example.org"], "https://help.example.org", True),
        (["https://*.example.org"], "https://example.org.evil.net", False),
        (["https://*.example.org"], "http://help.example.org", False),
    ],
)
def test_origin_rules(allowed, origin, accepted):
    assert bot(allowed_origins=allowed).accepts_origin(origin) is accepted


def test_a_refused_origin_is_named_and_a_missing_one_is_said_so():
    restricted = bot(allowed_origins=["https://shop.example"])
    with pytest.raises(PermissionDenied, match=r"^origin https://evil\.example is not allowed"):
        restricted.require_origin("https://evil.example")
    with pytest.raises(PermissionDenied) as refused:
        restricted.require_origin(None)
    assert "None" not in refused.value.detail and "without an Origin header" in refused.value.detail
    restricted.require_origin("https://shop.example")
