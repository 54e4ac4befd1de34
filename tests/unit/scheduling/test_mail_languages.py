"""The booking e-mails in the visitor's language: every text of every language filled in, dates written the
way each language writes them (hand-checked), the conversation's language code mapped to a supported one."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import uuid4

import pytest

from domain.scheduling.model import Booking
from domain.scheduling.services import CANCELLATION, CONFIRMATION, LANGUAGES, REMINDER, RESCHEDULED, _language
from infrastructure.scheduling.mail_texts import TEXTS
from infrastructure.scheduling.notify import compose, invitation


class Links:
    def link(self, booking, action: str) -> str:
        return f"https://api.example/v1/widget/bookings/{action}-token"


def booking(language: str) -> Booking:
    # Tuesday 8 December 2026, 09:00-09:30 UTC = 10:00-10:30 in Berlin
    return Booking(id=uuid4(), tenant_id=uuid4(), schedule_id=uuid4(), chatbot_id=uuid4(),
                   start=datetime(2026, 12, 8, 9, 0, tzinfo=UTC), end=datetime(2026, 12, 8, 9, 30, tzinfo=UTC),
                   name="Ada", email="ada@example.com", notes="", time_zone="Europe/Berlin",
                   meeting_url="https://meet.jit.si/Parley-x", language=language)


EXPECTED = {
    "en": ("Confirmed: your meeting on Tuesday 08 December 2026, 10:00–10:30 (Europe/Berlin)", "Hello Ada,",
           "Reminder: your meeting in 1 hour", "Join the video call:"),
    "de": ("Bestätigt: Ihr Termin am Dienstag, 8. Dezember 2026, 10:00–10:30 (Europe/Berlin)", "Hallo Ada,",
           "Erinnerung: Ihr Termin in 1 Stunde", "Zum Videoanruf:"),
    "es": ("Confirmada: su reunión el martes, 8 de diciembre de 2026, 10:00–10:30 (Europe/Berlin)", "Hola, Ada:",
           "Recordatorio: su reunión en 1 hora", "Únase a la videollamada:"),
    "fr": ("Confirmé : votre rendez-vous le mardi 8 décembre 2026, 10:00–10:30 (Europe/Berlin)", "Bonjour Ada,",
           "Rappel : votre rendez-vous dans 1 heure", "Rejoindre l'appel vidéo :"),
    "it": ("Confermato: il tuo appuntamento di martedì 8 dicembre 2026, 10:00–10:30 (Europe/Berlin)", "Buongiorno Ada,",
           "Promemoria: il tuo appuntamento tra 1 ora", "Partecipa alla videochiamata:"),
    "pt": ("Confirmada: a sua reunião em terça-feira, 8 de dezembro de 2026, 10:00–10:30 (Europe/Berlin)", "Olá Ada,",
           "Lembrete: a sua reunião daqui a 1 hora", "Entrar na videochamada:"),
    "nl": ("Bevestigd: uw afspraak op dinsdag 8 december 2026, 10:00–10:30 (Europe/Berlin)", "Hallo Ada,",
           "Herinnering: uw afspraak over 1 uur", "Deelnemen aan het videogesprek:"),
}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_each_language_writes_its_own_mails(language):
    b = booking(language)
    subject, text = compose(Links(), b, CONFIRMATION, 0)  # type: ignore[arg-type]
    assert subject == EXPECTED[language][0]
    assert text.startswith(EXPECTED[language][1]) and EXPECTED[language][3] + " https://meet.jit.si/Parley-x" in text
    assert "reschedule-token" in text and "cancel-token" in text
    assert compose(Links(), b, REMINDER, 60)[0] == EXPECTED[language][2]  # type: ignore[arg-type]
    moved, _ = compose(Links(), b, RESCHEDULED, 0)  # type: ignore[arg-type]
    cancelled, body = compose(Links(), b, CANCELLATION, 0)  # type: ignore[arg-type]
    assert "10:00–10:30" in moved and "10:00–10:30" in cancelled and "token" not in body
    assert TEXTS[language]["meeting"].encode() in invitation(b, CONFIRMATION).replace(b"\r\n ", b"")


def test_every_language_has_every_text_and_plurals():
    assert set(TEXTS) == set(LANGUAGES)
    for language, words in TEXTS.items():
        assert set(words) == set(TEXTS["en"]), language
    assert compose(Links(), booking("de"), REMINDER, 1440)[0] == "Erinnerung: Ihr Termin in 24 Stunden"  # type: ignore[arg-type]
    assert compose(Links(), booking("fr"), REMINDER, 30)[0] == "Rappel : votre rendez-vous dans 30 minutes"  # type: ignore[arg-type]


@pytest.mark.parametrize(("code", "expected"), [("de", "de"), ("de-AT", "de"), ("pt_BR", "pt"), ("NL", "nl"), ("ja", "en"),
                                                ("", "en"), (None, "en")])
def test_the_conversations_language_code_picks_the_mails_language(code, expected):
    assert _language(code) == expected
