"""A question in one language against knowledge written in another: with a model, the question is
translated into the chatbot's main language for the search, and those passages reach the model first."""

from __future__ import annotations

from uuid import UUID

from tests.integration.assistant.conftest import SHIPPING_EN, add_text, chat
from tests.integration.assistant.llm_server import Script
from tests.integration.assistant.test_remote_models_and_bad_input import claude_bot, llm  # noqa: F401 (fixtures)

PAGES = {
    "Opening hours": "Our shop opens at 9 and closes at 18 on weekdays. On Saturdays we close at 14.",
    "Gift cards": "Gift cards are sold in the shop and online, from 10 to 200 euros, and never expire.",
    "Careers": "We hire developers and designers. Send your application with a short letter.",
}


async def test_a_german_question_finds_english_knowledge_through_the_models_translation(
    client, container, tenant, claude_bot, llm, replies  # noqa: F811
):
    await client.patch(f"/v1/chatbots/{claude_bot.id}", json={"languages": ["en", "de"]}, headers=tenant.headers)
    await add_text(client, container, tenant, claude_bot.id, "Shipping", SHIPPING_EN, "en")
    for title, text in PAGES.items():
        await add_text(client, container, tenant, claude_bot.id, title, text, "en")
    llm.scripts = [
        Script(text="How long does standard delivery take?", input_tokens=40, output_tokens=8),
        Script(text="Die Standardlieferung dauert 3 bis 5 Werktage [1]."),
    ]
    c = await chat(client, claude_bot)
    await c.say("Wie lange dauert die Standardlieferung?", replies)

    translation = llm.requests[0]["body"]
    assert "Translate" in translation["system"][0]["text"] and "into English" in translation["system"][0]["text"]
    assert "Wie lange dauert die Standardlieferung?" in translation["messages"][0]["content"][0]["text"]
    answer_system = " ".join(block["text"] for block in llm.requests[1]["body"]["system"])
    assert '<passage n="1" title="Shipping"' in answer_system
    reply = await c.last_reply()
    assert reply["content"] == "Die Standardlieferung dauert 3 bis 5 Werktage [1]."
    assert reply["data"]["citations"][0]["title"] == "Shipping"
    usage = await container.assistant_store.usage(UUID(tenant.id))
    assert usage["calls"] == 2  # the translation is charged like any model call


async def test_a_question_in_the_main_language_is_not_translated(client, claude_bot, llm, replies):  # noqa: F811
    llm.scripts = [Script(text="Refunds are available within 30 days [1].")]
    c = await chat(client, claude_bot)
    await c.say("How long do I have to ask for a refund?", replies)
    assert len(llm.requests) == 1 and "Translate" not in llm.requests[0]["body"]["system"][0]["text"]
