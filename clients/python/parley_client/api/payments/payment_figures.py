from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.payment_figures_list import PaymentFiguresList
from ...models.problem import Problem
from typing import cast
import datetime



def _get_kwargs(
    *,
    since: datetime.datetime,
    until: datetime.datetime,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_since = since.isoformat()
    params["since"] = json_since

    json_until = until.isoformat()
    params["until"] = json_until


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/payments/figures",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaymentFiguresList | Problem | None:
    if response.status_code == 200:
        response_200 = PaymentFiguresList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PaymentFiguresList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since: datetime.datetime,
    until: datetime.datetime,

) -> Response[PaymentFiguresList | Problem]:
    """ Revenue, requests, conversion, refunds and time to pay by chatbot, day (UTC) and currency

    Args:
        since (datetime.datetime): From (inclusive)
        until (datetime.datetime): To (exclusive)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentFiguresList | Problem]
     """


    kwargs = _get_kwargs(
        since=since,
until=until,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    since: datetime.datetime,
    until: datetime.datetime,

) -> PaymentFiguresList | Problem | None:
    """ Revenue, requests, conversion, refunds and time to pay by chatbot, day (UTC) and currency

    Args:
        since (datetime.datetime): From (inclusive)
        until (datetime.datetime): To (exclusive)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentFiguresList | Problem
     """


    return sync_detailed(
        client=client,
since=since,
until=until,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since: datetime.datetime,
    until: datetime.datetime,

) -> Response[PaymentFiguresList | Problem]:
    """ Revenue, requests, conversion, refunds and time to pay by chatbot, day (UTC) and currency

    Args:
        since (datetime.datetime): From (inclusive)
        until (datetime.datetime): To (exclusive)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentFiguresList | Problem]
     """


    kwargs = _get_kwargs(
        since=since,
until=until,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    since: datetime.datetime,
    until: datetime.datetime,

) -> PaymentFiguresList | Problem | None:
    """ Revenue, requests, conversion, refunds and time to pay by chatbot, day (UTC) and currency

    Args:
        since (datetime.datetime): From (inclusive)
        until (datetime.datetime): To (exclusive)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentFiguresList | Problem
     """


    return (await asyncio_detailed(
        client=client,
since=since,
until=until,

    )).parsed
