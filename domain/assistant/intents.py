"""Built-in support intents, defined like custom ones: by example phrases (several languages).
`question` is the default for anything that reads like a question about the business and matches
nothing more specific; `out_of_scope` is what nothing matches with enough confidence."""

from __future__ import annotations

import re

BUILTIN_EXAMPLES: dict[str, list[str]] = {
    "greeting": [
        "hi", "hello", "hey", "hello there", "hi there", "good morning", "good afternoon", "good evening", "hey, how are you",
        "hiya", "greetings", "yo",
        "bonjour", "salut", "bonsoir", "coucou", "bonjour, comment allez-vous",
        "hola", "buenos días", "buenas tardes", "buenas noches", "qué tal",
        "hallo", "guten morgen", "guten tag", "guten abend", "servus", "moin",
        "ciao", "buongiorno", "buonasera", "olá", "bom dia", "boa tarde", "hoi", "goedemorgen",
    ],
    "goodbye": [
        "bye", "goodbye", "see you", "see you later", "thanks, bye", "that's all, thank you", "have a nice day",
        "thank you, that's everything", "ok thanks bye", "talk to you later",
        "au revoir", "merci, au revoir", "à bientôt", "bonne journée", "c'est tout, merci",
        "adiós", "hasta luego", "gracias, adiós", "hasta pronto", "eso es todo, gracias",
        "tschüss", "auf wiedersehen", "danke, tschüss", "bis später", "das war's, danke",
        "arrivederci", "grazie, ciao", "tchau", "adeus", "obrigado, tchau", "doei", "tot ziens",
    ],
    "pricing": [
        "how much does it cost", "what is the price", "what are your prices", "how much is the subscription",
        "pricing plans", "is there a free plan", "do you offer discounts", "how much do you charge", "what does the pro plan cost",
        "is it expensive", "monthly price", "price list", "how much is shipping", "do you have a student discount",
        "combien ça coûte", "quel est le prix", "quels sont vos tarifs", "combien coûte l'abonnement", "y a-t-il une offre gratuite",
        "cuánto cuesta", "cuál es el precio", "cuáles son sus tarifas", "tienen un plan gratuito", "cuánto cuesta el envío",
        "was kostet das", "wie viel kostet es", "was sind ihre preise", "gibt es einen kostenlosen plan", "preisliste",
        "quanto costa", "qual è il prezzo", "quanto custa", "qual é o preço", "wat kost het", "wat zijn de prijzen",
    ],
    "purchase": [
        "i want to buy", "i'd like to order", "how do i place an order", "i want to purchase the pro plan", "can i buy this",
        "i want to subscribe", "sign me up", "i'd like to upgrade my plan", "where can i pay", "add this to my order",
        "i want to order two of them", "how can i purchase a license",
        "je veux acheter", "je voudrais commander", "comment passer commande", "je veux m'abonner",
        "quiero comprar", "quisiera hacer un pedido", "cómo hago un pedido", "quiero suscribirme",
        "ich möchte kaufen", "ich möchte bestellen", "wie kann ich bestellen", "ich will das abo abschließen",
        "voglio comprare", "vorrei ordinare", "quero comprar", "gostaria de encomendar", "ik wil kopen", "ik wil bestellen",
    ],
    "book_meeting": [
        "can i book a demo", "i'd like to schedule a meeting", "book a call with sales", "can we set up a call",
        "schedule an appointment", "i want to book a consultation", "are you available for a meeting next week",
        "can i talk to sales tomorrow at 10", "reserve a time slot", "set up a demo for my team",
        "je voudrais prendre rendez-vous", "réserver une démo", "planifier un appel", "organiser une réunion",
        "quiero reservar una demo", "agendar una reunión", "programar una llamada", "pedir una cita",
        "ich möchte einen termin vereinbaren", "eine demo buchen", "einen anruf planen",
        "vorrei prenotare una demo", "fissare un appuntamento", "quero agendar uma reunião", "marcar uma demonstração",
        "ik wil een afspraak maken", "een demo inplannen",
    ],
    "talk_to_human": [
        "i want to talk to a person", "i want to talk to a human", "can i speak to a human", "let me talk to an agent",
        "connect me with a real person", "i need a human", "get me a representative", "transfer me to support staff",
        "is there a real person i can talk to", "speak to customer service", "i don't want a bot", "talk to someone",
        "human please", "agent please", "operator",
        "je veux parler à une personne", "je voudrais parler à un humain", "passez-moi un conseiller", "un agent s'il vous plaît",
        "je veux parler à quelqu'un",
        "quiero hablar con una persona", "quiero hablar con un humano", "pásame con un agente", "necesito un asesor",
        "ich möchte mit einem menschen sprechen", "ich will mit einer person reden", "verbinden sie mich mit einem mitarbeiter",
        "voglio parlare con una persona", "passami un operatore", "quero falar com uma pessoa", "quero falar com um atendente",
        "ik wil met een mens praten", "ik wil een medewerker spreken",
    ],
    "complaint": [
        "this is terrible", "i'm very unhappy with your service", "your product is broken", "i want to complain",
        "this is unacceptable", "i've been waiting for weeks and nothing", "worst service ever", "my order never arrived",
        "you charged me twice", "i am furious", "the item arrived damaged", "nobody answers my emails", "this is a scam",
        "c'est inadmissible", "je suis très mécontent", "je veux porter plainte", "ma commande n'est jamais arrivée",
        "es inaceptable", "estoy muy molesto", "quiero poner una queja", "mi pedido nunca llegó",
        "das ist eine frechheit", "ich bin sehr unzufrieden", "ich möchte mich beschweren", "meine bestellung ist nie angekommen",
        "è inaccettabile", "sono molto insoddisfatto", "isto é inaceitável", "estou muito insatisfeito",
        "dit is onacceptabel", "ik ben erg ontevreden",
    ],
    "question": [
        "how do i reset my password", "what is your refund policy", "how long does delivery take", "do you ship abroad",
        "where is my order", "how do i cancel my subscription", "can i change my email address", "what are your opening hours",
        "does it work on mac", "how do i export my data", "what payment methods do you accept", "is my data secure",
        "how do i contact support", "can i return an item", "do you have an api", "what does this feature do",
        "comment réinitialiser mon mot de passe", "quelle est votre politique de remboursement", "combien de temps prend la livraison",
        "livrez-vous à l'étranger", "comment annuler mon abonnement", "quels sont vos horaires",
        "cómo restablezco mi contraseña", "cuál es su política de reembolso", "cuánto tarda el envío", "cómo cancelo mi suscripción",
        "wie setze ich mein passwort zurück", "wie lange dauert die lieferung", "wie kündige ich mein abo", "was ist ihre rückgaberichtlinie",
        "come reimposto la password", "quanto tempo richiede la consegna", "como redefinir a minha senha", "quanto tempo demora a entrega",
        "hoe reset ik mijn wachtwoord", "hoe lang duurt de levering",
    ],
}

