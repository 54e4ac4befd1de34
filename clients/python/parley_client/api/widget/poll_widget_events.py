from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.event_batch import EventBatch
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    public_id: str,
    session_id: UUID,
    *,
    after_seq: int | Unset = 0,
    wait: int | Unset = 25,
    x_visitor_token: str,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Visitor-Token"] = x_visitor_token



    

    params: dict[str, Any] = {}

    params["after_seq"] = after_seq

    params["wait"] = wait


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/widget/{public_id}/sessions/{session_id}/events".format(public_id=quote(str(public_id), safe=""),session_id=quote(str(session_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EventBatch | Problem | None:
    if response.status_code == 200:
        response_200 = EventBatch.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EventBatch | Problem]:
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
    after_seq: int | Unset = 0,
    wait: int | Unset = 25,
    x_visitor_token: str,

) -> Response[EventBatch | Problem]:
    """ Public: long-poll a conversation's events (fallback when WebSockets are blocked)

     Returns at once when events after `after_seq` exist, else waits up to `wait` seconds for one.
    The events are the same frames the WebSocket sends.

    Args:
        public_id (str):
        session_id (UUID):
        after_seq (int | Unset): Only events with a greater seq Default: 0.
        wait (int | Unset): Seconds to wait for a new event Default: 25.
        x_visitor_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventBatch | Problem]
     """


    kwargs = _get_kwargs(
        public_id=public_id,
session_id=session_id,
after_seq=after_seq,
wait=wait,
x_visitor_token=x_visitor_token,

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
    after_seq: int | Unset = 0,
    wait: int | Unset = 25,
    x_visitor_token: str,

) -> EventBatch | Problem | None:
    """ Public: long-poll a conversation's events (fallback when WebSockets are blocked)

     Returns at once when events after `after_seq` exist, else waits up to `wait` seconds for one.
    The events are the same frames the WebSocket sends.

    Args:
        public_id (str):
        session_id (UUID):
        after_seq (int | Unset): Only events with a greater seq Default: 0.
        wait (int | Unset): Seconds to wait for a new event Default: 25.
        x_visitor_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventBatch | Problem
     """


    return sync_detailed(
        public_id=public_id,
session_id=session_id,
client=client,
after_seq=after_seq,
wait=wait,
x_visitor_token=x_visitor_token,

    ).parsed

async def asyncio_detailed(
    public_id: str,
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    after_seq: int | Unset = 0,
    wait: int | Unset = 25,
    x_visitor_token: str,

) -> Response[EventBatch | Problem]:
    """ Public: long-poll a conversation's events (fallback when WebSockets are blocked)

     Returns at once when events after `after_seq` exist, else waits up to `wait` seconds for one.
    The events are the same frames the WebSocket sends.

    Args:
        public_id (str):
        session_id (UUID):
        after_seq (int | Unset): Only events with a greater seq Default: 0.
        wait (int | Unset): Seconds to wait for a new event Default: 25.
        x_visitor_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventBatch | Problem]
     """


    kwargs = _get_kwargs(
        public_id=public_id,
session_id=session_id,
after_seq=after_seq,
wait=wait,
x_visitor_token=x_visitor_token,

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
    after_seq: int | Unset = 0,
    wait: int | Unset = 25,
    x_visitor_token: str,

) -> EventBatch | Problem | None:
    """ Public: long-poll a conversation's events (fallback when WebSockets are blocked)

     Returns at once when events after `after_seq` exist, else waits up to `wait` seconds for one.
    The events are the same frames the WebSocket sends.

    Args:
        public_id (str):
        session_id (UUID):
        after_seq (int | Unset): Only events with a greater seq Default: 0.
        wait (int | Unset): Seconds to wait for a new event Default: 25.
        x_visitor_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventBatch | Problem
     """


    return (await asyncio_detailed(
        public_id=public_id,
session_id=session_id,
client=client,
after_seq=after_seq,
wait=wait,
x_visitor_token=x_visitor_token,

    )).parsed
