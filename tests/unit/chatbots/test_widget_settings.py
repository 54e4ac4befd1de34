"""Widget settings rules (pure domain): languages the widget speaks, business hours, pre-chat answers."""

import re
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from domain.chatbots.model import WIDGET_LANGUAGES, BusinessHours, Chatbot, PreChatField, pre_chat_answers
from domain.errors import InvalidInput

I18N = Path(__file__).resolve().parents[3] / "widget" / "src" / "i18n.ts"


def bot(**fields) -> Chatbot:
    return Chatbot(id=uuid.uuid4(), tenant_id=uuid.uuid4(), public_id="cb_x", **({"name": "Support"} | fields))


def test_the_server_accepts_exactly_the_languages_the_widget_has_translations_for():
    table = re.search(r"export const STRINGS: Record<string, Strings> = \{([^}]*)\}", I18N.read_text()).group(1)
    assert sorted(name.strip() for name in table.split(",")) == sorted(WIDGET_LANGUAGES)


@pytest.mark.parametrize("language", ["xx", "sw", "zh-CN"])
def test_a_language_the_widget_cannot_speak_is_refused(language):
    with pytest.raises(InvalidInput) as error:
        bot(languages=["en", language]).validate()
    assert error.value.field == "languages" and language in error.value.detail


def test_arabic_hebrew_and_regional_tags_are_accepted():
    bot(languages=["ar", "he", "pt-BR"]).validate()


WEEKDAYS_9_TO_5 = {d: [["09:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}


def test_open_now_follows_the_schedule_in_its_timezone():
    hours = BusinessHours(timezone="America/New_York", weekly=WEEKDAYS_9_TO_5)
    # Wednesday 2026-12-02, 14:30 UTC = 09:30 in New York (EST): open; 13:30 UTC = 08:30: closed
    assert hours.open_at(datetime(2026, 12, 2, 14, 30, tzinfo=UTC))
    assert not hours.open_at(datetime(2026, 12, 2, 13, 30, tzinfo=UTC))
    # Friday 21:59 UTC = 16:59 open; Saturday closed all day
    assert hours.open_at(datetime(2026, 12, 4, 21, 59, tzinfo=UTC))
    assert not hours.open_at(datetime(2026, 12, 5, 15, 0, tzinfo=UTC))
    # summer time: 13:30 UTC on a July Wednesday is 09:30 EDT
    assert hours.open_at(datetime(2026, 7, 1, 13, 30, tzinfo=UTC))
    assert BusinessHours(timezone="UTC", weekly={"sun": [["00:00", "24:00"]]}).open_at(datetime(2026, 12, 6, 23, 59, tzinfo=UTC))


@pytest.mark.parametrize(
    ("hours", "field"),
    [
        (BusinessHours(timezone="Mars/Olympus", weekly={}), "business_hours.timezone"),
        (BusinessHours(timezone="UTC", weekly={"mon": [["17:00", "09:00"]]}), "business_hours.weekly.mon"),
        (BusinessHours(timezone="UTC", weekly={"someday": []}), "business_hours.weekly"),
    ],
)
def test_a_bad_schedule_names_the_field(hours, field):
    with pytest.raises(InvalidInput) as error:
        bot(business_hours=hours).validate()
    assert error.value.field == field


FORM = [
    PreChatField(key="name", label="Name", kind="name", required=True),
    PreChatField(key="email", label="E-mail", kind="email", required=True),
    PreChatField(key="phone", label="Phone", kind="phone"),
    PreChatField(key="order", label="Order number"),
]


def test_pre_chat_answers_are_checked_and_trimmed():
    assert pre_chat_answers(FORM, {"name": " Ada ", "email": "ada@example.org", "phone": ""}) == {
        "name": "Ada", "email": "ada@example.org",
    }


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        ({"email": "ada@example.org"}, "details.name"),
        ({"name": "Ada", "email": "not an address"}, "details.email"),
        ({"name": "Ada", "email": "ada@example.org", "phone": "call me"}, "details.phone"),
        ({"name": "Ada", "email": "ada@example.org", "shoe_size": "42"}, "details.shoe_size"),
    ],
)
def test_bad_pre_chat_answers_name_the_field(answers, field):
    with pytest.raises(InvalidInput) as error:
        pre_chat_answers(FORM, answers)
    assert error.value.field == field


def test_pre_chat_field_keys_are_unique():
    with pytest.raises(InvalidInput) as error:
        bot(pre_chat_form=[PreChatField(key="a", label="A"), PreChatField(key="a", label="B")]).validate()
    assert error.value.field == "pre_chat_form.key"
