from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.contact_leave import ContactLeave
from ...models.contact_left import ContactLeft
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    public_id: str,
    session_id: UUID,
    *,
    body: ContactLeave,
    x_visitor_token: str,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Visitor-Token"] = x_visitor_token

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/widget/{public_id}/sessions/{session_id}/contact".format(public_id=quote(str(public_id), safe=""),session_id=quote(str(session_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactLeft | Problem | None:
    if response.status_code == 201:
        response_201 = ContactLeft.from_dict(response.json())



        return response_201

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContactLeft | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    public_id: str,
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ContactLeave,
    x_visitor_token: str,
    idempotency_key: str | Unset = UNSET,

) -> Response[ContactLeft | Problem]:
    """ Public: while nobody can take the chat, the visitor leaves an e-mail address (the team is told)

     409 when the conversation is not waiting in the queue (a person has it, or it is with the AI).

    Args:
        public_id (str):
        session_id (UUID):
        x_visitor_token (str):
        idempotency_key (str | Unset):
        body (ContactLeave):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactLeft | Problem]
     """


    kwargs = _get_kwargs(
        public_id=public_id,
session_id=session_id,
body=body,
x_visitor_token=x_visitor_token,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    public_id: str,
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ContactLeave,
    x_visitor_token: str,
    idempotency_key: str | Unset = UNSET,

) -> ContactLeft | Problem | None:
    """ Public: while nobody can take the chat, the visitor leaves an e-mail address (the team is told)

     409 when the conversation is not waiting in the queue (a person has it, or it is with the AI).

    Args:
        public_id (str):
        session_id (UUID):
        x_visitor_token (str):
        idempotency_key (str | Unset):
        body (ContactLeave):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactLeft | Problem
     """


    return sync_detailed(
        public_id=public_id,
session_id=session_id,
client=client,
body=body,
x_visitor_token=x_visitor_token,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    public_id: str,
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ContactLeave,
    x_visitor_token: str,
    idempotency_key: str | Unset = UNSET,

) -> Response[ContactLeft | Problem]:
    """ Public: while nobody can take the chat, the visitor leaves an e-mail address (the team is told)

     409 when the conversation is not waiting in the queue (a person has it, or it is with the AI).

    Args:
        public_id (str):
        session_id (UUID):
        x_visitor_token (str):
        idempotency_key (str | Unset):
        body (ContactLeave):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactLeft | Problem]
     """


    kwargs = _get_kwargs(
        public_id=public_id,
session_id=session_id,
body=body,
x_visitor_token=x_visitor_token,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    public_id: str,
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ContactLeave,
    x_visitor_token: str,
    idempotency_key: str | Unset = UNSET,

) -> ContactLeft | Problem | None:
    """ Public: while nobody can take the chat, the visitor leaves an e-mail address (the team is told)

     409 when the conversation is not waiting in the queue (a person has it, or it is with the AI).

    Args:
        public_id (str):
        session_id (UUID):
        x_visitor_token (str):
        idempotency_key (str | Unset):
        body (ContactLeave):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactLeft | Problem
     """


    return (await asyncio_detailed(
        public_id=public_id,
session_id=session_id,
client=client,
body=body,
x_visitor_token=x_visitor_token,
idempotency_key=idempotency_key,

    )).parsed
