from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.widget_tracking_event import WidgetTrackingEvent
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    public_id: str,
    *,
    body: WidgetTrackingEvent,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/widget/{public_id}/track".format(public_id=quote(str(public_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
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
    body: WidgetTrackingEvent,
    idempotency_key: str | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Public: count a widget load, open or first message (nothing is kept with DNT: 1 or Sec-GPC: 1)

    Args:
        public_id (str):
        idempotency_key (str | Unset):
        body (WidgetTrackingEvent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        public_id=public_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WidgetTrackingEvent,
    idempotency_key: str | Unset = UNSET,

) -> Any | Problem | None:
    """ Public: count a widget load, open or first message (nothing is kept with DNT: 1 or Sec-GPC: 1)

    Args:
        public_id (str):
        idempotency_key (str | Unset):
        body (WidgetTrackingEvent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return sync_detailed(
        public_id=public_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WidgetTrackingEvent,
    idempotency_key: str | Unset = UNSET,

) -> Response[Any | Problem]:
    """ Public: count a widget load, open or first message (nothing is kept with DNT: 1 or Sec-GPC: 1)

    Args:
        public_id (str):
        idempotency_key (str | Unset):
        body (WidgetTrackingEvent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """


    kwargs = _get_kwargs(
        public_id=public_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    public_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WidgetTrackingEvent,
    idempotency_key: str | Unset = UNSET,

) -> Any | Problem | None:
    """ Public: count a widget load, open or first message (nothing is kept with DNT: 1 or Sec-GPC: 1)

    Args:
        public_id (str):
        idempotency_key (str | Unset):
        body (WidgetTrackingEvent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """


    return (await asyncio_detailed(
        public_id=public_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
