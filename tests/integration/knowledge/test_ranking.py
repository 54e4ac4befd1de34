"""Full-text ranking as a visitor notices it: in a short chat message the function words are part of
the question, in a long one they are not."""

from tests.integration.knowledge.conftest import add_and_ingest, search

STATUS = "Where is my order? Where is my package right now? Is my parcel on its way?"
PLACING = ("Order online: choose an item and order it. You can order by phone too. "
           "Orders placed before noon ship the same day. Order gift cards from the order page.")


async def test_a_short_message_is_ranked_by_its_function_words_too(client, container, tenant, chatbot):
    for name, text in (("Track your order", STATUS), ("Placing an order", PLACING)):
        await add_and_ingest(client, container, tenant, chatbot, {"kind": "text", "name": name, "text": text})
    top = (await search(client, tenant, chatbot, "where is my order", mode="text", k=2))["results"]
    assert top[0]["citation"]["title"] == "Track your order"  # "order" alone favours the other page


async def test_a_long_question_is_ranked_by_its_content_words(client, container, tenant, chatbot):
    for name, text in (("Track your order", STATUS), ("Placing an order", PLACING)):
        await add_and_ingest(client, container, tenant, chatbot, {"kind": "text", "name": name, "text": text})
    question = "Is it possible for me to order gift cards online from the order page before noon on my phone?"
    top = (await search(client, tenant, chatbot, question, mode="text", k=2))["results"]
    assert top[0]["citation"]["title"] == "Placing an order"


async def test_function_words_alone_find_nothing(client, container, tenant, chatbot):
    page = {"kind": "text", "name": "Payment", "text": "You can pay by card. Most of our customers do."}
    await add_and_ingest(client, container, tenant, chatbot, page)
    found = await search(client, tenant, chatbot, "Do you sell garden gnomes made of titanium?", mode="text", k=2)
    assert found["results"] == []  # "do", "you" and "of" are shared, nothing the question is about
