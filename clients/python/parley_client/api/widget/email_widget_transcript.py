from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.transcript_request import TranscriptRequest
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    public_id: str,
    session_id: UUID,
    *,
    body: TranscriptRequest,
    x_visitor_token: str,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Visitor-Token"] = x_visitor_token

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/widget/{public_id}/sessions/{session_id}/transcript".format(public_id=quote(str(public_id), safe=""),session_id=quote(str(session_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None | Problem | None:
    if response.status_code == 202:
        response_202 = cast(None, response.json())
        return response_202

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None | Problem]:
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
    body: TranscriptRequest,
    x_visitor_token: str,
    idempotency_key: str | Unset = UNSET,

) -> Response[None | Problem]:
    """ Public: e-mail the conversation's transcript to the visitor

     Queued, then sent by a worker through the server's SMTP server; 503 when none is configured
    (the widget config's `transcript_by_email` says so beforehand).

    Args:
        public_id (str):
        session_id (UUID):
        x_visitor_token (str):
        idempotency_key (str | Unset):
        body (TranscriptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None | Problem]
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
    body: TranscriptRequest,
    x_visitor_token: str,
    idempotency_key: str | Unset = UNSET,

) -> None | Problem | None:
    """ Public: e-mail the conversation's transcript to the visitor

     Queued, then sent by a worker through the server's SMTP server; 503 when none is configured
    (the widget config's `transcript_by_email` says so beforehand).

    Args:
        public_id (str):
        session_id (UUID):
        x_visitor_token (str):
        idempotency_key (str | Unset):
        body (TranscriptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None | Problem
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
    body: TranscriptRequest,
    x_visitor_token: str,
    idempotency_key: str | Unset = UNSET,

) -> Response[None | Problem]:
    """ Public: e-mail the conversation's transcript to the visitor

     Queued, then sent by a worker through the server's SMTP server; 503 when none is configured
    (the widget config's `transcript_by_email` says so beforehand).

    Args:
        public_id (str):
        session_id (UUID):
        x_visitor_token (str):
        idempotency_key (str | Unset):
        body (TranscriptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None | Problem]
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
    body: TranscriptRequest,
    x_visitor_token: str,
    idempotency_key: str | Unset = UNSET,

) -> None | Problem | None:
    """ Public: e-mail the conversation's transcript to the visitor

     Queued, then sent by a worker through the server's SMTP server; 503 when none is configured
    (the widget config's `transcript_by_email` says so beforehand).

    Args:
        public_id (str):
        session_id (UUID):
        x_visitor_token (str):
        idempotency_key (str | Unset):
        body (TranscriptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None | Problem
     """


    return (await asyncio_detailed(
        public_id=public_id,
session_id=session_id,
client=client,
body=body,
x_visitor_token=x_visitor_token,
idempotency_key=idempotency_key,

    )).parsed
