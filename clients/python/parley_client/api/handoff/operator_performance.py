from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.performance_report import PerformanceReport
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    *,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    operator_id: None | Unset | UUID = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    json_operator_id: None | str | Unset
    if isinstance(operator_id, Unset):
        json_operator_id = UNSET
    elif isinstance(operator_id, UUID):
        json_operator_id = str(operator_id)
    else:
        json_operator_id = operator_id
    params["operator_id"] = json_operator_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/handoff/performance",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PerformanceReport | Problem | None:
    if response.status_code == 200:
        response_200 = PerformanceReport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PerformanceReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    operator_id: None | Unset | UUID = UNSET,

) -> Response[PerformanceReport | Problem]:
    """ Per operator and day: chats handled, first-response / response / handle times, resolutions, CSAT

    Args:
        from_ (datetime.date | None | Unset): First UTC day (default: 6 days before `to`)
        to (datetime.date | None | Unset): Last UTC day, included (default: today)
        operator_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PerformanceReport | Problem]
     """


    kwargs = _get_kwargs(
        from_=from_,
to=to,
operator_id=operator_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    operator_id: None | Unset | UUID = UNSET,

) -> PerformanceReport | Problem | None:
    """ Per operator and day: chats handled, first-response / response / handle times, resolutions, CSAT

    Args:
        from_ (datetime.date | None | Unset): First UTC day (default: 6 days before `to`)
        to (datetime.date | None | Unset): Last UTC day, included (default: today)
        operator_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PerformanceReport | Problem
     """


    return sync_detailed(
        client=client,
from_=from_,
to=to,
operator_id=operator_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    operator_id: None | Unset | UUID = UNSET,

) -> Response[PerformanceReport | Problem]:
    """ Per operator and day: chats handled, first-response / response / handle times, resolutions, CSAT

    Args:
        from_ (datetime.date | None | Unset): First UTC day (default: 6 days before `to`)
        to (datetime.date | None | Unset): Last UTC day, included (default: today)
        operator_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PerformanceReport | Problem]
     """


    kwargs = _get_kwargs(
        from_=from_,
to=to,
operator_id=operator_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    operator_id: None | Unset | UUID = UNSET,

) -> PerformanceReport | Problem | None:
    """ Per operator and day: chats handled, first-response / response / handle times, resolutions, CSAT

    Args:
        from_ (datetime.date | None | Unset): First UTC day (default: 6 days before `to`)
        to (datetime.date | None | Unset): Last UTC day, included (default: today)
        operator_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PerformanceReport | Problem
     """


    return (await asyncio_detailed(
        client=client,
from_=from_,
to=to,
operator_id=operator_id,

    )).parsed
