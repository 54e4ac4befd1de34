from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_knowledge_gap import PageKnowledgeGap
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    chatbot_id: UUID,
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chatbots/{chatbot_id}/knowledge-gaps".format(chatbot_id=quote(str(chatbot_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageKnowledgeGap | Problem | None:
    if response.status_code == 200:
        response_200 = PageKnowledgeGap.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageKnowledgeGap | Problem]:
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
    cursor: None | str | Unset = UNSET,

) -> Response[PageKnowledgeGap | Problem]:
    """ ListKnowledgeGaps

     Questions the assistant could not answer from the knowledge, newest first.

    Args:
        chatbot_id (UUID):
        limit (int | Unset): How many, newest first Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageKnowledgeGap | Problem]
     """


    kwargs = _get_kwargs(
        chatbot_id=chatbot_id,
limit=limit,
cursor=cursor,

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
    cursor: None | str | Unset = UNSET,

) -> PageKnowledgeGap | Problem | None:
    """ ListKnowledgeGaps

     Questions the assistant could not answer from the knowledge, newest first.

    Args:
        chatbot_id (UUID):
        limit (int | Unset): How many, newest first Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageKnowledgeGap | Problem
     """


    return sync_detailed(
        chatbot_id=chatbot_id,
client=client,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    chatbot_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[PageKnowledgeGap | Problem]:
    """ ListKnowledgeGaps

     Questions the assistant could not answer from the knowledge, newest first.

    Args:
        chatbot_id (UUID):
        limit (int | Unset): How many, newest first Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageKnowledgeGap | Problem]
     """


    kwargs = _get_kwargs(
        chatbot_id=chatbot_id,
limit=limit,
cursor=cursor,

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
    cursor: None | str | Unset = UNSET,

) -> PageKnowledgeGap | Problem | None:
    """ ListKnowledgeGaps

     Questions the assistant could not answer from the knowledge, newest first.

    Args:
        chatbot_id (UUID):
        limit (int | Unset): How many, newest first Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageKnowledgeGap | Problem
     """


    return (await asyncio_detailed(
        chatbot_id=chatbot_id,
client=client,
limit=limit,
cursor=cursor,

    )).parsed
