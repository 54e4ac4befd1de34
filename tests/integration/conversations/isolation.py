from tests.integration.isolation import Isolation

UPLOAD = "/v1/conversations/{session_id}/attachments"
FILES = {"file": ("private.txt", b"private", "text/plain")}


async def objects(client, owner, made):
    session = (await client.post(f"/v1/widget/{made['chatbot_public_id']}/sessions", json={})).json()
    session_id = session["session"]["id"]
    attachment = (await client.post(f"/v1/conversations/{session_id}/attachments", headers=owner.headers, files=FILES)).json()
    return {"session_id": session_id, "attachment_id": attachment["id"]}


ISOLATION = Isolation(objects, write_bodies={"session_id": {"rating": 1}}, path_files={UPLOAD: FILES})
