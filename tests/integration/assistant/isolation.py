from tests.integration.isolation import Isolation


async def objects(client, owner, made):
    return {}  # the assistant's endpoints address the chatbot


ISOLATION = Isolation(
    objects,
    path_bodies={
        "/v1/chatbots/{chatbot_id}/intents:classify": {"text": "hello"},
        "/v1/chatbots/{chatbot_id}/assistant": {"decline_policy": "general"},
    },
)
