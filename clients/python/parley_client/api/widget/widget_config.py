from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.widget_config import WidgetConfig
from typing import cast



def _get_kwargs(
    public_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/widget/{public_id}/config".format(public_id=quote(str(public_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | WidgetConfig | None:
    if response.status_code == 200:
        response_200 = WidgetConfig.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | WidgetConfig]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | WidgetConfig]:
    """ Public: what the chat widget shows (no credentials)

    Args:
        public_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WidgetConfig]
     """


    kwargs = _get_kwargs(
        public_id=public_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,

) -> Problem | WidgetConfig | None:
    """ Public: what the chat widget shows (no credentials)

    Args:
        public_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WidgetConfig
     """


    return sync_detailed(
        public_id=public_id,
client=client,

    ).parsed

async def asyncio_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | WidgetConfig]:
    """ Public: what the chat widget shows (no credentials)

    Args:
        public_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WidgetConfig]
     """


    kwargs = _get_kwargs(
        public_id=public_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,

) -> Problem | WidgetConfig | None:
    """ Public: what the chat widget shows (no credentials)

    Args:
        public_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WidgetConfig
     """


    return (await asyncio_detailed(
        public_id=public_id,
client=client,

    )).parsed
