from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.handoff_list import HandoffList
from ...models.handoff_status import HandoffStatus
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    status: HandoffStatus | None | Unset = UNSET,
    mine: bool | Unset = False,
    tag: None | str | Unset = UNSET,
    snoozed: bool | Unset = False,

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
    elif isinstance(status, HandoffStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    params["mine"] = mine

    json_tag: None | str | Unset
    if isinstance(tag, Unset):
        json_tag = UNSET
    else:
        json_tag = tag
    params["tag"] = json_tag

    params["snoozed"] = snoozed


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/handoff/handoffs",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HandoffList | Problem | None:
    if response.status_code == 200:
        response_200 = HandoffList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HandoffList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    status: HandoffStatus | None | Unset = UNSET,
    mine: bool | Unset = False,
    tag: None | str | Unset = UNSET,
    snoozed: bool | Unset = False,

) -> Response[HandoffList | Problem]:
    """ The queue (status=queued, in order) or any handoffs

    Args:
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        status (HandoffStatus | None | Unset):
        mine (bool | Unset): Only those assigned to me Default: False.
        tag (None | str | Unset): Only conversations with this tag
        snoozed (bool | Unset): Only snoozed conversations (else they are left out until their
            time) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HandoffList | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
status=status,
mine=mine,
tag=tag,
snoozed=snoozed,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    status: HandoffStatus | None | Unset = UNSET,
    mine: bool | Unset = False,
    tag: None | str | Unset = UNSET,
    snoozed: bool | Unset = False,

) -> HandoffList | Problem | None:
    """ The queue (status=queued, in order) or any handoffs

    Args:
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        status (HandoffStatus | None | Unset):
        mine (bool | Unset): Only those assigned to me Default: False.
        tag (None | str | Unset): Only conversations with this tag
        snoozed (bool | Unset): Only snoozed conversations (else they are left out until their
            time) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HandoffList | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
status=status,
mine=mine,
tag=tag,
snoozed=snoozed,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    status: HandoffStatus | None | Unset = UNSET,
    mine: bool | Unset = False,
    tag: None | str | Unset = UNSET,
    snoozed: bool | Unset = False,

) -> Response[HandoffList | Problem]:
    """ The queue (status=queued, in order) or any handoffs

    Args:
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        status (HandoffStatus | None | Unset):
        mine (bool | Unset): Only those assigned to me Default: False.
        tag (None | str | Unset): Only conversations with this tag
        snoozed (bool | Unset): Only snoozed conversations (else they are left out until their
            time) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HandoffList | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
status=status,
mine=mine,
tag=tag,
snoozed=snoozed,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    status: HandoffStatus | None | Unset = UNSET,
    mine: bool | Unset = False,
    tag: None | str | Unset = UNSET,
    snoozed: bool | Unset = False,

) -> HandoffList | Problem | None:
    """ The queue (status=queued, in order) or any handoffs

    Args:
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        status (HandoffStatus | None | Unset):
        mine (bool | Unset): Only those assigned to me Default: False.
        tag (None | str | Unset): Only conversations with this tag
        snoozed (bool | Unset): Only snoozed conversations (else they are left out until their
            time) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HandoffList | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
status=status,
mine=mine,
tag=tag,
snoozed=snoozed,

    )).parsed
