"""The offline NLP adapters and the offline responder, without the network or downloaded weights."""

from __future__ import annotations

import uuid

import pytest

from domain.assistant.model import Grounding, ModelRequest, TextDelta, ToolUseEvent, Turn
from domain.assistant.tools import CAPTURE_LEAD, HANDOFF
from domain.knowledge.model import Passage
from infrastructure.llm.offline import OfflineResponder
from infrastructure.nlp.intents import ExampleIntentClassifier
from infrastructure.nlp.language import LinguaDetector
from infrastructure.nlp.sentiment import MultilingualSentiment


@pytest.mark.parametrize(("text", "language", "sign"), [
    ("Le service est vraiment excellent, merci !", "fr", 1),
    ("C'est nul, je suis très déçu.", "fr", -1),
    ("Ce n'est pas bon du tout", "fr", -1),
    ("El servicio es excelente, muchas gracias", "es", 1),
    ("Es una estafa, estoy muy enfadado", "es", -1),
    ("Das ist eine Frechheit, ich bin sehr unzufrieden", "de", -1),
    ("Alles super, danke!", "de", 1),
    ("Ottimo servizio, grazie", "it", 1),
    ("Péssimo atendimento, estou muito insatisfeito", "pt", -1),
    ("This is terrible, I want my money back", "en", -1),
    ("Thanks, that was really helpful!", "en", 1),
])
def test_sentiment_is_not_zero_outside_english(text, language, sign):
    score = MultilingualSentiment().analyze(text, language).score
    assert score * sign > 0.2, score


def test_language_detection_is_restricted_and_reports_foreign_scripts():
    d = LinguaDetector()
    assert d.detect("Quelle est votre politique de remboursement ?", ["en", "fr"])[0] == "fr"
    assert d.detect("What is your refund policy?", ["en", "fr"])[0] == "en"
    assert d.detect("¿Cuál es su política de reembolso?", ["es", "en", "de"])[0] == "es"
    assert d.detect("返金ポリシーは何ですか", ["en", "fr"])[0] == "ja"
    assert d.detect("Какова ваша политика возврата?", ["en"])[0] == "ru"
    assert d.detect("Какова ваша политика возврата?", ["ru", "en"])[0] == "ru"
    assert d.detect("???", ["en"])[0] is None


def test_short_messages_follow_the_sessions_language_and_unspoken_languages_are_reported():
    d = LinguaDetector()
    languages = ["en", "de", "fr", "es", "it", "pt", "nl"]
    assert d.detect("Ok, and the price?", languages, prior="en")[0] == "en"
    assert d.detect("Y el precio?", languages, prior="es")[0] == "es"
    assert d.detect("Wie viel kostet das?", languages, prior="en")[0] == "de"  # clear text beats the prior
    assert d.detect("Jeg har et spørgsmål om min ordre", languages, prior="en")[0] == "da"  # not mistaken for nl/de
    assert d.detect("Mam pytanie o zamówienie", ["en", "de"], prior="en")[0] == "pl"


def test_builtin_intents_in_several_languages():
    c = ExampleIntentClassifier()
    cases = {
        "I want to talk to a person": "talk_to_human", "je veux parler à quelqu'un": "talk_to_human",
        "quiero hablar con una persona": "talk_to_human", "hello": "greeting", "bonjour": "greeting",
        "How much does the pro plan cost?": "pricing", "Can I book a demo next week?": "book_meeting",
        "This is unacceptable, my order never arrived!": "complaint", "bye, thanks": "goodbye",
        "I want to buy two licenses": "purchase",
    }
    for text, intent in cases.items():
        assert c.classify(text, "en").intent == intent, text


def _passage(title: str, text: str, language: str) -> Passage:
    return Passage(chunk_id=uuid.uuid4(), source_id=uuid.uuid4(), document_id=uuid.uuid4(), text=text, title=title,
                   url=None, heading_path=[], language=language, text_rank=1)


async def _run(grounding: Grounding, turns=None, tools=(HANDOFF, CAPTURE_LEAD)):
    request = ModelRequest("s", "d", turns or [Turn(role="user", text=grounding.question)], list(tools), grounding=grounding)
    return [e async for e in OfflineResponder().stream(request)]


