"""What the assistant says on its own (fallbacks, handoff, declines), per language; English otherwise."""

from __future__ import annotations

PHRASES: dict[str, dict[str, str]] = {
    "dont_know": {
        "en": "I'm sorry, I don't know the answer to that from the information I have.",
        "fr": "Je suis désolé, je ne connais pas la réponse à cette question d'après les informations dont je dispose.",
        "es": "Lo siento, no conozco la respuesta a eso con la información que tengo.",
        "de": "Das tut mir leid, dazu habe ich in meinen Informationen keine Antwort.",
        "it": "Mi dispiace, non conosco la risposta in base alle informazioni che ho.",
        "pt": "Desculpe, não sei a resposta com as informações que tenho.",
        "nl": "Sorry, ik weet het antwoord daarop niet op basis van de informatie die ik heb.",
    },
    "offer_human": {
        "en": "Would you like me to connect you with a person from our team?",
        "fr": "Voulez-vous que je vous mette en relation avec une personne de notre équipe ?",
        "es": "¿Quiere que le ponga en contacto con una persona de nuestro equipo?",
        "de": "Soll ich Sie mit einer Person aus unserem Team verbinden?",
        "it": "Vuole che la metta in contatto con una persona del nostro team?",
        "pt": "Quer que eu o coloque em contacto com uma pessoa da nossa equipa?",
        "nl": "Zal ik u doorverbinden met iemand van ons team?",
    },
    "handoff": {
        "en": "I'm connecting you with a person from our team. Someone will reply here shortly.",
        "fr": "Je vous mets en relation avec une personne de notre équipe. Quelqu'un vous répondra ici sous peu.",
        "es": "Le estoy poniendo en contacto con una persona de nuestro equipo. Alguien le responderá aquí en breve.",
        "de": "Ich verbinde Sie mit einer Person aus unserem Team. Jemand antwortet Ihnen hier in Kürze.",
        "it": "La sto mettendo in contatto con una persona del nostro team. Qualcuno le risponderà qui a breve.",
        "pt": "Estou a ligá-lo a uma pessoa da nossa equipa. Alguém responderá aqui em breve.",
        "nl": "Ik verbind u door met iemand van ons team. Er reageert hier snel iemand.",
    },
    "fallback": {
        "en": "Sorry, I can't answer right now. Please try again in a moment, or ask for a person from our team.",
        "fr": "Désolé, je ne peux pas répondre pour le moment. Réessayez dans un instant ou demandez une personne de notre équipe.",
        "es": "Lo siento, ahora mismo no puedo responder. Inténtelo de nuevo en un momento o pida hablar con una persona.",
        "de": "Entschuldigung, ich kann gerade nicht antworten. Bitte versuchen Sie es gleich noch einmal oder fragen Sie nach einer Person.",
        "it": "Mi dispiace, ora non posso rispondere. Riprovi tra un momento o chieda di una persona del nostro team.",
        "pt": "Desculpe, não consigo responder agora. Tente de novo daqui a pouco ou peça para falar com uma pessoa.",
        "nl": "Sorry, ik kan nu niet antwoorden. Probeer het zo opnieuw of vraag naar iemand van ons team.",
    },
    "greeting": {
        "en": "Hello! How can I help you today?",
        "fr": "Bonjour ! Comment puis-je vous aider aujourd'hui ?",
        "es": "¡Hola! ¿En qué puedo ayudarle hoy?",
        "de": "Hallo! Wie kann ich Ihnen heute helfen?",
        "it": "Ciao! Come posso aiutarla oggi?",
        "pt": "Olá! Como posso ajudar hoje?",
        "nl": "Hallo! Waarmee kan ik u vandaag helpen?",
    },
    "goodbye": {
        "en": "Thank you for chatting with us. Have a great day!",
        "fr": "Merci pour votre message. Bonne journée !",
        "es": "Gracias por escribirnos. ¡Que tenga un buen día!",
        "de": "Danke für Ihre Nachricht. Einen schönen Tag noch!",
        "it": "Grazie per averci scritto. Buona giornata!",
        "pt": "Obrigado pela conversa. Tenha um ótimo dia!",
        "nl": "Bedankt voor uw bericht. Nog een fijne dag!",
    },
    "lead_saved": {
        "en": "Thank you, I've saved your contact details; our team will get back to you.",
        "fr": "Merci, j'ai bien noté vos coordonnées ; notre équipe vous recontactera.",
        "es": "Gracias, he guardado sus datos de contacto; nuestro equipo se pondrá en contacto con usted.",
        "de": "Danke, ich habe Ihre Kontaktdaten gespeichert; unser Team meldet sich bei Ihnen.",
        "it": "Grazie, ho salvato i suoi contatti; il nostro team la ricontatterà.",
        "pt": "Obrigado, guardei os seus contactos; a nossa equipa entrará em contacto.",
        "nl": "Bedankt, ik heb uw contactgegevens opgeslagen; ons team neemt contact met u op.",
    },
    "ask_contact": {
        "en": "I'd be glad to help with that. Could you leave your email address or phone number so our team can follow up?",
        "fr": "Avec plaisir. Pouvez-vous laisser votre adresse e-mail ou votre numéro de téléphone pour que notre équipe vous recontacte ?",
        "es": "Con gusto. ¿Puede dejarnos su correo electrónico o teléfono para que nuestro equipo le contacte?",
        "de": "Gern. Hinterlassen Sie bitte Ihre E-Mail-Adresse oder Telefonnummer, damit sich unser Team meldet.",
        "it": "Volentieri. Può lasciare la sua email o il suo numero di telefono così il nostro team la ricontatta?",
        "pt": "Com todo o gosto. Pode deixar o seu e-mail ou telefone para a nossa equipa o contactar?",
        "nl": "Graag. Wilt u uw e-mailadres of telefoonnummer achterlaten zodat ons team contact kan opnemen?",
    },
    "slots_offer": {
        "en": "Here are some free times ({zone}). Which one suits you?",
        "fr": "Voici quelques créneaux libres ({zone}). Lequel vous convient ?",
        "es": "Estos son algunos horarios libres ({zone}). ¿Cuál le viene bien?",
        "de": "Hier sind einige freie Termine ({zone}). Welcher passt Ihnen?",
        "it": "Ecco alcuni orari liberi ({zone}). Quale le va bene?",
        "pt": "Aqui estão alguns horários livres ({zone}). Qual lhe convém?",
        "nl": "Hier zijn enkele vrije tijden ({zone}). Welke past u?",
    },
    "slot_contact": {
        "en": "Good choice. To book it, what are your name and email address?",
        "fr": "Très bien. Pour le réserver, quels sont votre nom et votre adresse e-mail ?",
        "es": "Perfecto. Para reservarlo, ¿cuál es su nombre y su correo electrónico?",
        "de": "Gut. Wie lauten Ihr Name und Ihre E-Mail-Adresse, damit ich den Termin buchen kann?",
        "it": "Perfetto. Per prenotarlo, qual è il suo nome e il suo indirizzo email?",
        "pt": "Ótimo. Para o reservar, qual é o seu nome e o seu e-mail?",
        "nl": "Prima. Wat zijn uw naam en e-mailadres, zodat ik het kan boeken?",
    },
    "slot_taken": {
        "en": "Sorry, that time was just taken. These are still free:",
        "fr": "Désolé, ce créneau vient d'être pris. Ceux-ci sont encore libres :",
        "es": "Lo siento, ese horario acaba de ocuparse. Estos siguen libres:",
        "de": "Dieser Termin wurde leider gerade vergeben. Diese sind noch frei:",
        "it": "Mi dispiace, quell'orario è appena stato preso. Questi sono ancora liberi:",
        "pt": "Desculpe, esse horário acabou de ser ocupado. Estes ainda estão livres:",
        "nl": "Sorry, die tijd is net bezet. Deze zijn nog vrij:",
    },
    "meeting_booked": {
        "en": "Your meeting is booked:",
        "fr": "Votre rendez-vous est réservé :",
        "es": "Su reunión está reservada:",
        "de": "Ihr Termin ist gebucht:",
        "it": "La sua riunione è prenotata:",
        "pt": "A sua reunião está marcada:",
        "nl": "Uw afspraak is geboekt:",
    },
    "empty": {
        "en": "It looks like your message was empty. What would you like to ask?",
        "fr": "Votre message semble vide. Que souhaitez-vous demander ?",
        "es": "Su mensaje parece vacío. ¿Qué desea preguntar?",
        "de": "Ihre Nachricht scheint leer zu sein. Was möchten Sie fragen?",
        "it": "Il suo messaggio sembra vuoto. Cosa desidera chiedere?",
        "pt": "A sua mensagem parece vazia. O que gostaria de perguntar?",
        "nl": "Uw bericht lijkt leeg. Wat wilt u vragen?",
    },
    "out_of_credits": {
        "en": "Our assistant is temporarily limited, so I'll answer from our help articles where I can.",
        "fr": "Notre assistant est temporairement limité ; je réponds à partir de nos articles d'aide quand c'est possible.",
        "es": "Nuestro asistente está limitado temporalmente; responderé con nuestros artículos de ayuda cuando pueda.",
        "de": "Unser Assistent ist vorübergehend eingeschränkt; ich antworte, wo möglich, aus unseren Hilfeartikeln.",
        "it": "Il nostro assistente è temporaneamente limitato; risponderò dai nostri articoli di aiuto quando possibile.",
        "pt": "O nosso assistente está temporariamente limitado; responderei a partir dos artigos de ajuda quando puder.",
        "nl": "Onze assistent is tijdelijk beperkt; ik antwoord waar mogelijk vanuit onze hulpartikelen.",
    },
    "languages": {
        "en": "I can help you in: {languages}.",
    },
    "sources": {
        "en": "Source", "fr": "Source", "es": "Fuente", "de": "Quelle", "it": "Fonte", "pt": "Fonte", "nl": "Bron",
    },
}

LANGUAGE_NAMES = {
    "en": "English", "fr": "Français", "es": "Español", "de": "Deutsch", "it": "Italiano", "pt": "Português",
    "nl": "Nederlands", "pl": "Polski", "sv": "Svenska", "da": "Dansk", "ja": "日本語", "zh": "中文", "ar": "العربية",
    "ru": "Русский",
}


def say(key: str, language: str, **values: str) -> str:
    table = PHRASES[key]
    text = table.get((language or "en").split("-")[0]) or table["en"]
    return text.format(**values) if values else text
