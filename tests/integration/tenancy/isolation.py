from tests.conftest import unique_email
from tests.integration.isolation import Isolation


async def objects(client, owner, made):
    key = (await client.post("/v1/api-keys", headers=owner.headers, json={"name": "k", "scopes": ["chatbots:read"]})).json()
    invitation = (
        await client.post("/v1/invitations", headers=owner.headers, json={"email": unique_email(), "role": "operator"})
    ).json()
    return {"api_key_id": key["api_key"]["id"], "invitation_id": invitation["invitation"]["id"], "member_id": owner.user_id}


ISOLATION = Isolation(objects, write_bodies={"member_id": {"role": "operator"}})
