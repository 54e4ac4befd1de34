from domain.knowledge.language import guess_language


def test_guesses_common_languages_and_admits_doubt():
    assert guess_language("The order will be shipped to you in two days, and you can track it.") == "en"
    assert guess_language("Die Bestellung wird in zwei Tagen versandt und ist nicht teuer für uns.") == "de"
    assert guess_language("Votre commande est expédiée dans deux jours et vous pouvez la suivre sur le site.") == "fr"
    assert guess_language("El pedido se envía en dos días y usted puede seguirlo por la web.") == "es"
    assert guess_language("ok") is None
    assert guess_language("SKU-123 SKU-456 SKU-789 EAN 4006381333931") is None
