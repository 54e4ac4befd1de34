from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    public_id: str,
    session_id: UUID,
    *,
    token: str,
    after_seq: int | Unset = 0,
    last_event_id: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id



    

    params: dict[str, Any] = {}

    params["token"] = token

    params["after_seq"] = after_seq


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/widget/{public_id}/sessions/{session_id}/stream".format(public_id=quote(str(public_id), safe=""),session_id=quote(str(session_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 200:
        response_200 = response.json()
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
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
    token: str,
    after_seq: int | Unset = 0,
    last_event_id: None | str | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Public: a conversation's events as Server-Sent Events (fallback when WebSockets are blocked)

     Every event with seq > after_seq (or > Last-Event-ID on the browser's automatic reconnect),
    then live ones; each SSE `id` is the event's seq, `event` its type, `data` the WebSocket frame.
    A comment every 15 s keeps proxies from closing an idle stream.

    Args:
        public_id (str):
        session_id (UUID):
        token (str): The visitor token (EventSource cannot send headers)
        after_seq (int | Unset): Only events with a greater seq Default: 0.
        last_event_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        public_id=public_id,
session_id=session_id,
token=token,
after_seq=after_seq,
last_event_id=last_event_id,

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
    token: str,
    after_seq: int | Unset = 0,
    last_event_id: None | str | Unset = UNSET,

) -> Any | Problem | None:
    """ Public: a conversation's events as Server-Sent Events (fallback when WebSockets are blocked)

     Every event with seq > after_seq (or > Last-Event-ID on the browser's automatic reconnect),
    then live ones; each SSE `id` is the event's seq, `event` its type, `data` the WebSocket frame.
    A comment every 15 s keeps proxies from closing an idle stream.

    Args:
        public_id (str):
        session_id (UUID):
        token (str): The visitor token (EventSource cannot send headers)
        after_seq (int | Unset): Only events with a greater seq Default: 0.
        last_event_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return sync_detailed(
        public_id=public_id,
session_id=session_id,
client=client,
token=token,
after_seq=after_seq,
last_event_id=last_event_id,

    ).parsed

async def asyncio_detailed(
    public_id: str,
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    token: str,
    after_seq: int | Unset = 0,
    last_event_id: None | str | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Public: a conversation's events as Server-Sent Events (fallback when WebSockets are blocked)

     Every event with seq > after_seq (or > Last-Event-ID on the browser's automatic reconnect),
    then live ones; each SSE `id` is the event's seq, `event` its type, `data` the WebSocket frame.
    A comment every 15 s keeps proxies from closing an idle stream.

    Args:
        public_id (str):
        session_id (UUID):
        token (str): The visitor token (EventSource cannot send headers)
        after_seq (int | Unset): Only events with a greater seq Default: 0.
        last_event_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        public_id=public_id,
session_id=session_id,
token=token,
after_seq=after_seq,
last_event_id=last_event_id,

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
    token: str,
    after_seq: int | Unset = 0,
    last_event_id: None | str | Unset = UNSET,

) -> Any | Problem | None:
    """ Public: a conversation's events as Server-Sent Events (fallback when WebSockets are blocked)

     Every event with seq > after_seq (or > Last-Event-ID on the browser's automatic reconnect),
    then live ones; each SSE `id` is the event's seq, `event` its type, `data` the WebSocket frame.
    A comment every 15 s keeps proxies from closing an idle stream.

    Args:
        public_id (str):
        session_id (UUID):
        token (str): The visitor token (EventSource cannot send headers)
        after_seq (int | Unset): Only events with a greater seq Default: 0.
        last_event_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return (await asyncio_detailed(
        public_id=public_id,
session_id=session_id,
client=client,
token=token,
after_seq=after_seq,
last_event_id=last_event_id,

    )).parsed
