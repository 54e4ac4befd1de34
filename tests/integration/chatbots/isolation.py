from tests.integration.isolation import Isolation


async def objects(client, owner, made):
    chatbot = (await client.post("/v1/chatbots", headers=owner.headers, json={"name": "Private bot"})).json()
    return {"chatbot_id": chatbot["id"], "chatbot_public_id": chatbot["public_id"]}


ISOLATION = Isolation(objects, write_bodies={"chatbot_id": {"name": "stolen"}})
