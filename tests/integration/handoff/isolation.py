from tests.integration.isolation import Isolation

CONVERSATION = "/v1/handoff/conversations/{conversation_id}"


async def objects(client, owner, made):
    conversation_id = made["session_id"]
    taken = (await client.post(f"{CONVERSATION.format(conversation_id=conversation_id)}/take", headers=owner.headers)).json()
    team = (await client.post("/v1/handoff/teams", headers=owner.headers, json={"name": "Private team"})).json()
    canned = (await client.post("/v1/handoff/canned-responses", headers=owner.headers,
                                json={"shortcut": "private", "body": "Private"})).json()
    tagged = await client.post(f"{CONVERSATION.format(conversation_id=conversation_id)}/tags", headers=owner.headers,
                               json={"tags": ["private-tag"]})
    assert tagged.status_code == 200, tagged.text
    return {"conversation_id": conversation_id, "handoff_id": taken["id"], "team_id": team["id"], "canned_id": canned["id"],
            "tag": "private-tag"}


ISOLATION = Isolation(
    objects,
    write_bodies={"conversation_id": {}, "team_id": {"name": "stolen"}},
    path_bodies={
        "/v1/handoff/settings/{chatbot_id}": {},
        f"{CONVERSATION}/transfer": {"to_team_id": "01a24502-c381-74f3-a752-ad549eb0e3ea"},
        f"{CONVERSATION}/priority": {"priority": 1},
        f"{CONVERSATION}/reply": {"content": "stolen"},
        f"{CONVERSATION}/expand": {"content": "/private"},
        f"{CONVERSATION}/notes": {"body": "stolen"},
        f"{CONVERSATION}/tags": {"tags": ["stolen"]},
        f"{CONVERSATION}/snooze": {"until": "2099-01-01T00:00:00Z"},
    },
)
