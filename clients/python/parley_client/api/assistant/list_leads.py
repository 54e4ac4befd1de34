from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.lead import Lead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    chatbot_id: UUID,
    *,
    limit: int | Unset = 50,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chatbots/{chatbot_id}/leads".format(chatbot_id=quote(str(chatbot_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[Lead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = Lead.from_dict(response_200_item_data)



            response_200.append(response_200_item)

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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[Lead]]:
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
    limit: int | Unset = 50,

) -> Response[Problem | list[Lead]]:
    """ ListLeads

     Contact details visitors left through the assistant, newest first.

    Args:
        chatbot_id (UUID):
        limit (int | Unset): How many, newest first Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Lead]]
     """


    kwargs = _get_kwargs(
        chatbot_id=chatbot_id,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    chatbot_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,

) -> Problem | list[Lead] | None:
    """ ListLeads

     Contact details visitors left through the assistant, newest first.

    Args:
        chatbot_id (UUID):
        limit (int | Unset): How many, newest first Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Lead]
     """


    return sync_detailed(
        chatbot_id=chatbot_id,
client=client,
limit=limit,

    ).parsed

async def asyncio_detailed(
    chatbot_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,

) -> Response[Problem | list[Lead]]:
    """ ListLeads

     Contact details visitors left through the assistant, newest first.

    Args:
        chatbot_id (UUID):
        limit (int | Unset): How many, newest first Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Lead]]
     """


    kwargs = _get_kwargs(
        chatbot_id=chatbot_id,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    chatbot_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,

) -> Problem | list[Lead] | None:
    """ ListLeads

     Contact details visitors left through the assistant, newest first.

    Args:
        chatbot_id (UUID):
        limit (int | Unset): How many, newest first Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Lead]
     """


    return (await asyncio_detailed(
        chatbot_id=chatbot_id,
client=client,
limit=limit,

    )).parsed
