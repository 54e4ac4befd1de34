from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.export_analytics_pages_format import ExportAnalyticsPagesFormat
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    *,
    format_: ExportAnalyticsPagesFormat | Unset = ExportAnalyticsPagesFormat.CSV,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    chatbot_id: None | Unset | UUID = UNSET,
    time_zone: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

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

    json_chatbot_id: None | str | Unset
    if isinstance(chatbot_id, Unset):
        json_chatbot_id = UNSET
    elif isinstance(chatbot_id, UUID):
        json_chatbot_id = str(chatbot_id)
    else:
        json_chatbot_id = chatbot_id
    params["chatbot_id"] = json_chatbot_id

    json_time_zone: None | str | Unset
    if isinstance(time_zone, Unset):
        json_time_zone = UNSET
    else:
        json_time_zone = time_zone
    params["time_zone"] = json_time_zone


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/analytics/exports/pages",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    format_: ExportAnalyticsPagesFormat | Unset = ExportAnalyticsPagesFormat.CSV,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    chatbot_id: None | Unset | UUID = UNSET,
    time_zone: None | str | Unset = UNSET,

) -> Response[Problem | str]:
    """ The page breakdown as CSV or JSON Lines (same filters)

    Args:
        format_ (ExportAnalyticsPagesFormat | Unset):  Default: ExportAnalyticsPagesFormat.CSV.
        from_ (datetime.date | None | Unset): First day (inclusive), in the workspace's time zone;
            default: 29 days before `to`
        to (datetime.date | None | Unset): Last day (inclusive); default: today in the workspace's
            time zone
        chatbot_id (None | Unset | UUID): Only this chatbot
        time_zone (None | str | Unset): Must be the workspace's time zone (days are kept in it)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        format_=format_,
from_=from_,
to=to,
chatbot_id=chatbot_id,
time_zone=time_zone,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    format_: ExportAnalyticsPagesFormat | Unset = ExportAnalyticsPagesFormat.CSV,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    chatbot_id: None | Unset | UUID = UNSET,
    time_zone: None | str | Unset = UNSET,

) -> Problem | str | None:
    """ The page breakdown as CSV or JSON Lines (same filters)

    Args:
        format_ (ExportAnalyticsPagesFormat | Unset):  Default: ExportAnalyticsPagesFormat.CSV.
        from_ (datetime.date | None | Unset): First day (inclusive), in the workspace's time zone;
            default: 29 days before `to`
        to (datetime.date | None | Unset): Last day (inclusive); default: today in the workspace's
            time zone
        chatbot_id (None | Unset | UUID): Only this chatbot
        time_zone (None | str | Unset): Must be the workspace's time zone (days are kept in it)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return sync_detailed(
        client=client,
format_=format_,
from_=from_,
to=to,
chatbot_id=chatbot_id,
time_zone=time_zone,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    format_: ExportAnalyticsPagesFormat | Unset = ExportAnalyticsPagesFormat.CSV,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    chatbot_id: None | Unset | UUID = UNSET,
    time_zone: None | str | Unset = UNSET,

) -> Response[Problem | str]:
    """ The page breakdown as CSV or JSON Lines (same filters)

    Args:
        format_ (ExportAnalyticsPagesFormat | Unset):  Default: ExportAnalyticsPagesFormat.CSV.
        from_ (datetime.date | None | Unset): First day (inclusive), in the workspace's time zone;
            default: 29 days before `to`
        to (datetime.date | None | Unset): Last day (inclusive); default: today in the workspace's
            time zone
        chatbot_id (None | Unset | UUID): Only this chatbot
        time_zone (None | str | Unset): Must be the workspace's time zone (days are kept in it)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        format_=format_,
from_=from_,
to=to,
chatbot_id=chatbot_id,
time_zone=time_zone,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    format_: ExportAnalyticsPagesFormat | Unset = ExportAnalyticsPagesFormat.CSV,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    chatbot_id: None | Unset | UUID = UNSET,
    time_zone: None | str | Unset = UNSET,

) -> Problem | str | None:
    """ The page breakdown as CSV or JSON Lines (same filters)

    Args:
        format_ (ExportAnalyticsPagesFormat | Unset):  Default: ExportAnalyticsPagesFormat.CSV.
        from_ (datetime.date | None | Unset): First day (inclusive), in the workspace's time zone;
            default: 29 days before `to`
        to (datetime.date | None | Unset): Last day (inclusive); default: today in the workspace's
            time zone
        chatbot_id (None | Unset | UUID): Only this chatbot
        time_zone (None | str | Unset): Must be the workspace's time zone (days are kept in it)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return (await asyncio_detailed(
        client=client,
format_=format_,
from_=from_,
to=to,
chatbot_id=chatbot_id,
time_zone=time_zone,

    )).parsed
