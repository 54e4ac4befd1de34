from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.handoff_settings import HandoffSettings
from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    chatbot_id: UUID,
    *,
    body: HandoffSettings,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/handoff/settings/{chatbot_id}".format(chatbot_id=quote(str(chatbot_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HandoffSettings | Problem | None:
    if response.status_code == 200:
        response_200 = HandoffSettings.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HandoffSettings | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chatbot_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HandoffSettings,

) -> Response[HandoffSettings | Problem]:
    """ Set a chatbot's escalation rules

    Args:
        chatbot_id (UUID):
        body (HandoffSettings):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HandoffSettings | Problem]
     """


    kwargs = _get_kwargs(
        chatbot_id=chatbot_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    chatbot_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HandoffSettings,

) -> HandoffSettings | Problem | None:
    """ Set a chatbot's escalation rules

    Args:
        chatbot_id (UUID):
        body (HandoffSettings):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HandoffSettings | Problem
     """


    return sync_detailed(
        chatbot_id=chatbot_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    chatbot_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HandoffSettings,

) -> Response[HandoffSettings | Problem]:
    """ Set a chatbot's escalation rules

    Args:
        chatbot_id (UUID):
        body (HandoffSettings):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HandoffSettings | Problem]
     """


    kwargs = _get_kwargs(
        chatbot_id=chatbot_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    chatbot_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HandoffSettings,

) -> HandoffSettings | Problem | None:
    """ Set a chatbot's escalation rules

    Args:
        chatbot_id (UUID):
        body (HandoffSettings):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HandoffSettings | Problem
     """


    return (await asyncio_detailed(
        chatbot_id=chatbot_id,
client=client,
body=body,

    )).parsed
