from tests.integration.isolation import Isolation


async def objects(client, owner, made):
    source = (
        await client.post(
            f"/v1/chatbots/{made['chatbot_id']}/knowledge/sources",
            headers=owner.headers,
            json={"kind": "text", "name": "Private notes", "text": "private"},
        )
    ).json()
    return {"source_id": source["id"]}


ISOLATION = Isolation(objects, write_bodies={"source_id": {"name": "stolen"}})
