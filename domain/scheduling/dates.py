"""Dates written the way each of the assistant's languages writes them (en, de, es, fr, it, pt, nl): in booking
e-mails and in the times the assistant offers. No locale database needed: the few names are here."""

from __future__ import annotations

from datetime import datetime

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
           "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre",
           "dicembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
           "dezembro"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
           "december"),
}
# the date of a meeting: {wd} weekday, {d} day, {dd} two-digit day, {m} month, {y} year
DATE = {
    "en": "{wd} {dd} {m} {y}",
    "de": "{wd}, {d}. {m} {y}",
    "es": "{wd}, {d} de {m} de {y}",
    "fr": "{wd} {d} {m} {y}",
    "it": "{wd} {d} {m} {y}",
    "pt": "{wd}, {d} de {m} de {y}",
    "nl": "{wd} {d} {m} {y}",
}


def day_text(moment: datetime, language: str) -> str:
    lang = (language or "en").split("-")[0]
    lang = lang if lang in DATE else "en"
    return DATE[lang].format(wd=WEEKDAYS[lang][moment.weekday()], d=moment.day, dd=f"{moment.day:02d}",
                             m=MONTHS[lang][moment.month - 1], y=moment.year)


def slot_text(moment: datetime, language: str) -> str:
    """A meeting time as a visitor reads it: its day, then the time on a 24-hour clock."""
    return f"{day_text(moment, language)}, {moment:%H:%M}"
