import uuid

from tests.integration.conversations.helpers import make_chatbot, visitor
from tests.integration.isolation import Isolation
from tests.integration.payments.conftest import start_peer_once


async def objects(client, owner, made):
    """A connected Stripe integration and a payment request, both the owner's (the local Stripe peer is
    started once for the run if the payments tests have not started it)."""
    peer = start_peer_once()
    container = client._transport.app.state.container
    container.stripe_gateway.api_base = peer.url
    bot = await make_chatbot(client, owner)
    r = await client.post("/v1/integrations/stripe", headers=owner.headers,
                          json={"chatbot_id": bot.id, "secret_key": peer.key(), "webhook_secret": "whsec_" + uuid.uuid4().hex})
    assert r.status_code == 201, r.text
    integration = r.json()
    r = await client.put(f"/v1/integrations/stripe/{integration['id']}/catalogue", headers=owner.headers,
                         json={"ad_hoc": [{"currency": "eur", "min_amount": 100, "max_amount": 10000}]})
    assert r.status_code == 200, r.text
    session_id = (await visitor(client, bot))["session"]["id"]
    r = await client.post("/v1/payments", headers=owner.headers,
                          json={"conversation_id": session_id, "amount": 1000, "currency": "eur", "description": "Private fee"})
    assert r.status_code == 201, r.text
    return {"integration_id": integration["id"], "payment_id": r.json()["id"]}


ISOLATION = Isolation(
    objects,
    write_bodies={"integration_id": {"ad_hoc": []}, "payment_id": {"reason": "duplicate"}},
)
