from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.embed_code import EmbedCode
from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    chatbot_id: UUID,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chatbots/{chatbot_id}/embed".format(chatbot_id=quote(str(chatbot_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmbedCode | Problem | None:
    if response.status_code == 200:
        response_200 = EmbedCode.from_dict(response.json())



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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EmbedCode | Problem]:
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

) -> Response[EmbedCode | Problem]:
    """ GetEmbedCode

     The snippet to paste into a website (with a Subresource Integrity hash), how to install
    it, and a preview page served by the API. 503 while the widget is not built on this server.

    Args:
        chatbot_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbedCode | Problem]
     """


    kwargs = _get_kwargs(
        chatbot_id=chatbot_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    chatbot_id: UUID,
    *,
    client: AuthenticatedClient,

) -> EmbedCode | Problem | None:
    """ GetEmbedCode

     The snippet to paste into a website (with a Subresource Integrity hash), how to install
    it, and a preview page served by the API. 503 while the widget is not built on this server.

    Args:
        chatbot_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbedCode | Problem
     """


    return sync_detailed(
        chatbot_id=chatbot_id,
client=client,

    ).parsed

async def asyncio_detailed(
    chatbot_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[EmbedCode | Problem]:
    """ GetEmbedCode

     The snippet to paste into a website (with a Subresource Integrity hash), how to install
    it, and a preview page served by the API. 503 while the widget is not built on this server.

    Args:
        chatbot_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbedCode | Problem]
     """


    kwargs = _get_kwargs(
        chatbot_id=chatbot_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    chatbot_id: UUID,
    *,
    client: AuthenticatedClient,

) -> EmbedCode | Problem | None:
    """ GetEmbedCode

     The snippet to paste into a website (with a Subresource Integrity hash), how to install
    it, and a preview page served by the API. 503 while the widget is not built on this server.

    Args:
        chatbot_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbedCode | Problem
     """


    return (await asyncio_detailed(
        chatbot_id=chatbot_id,
client=client,

    )).parsed
