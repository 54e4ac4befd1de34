from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.breach_kind import BreachKind
from ...models.breach_list import BreachList
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    team_id: None | Unset | UUID = UNSET,
    kind: BreachKind | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_team_id: None | str | Unset
    if isinstance(team_id, Unset):
        json_team_id = UNSET
    elif isinstance(team_id, UUID):
        json_team_id = str(team_id)
    else:
        json_team_id = team_id
    params["team_id"] = json_team_id

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, BreachKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/handoff/breaches",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BreachList | Problem | None:
    if response.status_code == 200:
        response_200 = BreachList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BreachList | Problem]:
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
    team_id: None | Unset | UUID = UNSET,
    kind: BreachKind | None | Unset = UNSET,

) -> Response[BreachList | Problem]:
    """ Service levels missed: late first responses and escalation rules that fired (newest first)

    Args:
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        team_id (None | Unset | UUID):
        kind (BreachKind | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BreachList | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
team_id=team_id,
kind=kind,

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
    team_id: None | Unset | UUID = UNSET,
    kind: BreachKind | None | Unset = UNSET,

) -> BreachList | Problem | None:
    """ Service levels missed: late first responses and escalation rules that fired (newest first)

    Args:
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        team_id (None | Unset | UUID):
        kind (BreachKind | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BreachList | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
team_id=team_id,
kind=kind,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    team_id: None | Unset | UUID = UNSET,
    kind: BreachKind | None | Unset = UNSET,

) -> Response[BreachList | Problem]:
    """ Service levels missed: late first responses and escalation rules that fired (newest first)

    Args:
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        team_id (None | Unset | UUID):
        kind (BreachKind | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BreachList | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
team_id=team_id,
kind=kind,

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
    team_id: None | Unset | UUID = UNSET,
    kind: BreachKind | None | Unset = UNSET,

) -> BreachList | Problem | None:
    """ Service levels missed: late first responses and escalation rules that fired (newest first)

    Args:
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        team_id (None | Unset | UUID):
        kind (BreachKind | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BreachList | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
team_id=team_id,
kind=kind,

    )).parsed
