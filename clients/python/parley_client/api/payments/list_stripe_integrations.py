from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.integration_list import IntegrationList
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    *,
    chatbot_id: None | Unset | UUID = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_chatbot_id: None | str | Unset
    if isinstance(chatbot_id, Unset):
        json_chatbot_id = UNSET
    elif isinstance(chatbot_id, UUID):
        json_chatbot_id = str(chatbot_id)
    else:
        json_chatbot_id = chatbot_id
    params["chatbot_id"] = json_chatbot_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/integrations/stripe",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IntegrationList | Problem | None:
    if response.status_code == 200:
        response_200 = IntegrationList.from_dict(response.json())



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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IntegrationList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    chatbot_id: None | Unset | UUID = UNSET,

) -> Response[IntegrationList | Problem]:
    """ ListStripeIntegrations

    Args:
        chatbot_id (None | Unset | UUID): Only this chatbot's

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationList | Problem]
     """


    kwargs = _get_kwargs(
        chatbot_id=chatbot_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    chatbot_id: None | Unset | UUID = UNSET,

) -> IntegrationList | Problem | None:
    """ ListStripeIntegrations

    Args:
        chatbot_id (None | Unset | UUID): Only this chatbot's

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationList | Problem
     """


    return sync_detailed(
        client=client,
chatbot_id=chatbot_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    chatbot_id: None | Unset | UUID = UNSET,

) -> Response[IntegrationList | Problem]:
    """ ListStripeIntegrations

    Args:
        chatbot_id (None | Unset | UUID): Only this chatbot's

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationList | Problem]
     """


    kwargs = _get_kwargs(
        chatbot_id=chatbot_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    chatbot_id: None | Unset | UUID = UNSET,

) -> IntegrationList | Problem | None:
    """ ListStripeIntegrations

    Args:
        chatbot_id (None | Unset | UUID): Only this chatbot's

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationList | Problem
     """


    return (await asyncio_detailed(
        client=client,
chatbot_id=chatbot_id,

    )).parsed
