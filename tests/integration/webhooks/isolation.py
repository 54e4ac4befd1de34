from tests.integration.isolation import Isolation


async def objects(client, owner, made):
    webhook = (await client.post("/v1/webhooks", headers=owner.headers, json={"url": "https://1.1.1.1/private"})).json()
    delivery = (await client.post(f"/v1/webhooks/{webhook['id']}/test", headers=owner.headers)).json()
    return {"webhook_id": webhook["id"], "delivery_id": delivery["delivery_id"]}


ISOLATION = Isolation(
    objects,
    write_bodies={"webhook_id": {"description": "stolen"}},
    path_bodies={"/v1/webhooks/{webhook_id}/recover": {"since": "2026-01-01T00:00:00Z"}},
)
