from tests.integration.isolation import Isolation


async def objects(client, owner, made):
    report = (await client.post("/v1/analytics/reports", headers=owner.headers, json={})).json()
    return {"report_id": report["id"]}


ISOLATION = Isolation(objects)