async def test_offline_responder_answers_in_the_visitors_language_with_citations():
    passages = [
        _passage("Refund policy", "Refunds are available within 30 days of purchase. Contact billing.", "en"),
        _passage("Politique de remboursement", "Les remboursements sont possibles dans les 30 jours suivant l'achat.", "fr"),
    ]
    events = await _run(Grounding("Quelle est votre politique de remboursement ?", "fr", "question", passages))
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert "30 jours" in text and "Refunds" not in text
    assert "Source" not in text  # cited once: as the reply's citations, not inline as well
    assert events[-1].citations == (2,) and events[-1].stop_reason == "end_turn"

    events = await _run(Grounding("Do you repair bicycles?", "en", "question", passages))
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert text.startswith("I'm sorry, I don't know") and events[-1].stop_reason == "no_answer"


async def test_offline_responder_drives_tools_by_intent():
    events = await _run(Grounding("I want to talk to a person", "en", "talk_to_human"))
    assert isinstance(events[0], ToolUseEvent) and events[0].call.name == "handoff_to_human"
    events = await _run(Grounding("Book a demo please, ada@example.org", "en", "book_meeting", facts={"email": "ada@example.org"},
                                  lead_offered=True))
    assert events[0].call.name == "capture_lead" and events[0].call.arguments["email"] == "ada@example.org"
    after = [Turn(role="user", text="x"), Turn(role="assistant", tool_calls=[events[0].call]),
             Turn(role="user", tool_results=[(events[0].call.id, "Saved.", False)])]
    events = await _run(Grounding("Book a demo please, ada@example.org", "de", "book_meeting"), turns=after)
    assert "Kontaktdaten gespeichert" in "".join(e.text for e in events if isinstance(e, TextDelta))


async def test_offline_responder_says_the_answer_once_without_unrelated_sentences():
    page = ("Returns\nYou have 30 days from delivery to return an item.Refunds are paid to the original payment method. "
            "Our office dog is called Rex.")
    twice = [_passage("Returns", page, "en"), _passage("Returns", page, "en")]
    for p in twice:
        p.dense_score = 0.6
    events = await _run(Grounding("How long do I have to return an item?", "en", "question", twice))
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert text.count("30 days") == 1  # the same page arrived twice
    assert not text.startswith("Returns")  # the title is not an answer
    assert "Rex" not in text  # shares no word with the question
    assert events[-1].citations == (1,) and events[-1].stop_reason == "end_turn"


async def test_offline_responder_says_steps_after_their_introduction():
    passage = _passage("Invoices", "To download an invoice:\nGo to Billing.\nClick Download next to the invoice.", "en")
    passage.dense_score = 0.5
    events = await _run(Grounding("How do I download an invoice?", "en", "question", [passage]))
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert text == "To download an invoice: Go to Billing. Click Download next to the invoice."


async def test_offline_responder_declines_below_the_calibrated_similarity():
    passage = _passage("Invoices", "Invoices are sent by email every month.", "en")
    passage.dense_score = 0.12  # found by a shared word only, far from the question
    events = await _run(Grounding("When are invoices sent to the moon?", "en", "question", [passage]))
    assert events[-1].stop_reason == "no_answer"


@pytest.mark.parametrize(("text", "language", "sign"), [
    ("Ich will sofort mein Geld zurück", "de", -1),
    ("Problem gelöst, vielen lieben Dank!", "de", 1),
    ("Quiero que me devuelvan mi dinero ya.", "es", -1),
    ("Nada funciona, estou farto.", "pt", -1),  # "nada" negates its own clause, not "farto"
    ("I want my money back right now.", "en", -1),
])
def test_complaints_and_thanks_without_classic_sentiment_words(text, language, sign):
    assert MultilingualSentiment().analyze(text, language).score * sign > 0.05


def test_sentiment_on_the_committed_customer_messages():
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "bench" / "data" / "sentiment_messages.tsv"
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    analyzer = MultilingualSentiment()
    right = sum((analyzer.analyze(r["text"], r["lang"]).score * (1 if r["label"] == "positive" else -1)) > 0.05 for r in rows)
    assert right / len(rows) >= 0.85, right / len(rows)
