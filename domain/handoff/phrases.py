"""What the handoff tells the visitor on its own, per language; English otherwise."""

from __future__ import annotations

from domain.assistant.phrases import PHRASES as ASSISTANT_PHRASES

PHRASES: dict[str, dict[str, str]] = {
    "connecting": ASSISTANT_PHRASES["handoff"],  # the same words as when the assistant hands off itself
    "away": {
        "en": "Nobody from our team is available right now. Leave your question and your email here and we will get back to you.",
        "fr": "Personne de notre équipe n'est disponible pour le moment. Laissez votre question et votre e-mail ici, nous vous répondrons.",
        "es": "Ahora mismo no hay nadie de nuestro equipo disponible. Deje aquí su pregunta y su correo y le responderemos.",
        "de": "Gerade ist niemand aus unserem Team erreichbar. Hinterlassen Sie Ihre Frage und Ihre E-Mail-Adresse, wir melden uns.",
        "it": "Al momento nessuno del nostro team è disponibile. Lasci qui la sua domanda e la sua email e la ricontatteremo.",
        "pt": "Neste momento ninguém da nossa equipa está disponível. Deixe aqui a sua pergunta e o seu e-mail e responderemos.",
        "nl": "Er is nu niemand van ons team beschikbaar. Laat uw vraag en e-mailadres hier achter, dan nemen we contact op.",
    },
    "contact_left": {
        "en": "Thank you, we will answer you by email.",
        "fr": "Merci, nous vous répondrons par e-mail.",
        "es": "Gracias, le responderemos por correo electrónico.",
        "de": "Danke, wir antworten Ihnen per E-Mail.",
        "it": "Grazie, le risponderemo via email.",
        "pt": "Obrigado, responderemos por e-mail.",
        "nl": "Bedankt, we antwoorden u per e-mail.",
    },
    "csat": {
        "en": "How did we do? Please rate this conversation from 1 to 5.",
        "fr": "Comment était notre aide ? Notez cette conversation de 1 à 5.",
        "es": "¿Qué tal lo hicimos? Valore esta conversación del 1 al 5.",
        "de": "Wie war unsere Hilfe? Bitte bewerten Sie dieses Gespräch von 1 bis 5.",
        "it": "Come siamo andati? Valuti questa conversazione da 1 a 5.",
        "pt": "Como correu? Avalie esta conversa de 1 a 5.",
        "nl": "Hoe hebben we het gedaan? Geef dit gesprek een cijfer van 1 tot 5.",
    },
}


def say(key: str, language: str | None) -> str:
    table = PHRASES[key]
    return table.get((language or "en").split("-")[0], table["en"])