# Asking to be contacted, or handing over contact details on purpose ("my number is …"), in the supported
# languages. A number or address in a technical question is not a request to be called back.
_CONTACT_REQUEST = re.compile(
    r"(?i)\b(?:contact me|call me|email me|e-mail me|text me|reach me|reach out|get back to me|get in touch|"
    r"call back|ring me|my (?:e-?mail|email address|phone|phone number|number|mobile) is|here is my|here's my|you can reach|"
    r"contactez[- ]moi|rappelez[- ]moi|appelez[- ]moi|écrivez[- ]moi|mon (?:e-?mail|numéro|téléphone|adresse)|"
    r"cont[aá]ct(?:e|a)me|ll[aá]m(?:e|a)me|escr[ií]b(?:e|a)me|mi (?:correo|tel[eé]fono|n[uú]mero|email)|"
    r"rufen sie mich|kontaktieren sie mich|melden sie sich|schreiben sie mir|meine (?:e-?mail|nummer|telefonnummer|handynummer)|"
    r"mi (?:chiami|contatti|scriva)|contattatemi|richiamatemi|il mio (?:numero|telefono)|la mia (?:e-?mail|email)|"
    r"lig(?:ue|uem)[- ]me|me lig(?:ue|uem)|contact(?:e|em)[- ]me|o meu (?:n[uú]mero|telefone|e-?mail)|"
    r"bel me|mail me|neem contact|mijn (?:nummer|telefoonnummer|e-?mail))"
)
LEAD_INTENTS = ("purchase", "book_meeting")


def wants_contact(text: str, intent: str, asked_for_contact: bool) -> bool:
    """Whether a message that carries contact details means them to be saved: the visitor asks to be
    contacted, or is buying or booking, or answers the assistant's request for contact details."""
    return asked_for_contact or intent in LEAD_INTENTS or bool(_CONTACT_REQUEST.search(text))


def decisive(ranked: tuple[tuple[str, float], ...], margin: float = 0.1, floor: float = 0.5) -> bool:
    """An intent that triggers an action (a handoff) must match well and clearly beat the runner-up, not edge
    past it on a shared word ("I want to transfer my domain" is not "transfer me to an agent", "… please" is
    not "agent please")."""
    if not ranked or ranked[0][1] < floor:
        return False
    return len(ranked) < 2 or ranked[0][1] - ranked[1][1] >= margin
