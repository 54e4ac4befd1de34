from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.delivery_page import DeliveryPage
from ...models.delivery_status import DeliveryStatus
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    webhook_id: UUID,
    *,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    status: DeliveryStatus | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, DeliveryStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_event_type: None | str | Unset
    if isinstance(event_type, Unset):
        json_event_type = UNSET
    else:
        json_event_type = event_type
    params["event_type"] = json_event_type

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/webhooks/{webhook_id}/deliveries".format(webhook_id=quote(str(webhook_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeliveryPage | Problem | None:
    if response.status_code == 200:
        response_200 = DeliveryPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeliveryPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    status: DeliveryStatus | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,

) -> Response[DeliveryPage | Problem]:
    """ The delivery log: each message with every attempt (status, latency, first 2 KB of the answer, error)

    Args:
        webhook_id (UUID):
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        status (DeliveryStatus | None | Unset): Only deliveries in this status
        event_type (None | str | Unset): Only this event type
        since (datetime.datetime | None | Unset): Only deliveries created since

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryPage | Problem]
     """


    kwargs = _get_kwargs(
        webhook_id=webhook_id,
limit=limit,
cursor=cursor,
status=status,
event_type=event_type,
since=since,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    webhook_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    status: DeliveryStatus | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,

) -> DeliveryPage | Problem | None:
    """ The delivery log: each message with every attempt (status, latency, first 2 KB of the answer, error)

    Args:
        webhook_id (UUID):
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        status (DeliveryStatus | None | Unset): Only deliveries in this status
        event_type (None | str | Unset): Only this event type
        since (datetime.datetime | None | Unset): Only deliveries created since

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryPage | Problem
     """


    return sync_detailed(
        webhook_id=webhook_id,
client=client,
limit=limit,
cursor=cursor,
status=status,
event_type=event_type,
since=since,

    ).parsed

async def asyncio_detailed(
    webhook_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    status: DeliveryStatus | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,

) -> Response[DeliveryPage | Problem]:
    """ The delivery log: each message with every attempt (status, latency, first 2 KB of the answer, error)

    Args:
        webhook_id (UUID):
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        status (DeliveryStatus | None | Unset): Only deliveries in this status
        event_type (None | str | Unset): Only this event type
        since (datetime.datetime | None | Unset): Only deliveries created since

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryPage | Problem]
     """


    kwargs = _get_kwargs(
        webhook_id=webhook_id,
limit=limit,
cursor=cursor,
status=status,
event_type=event_type,
since=since,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    webhook_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    status: DeliveryStatus | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,

) -> DeliveryPage | Problem | None:
    """ The delivery log: each message with every attempt (status, latency, first 2 KB of the answer, error)

    Args:
        webhook_id (UUID):
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        status (DeliveryStatus | None | Unset): Only deliveries in this status
        event_type (None | str | Unset): Only this event type
        since (datetime.datetime | None | Unset): Only deliveries created since

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryPage | Problem
     """


    return (await asyncio_detailed(
        webhook_id=webhook_id,
client=client,
limit=limit,
cursor=cursor,
status=status,
event_type=event_type,
since=since,

    )).parsed
