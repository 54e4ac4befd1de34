"""Sentiment per language, offline. English: VADER (vaderSentiment). Other supported languages:
VADER's scoring rules (negation, intensifiers, "but", exclamation, caps, emoticons) over a per-language
valence lexicon shipped here (the words a support chat uses), so French does not score 0.0. A
language with no lexicon scores by emoticons and punctuation only, i.e. close to neutral."""

from __future__ import annotations

import math
import re
import unicodedata

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from domain.assistant.model import Sentiment

# valence -4 … +4, VADER's scale; keys are accent-folded, lower case; a trailing * matches any ending.
LEXICONS: dict[str, dict[str, float]] = {
    "fr": {
        # resolution and thanks; complaints without a classic sentiment word
        "resolu*": 2.0, "fonctionne*": 1.2, "marche": 1.2, "recommande": 2.0, "mille": 0.5, "rembourse*": -1.5,
        "plante*": -2.0, "resiliez": -1.5, "lamentable*": -3.0, "toujours rien": -2.0, "sert a rien": -2.5,
        "en ai marre": -1.0, "debite deux fois": -2.0,
        "bien": 1.5, "bon*": 1.8, "super": 2.5, "genial*": 2.8, "excellent*": 3.0, "parfait*": 3.0, "merci": 1.5,
        "content*": 2.0, "ravi*": 2.5, "heureu*": 2.5, "satisfait*": 2.0, "formidable": 2.8, "magnifique": 3.0,
        "rapide*": 1.2, "facile*": 1.2, "top": 2.0, "adore": 3.0, "aime": 2.0, "agreable*": 2.0, "utile*": 1.5,
        "bravo": 2.5, "impeccable*": 2.5, "efficace*": 1.8, "sympa*": 1.8,
        "mauvais*": -2.5, "nul*": -2.5, "horrible*": -3.2, "terrible*": -3.0, "deteste": -3.0, "decu*": -2.2,
        "decevant*": -2.2, "mecontent*": -2.5, "inadmissible": -3.0, "inacceptable*": -3.0, "furieu*": -3.2,
        "colere": -2.7, "enerve*": -2.5, "lent*": -1.5, "probleme*": -1.5, "casse*": -1.8, "panne": -1.8,
        "arnaque*": -3.2, "honte*": -2.5, "pire": -3.0, "jamais": -0.5, "plainte": -2.0, "rembours*": -0.5,
        "catastroph*": -3.0, "penible*": -2.2, "inutile*": -2.2, "retard*": -1.5, "erreur*": -1.5, "triste*": -2.0,
        "marre": -2.5, "scandal*": -3.0,
    },
    "es": {
        # resolution and thanks; complaints without a classic sentiment word
        "resuelto*": 2.0, "funciona*": 1.2, "estupend*": 3.0, "enhorabuena": 2.5, "recomiendo": 2.0, "mejores": 2.0,
        "devuelvan mi dinero": -2.5, "mi dinero de vuelta": -2.5, "se cuelga": -2.0, "sirve para nada": -2.5,
        "y nada": -1.5, "den de baja": -1.5, "cobraron dos veces": -2.0,
        "bien": 1.5, "buen*": 1.8, "genial": 2.8, "excelente*": 3.0, "perfect*": 3.0, "gracias": 1.5, "content*": 2.0,
        "feliz": 2.5, "encant*": 2.8, "maravillos*": 3.0, "rapid*": 1.2, "facil*": 1.2, "util*": 1.5, "satisfech*": 2.0,
        "me gusta": 2.0, "fantastic*": 3.0, "amable*": 2.0,
        "mal": -2.0, "mala*": -2.5, "malo*": -2.5, "horrible*": -3.2, "terrible*": -3.0, "pesim*": -3.0, "odio": -3.2,
        "decepcion*": -2.5, "molest*": -2.2, "enfadad*": -2.7, "furios*": -3.2, "inaceptable*": -3.0, "lent*": -1.5,
        "problema*": -1.5, "roto*": -1.8, "rota*": -1.8, "estafa*": -3.2, "peor": -3.0, "queja*": -2.0, "nunca": -0.5,
        "verguenza": -2.5, "inutil*": -2.2, "retras*": -1.5, "error*": -1.5, "triste*": -2.0, "harto*": -2.5,
    },
    "de": {
        # resolution and thanks; complaints without a classic sentiment word
        "gelost": 2.0, "funktioniert": 1.2, "klappt": 1.5, "geklappt": 1.5, "lauft": 1.0, "begeistert": 3.0,
        "einwandfrei": 2.5, "grossartig*": 3.0, "herzlich*": 1.5, "dank": 1.5, "lieben": 1.0, "genial": 2.8,
        "geld zuruck": -2.5, "sturzt": -2.0, "absturz*": -2.0, "nerv*": -2.0, "mist": -2.5, "stinksauer": -3.2,
        "unmoglich*": -2.5, "kundigen sie": -1.5, "immer noch nichts": -2.0, "doppelt abgebucht": -2.0,
        "dritte mal": -1.5,
        "gut*": 1.8, "super": 2.5, "toll*": 2.5, "prima": 2.3, "ausgezeichnet*": 3.0, "perfekt*": 3.0, "danke": 1.5,
        "zufrieden*": 2.0, "glucklich*": 2.5, "freue": 2.2, "schnell*": 1.2, "einfach*": 1.0, "hilfreich*": 1.8,
        "wunderbar*": 3.0, "klasse": 2.5, "liebe": 2.5, "fantastisch*": 3.0, "freundlich*": 2.0,
        "schlecht*": -2.5, "schrecklich*": -3.2, "furchtbar*": -3.2, "hasse": -3.2, "enttausch*": -2.5,
        "unzufrieden*": -2.5, "argerlich*": -2.5, "wutend*": -3.2, "sauer": -2.3, "inakzeptabel*": -3.0,
        "frechheit": -3.0, "langsam*": -1.5, "problem*": -1.5, "kaputt*": -2.0, "defekt*": -2.0, "betrug*": -3.2,
        "schlimmste*": -3.2, "beschwer*": -2.0, "nie": -0.5, "niemals": -0.8, "nutzlos*": -2.2, "verspat*": -1.5,
        "fehler*": -1.5, "traurig*": -2.0, "katastroph*": -3.0, "unverschamt*": -3.0,
    },
    "it": {
        # resolution and thanks; complaints without a classic sentiment word
        "risolt*": 2.0, "funziona*": 1.2, "complimenti": 2.5, "consiglio": 1.5, "migliori": 2.0, "mille": 0.5,
        "rivoglio": -2.0, "miei soldi": -1.5, "si blocca": -2.0, "serve a niente": -2.5, "ancora niente": -2.0,
        "stufo": -2.5, "stufa": -2.5, "chiudete": -1.5, "addebitato due volte": -2.0,
        "bene": 1.5, "buon*": 1.8, "ottim*": 3.0, "perfett*": 3.0, "grazie": 1.5, "content*": 2.0, "felice": 2.5,
        "fantastic*": 3.0, "rapid*": 1.2, "facile": 1.2, "utile": 1.5, "soddisfatt*": 2.0, "adoro": 3.0, "gentil*": 2.0,
        "male": -2.0, "cattiv*": -2.5, "orribile": -3.2, "terribile": -3.0, "pessim*": -3.0, "odio": -3.2,
        "delus*": -2.5, "arrabbiat*": -2.7, "furios*": -3.2, "inaccettabile": -3.0, "lent*": -1.5, "problema*": -1.5,
        "rott*": -1.8, "truffa": -3.2, "peggio*": -3.0, "reclamo": -2.0, "insoddisfatt*": -2.5, "inutile": -2.2,
        "ritardo": -1.5, "errore": -1.5, "triste": -2.0, "vergogna": -2.5,
    },
    "pt": {
        # resolution and thanks; complaints without a classic sentiment word
        "resolvid*": 2.0, "funciona*": 1.2, "ador*": 3.0, "parabens": 2.5, "recomendo": 2.0, "melhores": 2.0,
        "simpatic*": 2.0, "dinheiro de volta": -2.5, "trava": -2.0, "serve para nada": -2.5, "e nada": -1.5,
        "farto": -2.5, "farta": -2.5, "cancelem": -1.5, "cobrado duas vezes": -2.0, "desapontad*": -2.5,
        "bem": 1.5, "bom": 1.8, "boa": 1.8, "otim*": 3.0, "excelente*": 3.0, "perfeit*": 3.0, "obrigad*": 1.5,
        "content*": 2.0, "feliz": 2.5, "maravilh*": 3.0, "rapid*": 1.2, "facil": 1.2, "util": 1.5, "satisfeit*": 2.0,
        "adoro": 3.0, "gentil": 2.0,
        "mal": -2.0, "mau": -2.5, "ma": -1.5, "horrivel": -3.2, "terrivel": -3.0, "pessim*": -3.0, "odeio": -3.2,
        "decepcion*": -2.5, "irritad*": -2.5, "furios*": -3.2, "inaceitavel": -3.0, "lent*": -1.5, "problema*": -1.5,
        "quebrad*": -1.8, "golpe": -3.0, "pior": -3.0, "reclama*": -2.0, "insatisfeit*": -2.5, "inutil": -2.2,
        "atras*": -1.5, "erro*": -1.5, "triste": -2.0, "vergonha": -2.5,
    },
    "nl": {
        # resolution and thanks; complaints without a classic sentiment word
        "opgelost": 2.0, "werkt": 1.2, "prima": 2.0, "aanrader": 2.5, "beste": 2.0, "blij": 2.5,
        "geld terug": -2.5, "crash*": -2.0, "waardeloos": -3.0, "nog steeds niets": -2.0, "het zat": -2.5,
        "belabberd*": -3.0, "zeg": -0.5, "twee keer afgeschreven": -2.0,
        "goed": 1.8, "geweldig*": 3.0, "super": 2.5, "uitstekend*": 3.0, "perfect*": 3.0, "bedankt": 1.5, "dank": 1.5,
        "tevreden": 2.0, "snel*": 1.2, "makkelijk*": 1.2, "handig*": 1.5, "fantastisch*": 3.0,
        "vriendelijk*": 2.0, "top": 2.0,
        "slecht*": -2.5, "vreselijk*": -3.2, "verschrikkelijk*": -3.2, "haat": -3.2, "teleurgesteld*": -2.5,
        "ontevreden": -2.5, "boos": -2.7, "woedend*": -3.2, "onacceptabel*": -3.0, "traag*": -1.5, "probleem*": -1.5,
        "kapot*": -2.0, "oplichting": -3.2, "ergste": -3.2, "klacht*": -2.0, "nooit": -0.5, "nutteloos": -2.2,
        "vertraging": -1.5, "fout*": -1.5, "verdrietig*": -2.0, "schandalig*": -3.0,
    },
}
# complaints VADER has no words for (it reads "I want my money back" as neutral)
ENGLISH_PHRASES = {
    "money back": -2.5, "refund me": -2.0, "still waiting": -2.0, "still nothing": -2.0, "third time": -1.5,
    "charged twice": -2.0, "nobody answers": -2.0, "no one answers": -2.0, "keeps crashing": -2.0,
    "problem solved": 2.0, "issue resolved": 2.0, "works now": 1.5, "saved my day": 2.5,
}
NEGATORS = {
    "fr": {"pas", "jamais", "rien", "aucun", "aucune", "ni", "sans", "plus"},
    "es": {"no", "nunca", "jamas", "ni", "sin", "tampoco", "nada"},
    "de": {"nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "ohne", "nichts"},
    "it": {"non", "mai", "niente", "nessun", "nessuno", "senza", "ne"},
    "pt": {"nao", "nunca", "jamais", "nem", "sem", "nada", "nenhum"},
    "nl": {"niet", "geen", "nooit", "zonder", "niets"},
}
BOOSTERS = {
    "fr": {"tres": 0.3, "vraiment": 0.3, "trop": 0.3, "tellement": 0.3, "extremement": 0.4, "super": 0.3, "peu": -0.3},
    "es": {"muy": 0.3, "realmente": 0.3, "demasiado": 0.3, "tan": 0.3, "super": 0.3, "extremadamente": 0.4, "poco": -0.3},
    "de": {"sehr": 0.3, "wirklich": 0.3, "zu": 0.2, "so": 0.2, "extrem": 0.4, "total": 0.3, "echt": 0.3, "wenig": -0.3},
    "it": {"molto": 0.3, "davvero": 0.3, "troppo": 0.3, "cosi": 0.2, "estremamente": 0.4, "poco": -0.3},
    "pt": {"muito": 0.3, "realmente": 0.3, "demais": 0.3, "tao": 0.2, "extremamente": 0.4, "pouco": -0.3},
    "nl": {"heel": 0.3, "erg": 0.3, "echt": 0.3, "zo": 0.2, "te": 0.2, "extreem": 0.4, "weinig": -0.3},
}
BUT = {"fr": {"mais"}, "es": {"pero"}, "de": {"aber"}, "it": {"ma"}, "pt": {"mas"}, "nl": {"maar"}}

_WORD = re.compile(r"[^\W\d_]+|[:;=8xX][-']?[()\[\]dDpP/\\|*]|<3|[\U0001F300-\U0001FAFF\u2600-\u27BF]", re.UNICODE)


_CLAUSE_END = re.compile(r"[,;.!?¡¿:]")


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


class _Lexicon:
    def __init__(self, entries: dict[str, float]) -> None:
        self.exact = {k: v for k, v in entries.items() if not k.endswith("*") and " " not in k}
        self.prefixes = sorted(((k[:-1], v) for k, v in entries.items() if k.endswith("*")), key=lambda kv: -len(kv[0]))
        self.phrases = {k: v for k, v in entries.items() if " " in k}

    def valence(self, word: str) -> float:
        if word in self.exact:
            return self.exact[word]
        for prefix, v in self.prefixes:
            if word.startswith(prefix) and len(word) - len(prefix) <= 4:
                return v
        return 0.0


class MultilingualSentiment:
    def __init__(self) -> None:
        self.vader = SentimentIntensityAnalyzer()
        self.lexicons = {lang: _Lexicon(entries) for lang, entries in LEXICONS.items()}

    def analyze(self, text: str, language: str) -> Sentiment:
        text = text[:4000]
        lang = (language or "en").split("-")[0]
        if lang == "en" or lang not in self.lexicons:
            if lang != "en":  # no lexicon: emoticons and emoji only
                scores = [self.vader.lexicon.get(t, 0.0) for t in _WORD.findall(text) if not t.isalpha()]
                return Sentiment.of(self._normalize(sum(scores), text))
            return Sentiment.of(self._english(text))
        return Sentiment.of(self._score(text, lang))

    def _english(self, text: str) -> float:
        compound = self.vader.polarity_scores(text)["compound"]
        folded = " ".join(_fold(t) for t in _WORD.findall(text))
        extra = sum(v for phrase, v in ENGLISH_PHRASES.items() if phrase in folded)
        if not extra:
            return compound
        compound = max(-0.9999, min(0.9999, compound))
        raw = compound * math.sqrt(15 / (1 - compound * compound))  # VADER's sum before its normalisation
        return self._normalize(raw + extra, text)

    def _score(self, text: str, lang: str) -> float:
        lexicon = self.lexicons[lang]
        negators, boosters, buts = NEGATORS[lang], BOOSTERS[lang], BUT[lang]
        matches = list(_WORD.finditer(text))
        raw_tokens = [m.group(0) for m in matches]
        tokens = [_fold(t) for t in raw_tokens]
        # a negation reaches no further than its clause: in "Nada funciona, estou farto" the "nada" does not
        # turn "farto" positive
        clause = [0]
        for before, m in zip(matches, matches[1:]):
            clause.append(clause[-1] + bool(_CLAUSE_END.search(text, before.end(), m.start())))
        folded = " ".join(tokens)
        sentiments: list[float] = []
        for i, (raw, tok) in enumerate(zip(raw_tokens, tokens)):
            if not raw.isalpha():
                sentiments.append(self.vader.lexicon.get(raw, 0.0))
                continue
            v = lexicon.valence(tok)
            if v == 0.0:
                sentiments.append(0.0)
                continue
            for back, tok_before in enumerate(reversed(tokens[max(0, i - 3) : i])):
                scale = boosters.get(tok_before)
                if scale:
                    v += math.copysign(scale * (1 - 0.05 * back) * 4 / 4, v) if v else 0
            if raw.isupper() and len(raw) > 2 and not text.isupper():
                v += math.copysign(0.733, v)
            preceding = [t for j, t in enumerate(tokens[max(0, i - 3) : i], max(0, i - 3)) if clause[j] == clause[i]]
            following = [t for j, t in enumerate(tokens[i + 1 : i + 2], i + 1) if clause[j] == clause[i]]
            window = preceding + following if lang in ("fr",) else preceding
            if any(t in negators for t in window):
                v *= -0.74
            sentiments.append(v)
        for phrase, v in lexicon.phrases.items():
            if phrase in folded:
                sentiments.append(v)
        for i, tok in enumerate(tokens):
            if tok in buts:
                sentiments = [s * 0.5 if j < i else s * 1.5 for j, s in enumerate(sentiments)]
                break
        return self._normalize(sum(sentiments), text)

    @staticmethod
    def _normalize(total: float, text: str) -> float:
        if total:
            total += math.copysign(min(text.count("!"), 4) * 0.292, total)
        return total / math.sqrt(total * total + 15) if total else 0.0
