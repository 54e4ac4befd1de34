from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from typing import cast
from uuid import UUID



def _get_kwargs(
    public_id: str,
    attachment_id: UUID,
    *,
    x_visitor_token: str,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Visitor-Token"] = x_visitor_token



    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/widget/{public_id}/attachments/{attachment_id}".format(public_id=quote(str(public_id), safe=""),attachment_id=quote(str(attachment_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = cast(str, response.content)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    public_id: str,
    attachment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_visitor_token: str,

) -> Response[Problem | str]:
    """ Public: a file of the visitor's conversations

     Only the visitor whose conversation holds the file gets it (any other: 404).

    Args:
        public_id (str):
        attachment_id (UUID): An uploaded file's id
        x_visitor_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        public_id=public_id,
attachment_id=attachment_id,
x_visitor_token=x_visitor_token,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    public_id: str,
    attachment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_visitor_token: str,

) -> Problem | str | None:
    """ Public: a file of the visitor's conversations

     Only the visitor whose conversation holds the file gets it (any other: 404).

    Args:
        public_id (str):
        attachment_id (UUID): An uploaded file's id
        x_visitor_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return sync_detailed(
        public_id=public_id,
attachment_id=attachment_id,
client=client,
x_visitor_token=x_visitor_token,

    ).parsed

async def asyncio_detailed(
    public_id: str,
    attachment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_visitor_token: str,

) -> Response[Problem | str]:
    """ Public: a file of the visitor's conversations

     Only the visitor whose conversation holds the file gets it (any other: 404).

    Args:
        public_id (str):
        attachment_id (UUID): An uploaded file's id
        x_visitor_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        public_id=public_id,
attachment_id=attachment_id,
x_visitor_token=x_visitor_token,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    public_id: str,
    attachment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    x_visitor_token: str,

) -> Problem | str | None:
    """ Public: a file of the visitor's conversations

     Only the visitor whose conversation holds the file gets it (any other: 404).

    Args:
        public_id (str):
        attachment_id (UUID): An uploaded file's id
        x_visitor_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return (await asyncio_detailed(
        public_id=public_id,
attachment_id=attachment_id,
client=client,
x_visitor_token=x_visitor_token,

    )).parsed
