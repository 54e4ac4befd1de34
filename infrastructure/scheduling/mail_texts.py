"""The booking e-mails' words in the visitor's language (the conversation's: en, de, es, fr, it, pt, nl); their
dates are written by domain/scheduling/dates.py."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "hello": "Hello {name},", "meeting": "Meeting",
        "confirmed_subject": "Confirmed: your meeting on {when}", "confirmed": "your meeting is booked for {when}.",
        "reminder_subject": "Reminder: your meeting in {span}", "reminder": "a reminder: your meeting is on {when}.",
        "moved_subject": "Moved: your meeting is now on {when}", "moved": "your meeting has moved to {when}.",
        "cancelled_subject": "Cancelled: your meeting on {when}", "cancelled": "your meeting on {when} is cancelled.",
        "join": "Join the video call:", "another": "Need another time?", "cannot": "Can't make it?",
        "hour": "1 hour", "hours": "{n} hours", "minutes": "{n} minutes",
    },
    "de": {
        "hello": "Hallo {name},", "meeting": "Termin",
        "confirmed_subject": "Bestätigt: Ihr Termin am {when}", "confirmed": "Ihr Termin ist gebucht: {when}.",
        "reminder_subject": "Erinnerung: Ihr Termin in {span}", "reminder": "zur Erinnerung: Ihr Termin ist am {when}.",
        "moved_subject": "Verschoben: Ihr Termin ist jetzt am {when}", "moved": "Ihr Termin wurde verschoben auf {when}.",
        "cancelled_subject": "Abgesagt: Ihr Termin am {when}", "cancelled": "Ihr Termin am {when} ist abgesagt.",
        "join": "Zum Videoanruf:", "another": "Anderer Zeitpunkt?", "cannot": "Sie können nicht?",
        "hour": "1 Stunde", "hours": "{n} Stunden", "minutes": "{n} Minuten",
    },
    "es": {
        "hello": "Hola, {name}:", "meeting": "Reunión",
        "confirmed_subject": "Confirmada: su reunión el {when}", "confirmed": "su reunión está reservada para el {when}.",
        "reminder_subject": "Recordatorio: su reunión en {span}", "reminder": "le recordamos que su reunión es el {when}.",
        "moved_subject": "Cambiada: su reunión es ahora el {when}", "moved": "su reunión se ha cambiado al {when}.",
        "cancelled_subject": "Cancelada: su reunión del {when}", "cancelled": "su reunión del {when} está cancelada.",
        "join": "Únase a la videollamada:", "another": "¿Necesita otra hora?", "cannot": "¿No puede asistir?",
        "hour": "1 hora", "hours": "{n} horas", "minutes": "{n} minutos",
    },
    "fr": {
        "hello": "Bonjour {name},", "meeting": "Rendez-vous",
        "confirmed_subject": "Confirmé : votre rendez-vous le {when}", "confirmed": "votre rendez-vous est réservé pour le {when}.",
        "reminder_subject": "Rappel : votre rendez-vous dans {span}", "reminder": "petit rappel : votre rendez-vous est le {when}.",
        "moved_subject": "Déplacé : votre rendez-vous est maintenant le {when}", "moved": "votre rendez-vous a été déplacé au {when}.",
        "cancelled_subject": "Annulé : votre rendez-vous du {when}", "cancelled": "votre rendez-vous du {when} est annulé.",
        "join": "Rejoindre l'appel vidéo :", "another": "Besoin d'un autre horaire ?", "cannot": "Vous ne pouvez pas venir ?",
        "hour": "1 heure", "hours": "{n} heures", "minutes": "{n} minutes",
    },
    "it": {
        "hello": "Buongiorno {name},", "meeting": "Appuntamento",
        "confirmed_subject": "Confermato: il tuo appuntamento di {when}", "confirmed": "il tuo appuntamento è prenotato per {when}.",
        "reminder_subject": "Promemoria: il tuo appuntamento tra {span}", "reminder": "ti ricordiamo il tuo appuntamento di {when}.",
        "moved_subject": "Spostato: il tuo appuntamento è ora {when}", "moved": "il tuo appuntamento è stato spostato a {when}.",
        "cancelled_subject": "Annullato: il tuo appuntamento di {when}", "cancelled": "il tuo appuntamento di {when} è annullato.",
        "join": "Partecipa alla videochiamata:", "another": "Ti serve un altro orario?", "cannot": "Non puoi partecipare?",
        "hour": "1 ora", "hours": "{n} ore", "minutes": "{n} minuti",
    },
    "pt": {
        "hello": "Olá {name},", "meeting": "Reunião",
        "confirmed_subject": "Confirmada: a sua reunião em {when}", "confirmed": "a sua reunião está marcada para {when}.",
        "reminder_subject": "Lembrete: a sua reunião daqui a {span}", "reminder": "lembramos que a sua reunião é em {when}.",
        "moved_subject": "Alterada: a sua reunião é agora em {when}", "moved": "a sua reunião foi alterada para {when}.",
        "cancelled_subject": "Cancelada: a sua reunião de {when}", "cancelled": "a sua reunião de {when} foi cancelada.",
        "join": "Entrar na videochamada:", "another": "Precisa de outro horário?", "cannot": "Não pode comparecer?",
        "hour": "1 hora", "hours": "{n} horas", "minutes": "{n} minutos",
    },
    "nl": {
        "hello": "Hallo {name},", "meeting": "Afspraak",
        "confirmed_subject": "Bevestigd: uw afspraak op {when}", "confirmed": "uw afspraak is geboekt voor {when}.",
        "reminder_subject": "Herinnering: uw afspraak over {span}", "reminder": "een herinnering: uw afspraak is op {when}.",
        "moved_subject": "Verzet: uw afspraak is nu op {when}", "moved": "uw afspraak is verzet naar {when}.",
        "cancelled_subject": "Geannuleerd: uw afspraak op {when}", "cancelled": "uw afspraak op {when} is geannuleerd.",
        "join": "Deelnemen aan het videogesprek:", "another": "Ander tijdstip nodig?", "cannot": "Kunt u niet?",
        "hour": "1 uur", "hours": "{n} uur", "minutes": "{n} minuten",
    },
}


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])


def span_text(minutes: int, language: str) -> str:
    t = texts(language)
    if minutes % 60 == 0:
        hours = minutes // 60
        return t["hour"] if hours == 1 else t["hours"].format(n=hours)
    return t["minutes"].format(n=minutes)
