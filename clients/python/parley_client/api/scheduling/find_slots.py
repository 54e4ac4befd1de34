from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.slots import Slots
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    schedule_id: UUID,
    *,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    duration_minutes: int | None | Unset = UNSET,
    time_zone: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_start: None | str | Unset
    if isinstance(start, Unset):
        json_start = UNSET
    elif isinstance(start, datetime.datetime):
        json_start = start.isoformat()
    else:
        json_start = start
    params["start"] = json_start

    json_end: None | str | Unset
    if isinstance(end, Unset):
        json_end = UNSET
    elif isinstance(end, datetime.datetime):
        json_end = end.isoformat()
    else:
        json_end = end
    params["end"] = json_end

    json_duration_minutes: int | None | Unset
    if isinstance(duration_minutes, Unset):
        json_duration_minutes = UNSET
    else:
        json_duration_minutes = duration_minutes
    params["duration_minutes"] = json_duration_minutes

    json_time_zone: None | str | Unset
    if isinstance(time_zone, Unset):
        json_time_zone = UNSET
    else:
        json_time_zone = time_zone
    params["time_zone"] = json_time_zone


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/schedules/{schedule_id}/slots".format(schedule_id=quote(str(schedule_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Slots | None:
    if response.status_code == 200:
        response_200 = Slots.from_dict(response.json())



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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Slots]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    schedule_id: UUID,
    *,
    client: AuthenticatedClient,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    duration_minutes: int | None | Unset = UNSET,
    time_zone: None | str | Unset = UNSET,

) -> Response[Problem | Slots]:
    """ Free slots between start and end (busy time read from the schedule's calendars)

    Args:
        schedule_id (UUID):
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        duration_minutes (int | None | Unset):
        time_zone (None | str | Unset): Show the slots in this IANA zone

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Slots]
     """


    kwargs = _get_kwargs(
        schedule_id=schedule_id,
start=start,
end=end,
duration_minutes=duration_minutes,
time_zone=time_zone,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    schedule_id: UUID,
    *,
    client: AuthenticatedClient,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    duration_minutes: int | None | Unset = UNSET,
    time_zone: None | str | Unset = UNSET,

) -> Problem | Slots | None:
    """ Free slots between start and end (busy time read from the schedule's calendars)

    Args:
        schedule_id (UUID):
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        duration_minutes (int | None | Unset):
        time_zone (None | str | Unset): Show the slots in this IANA zone

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Slots
     """


    return sync_detailed(
        schedule_id=schedule_id,
client=client,
start=start,
end=end,
duration_minutes=duration_minutes,
time_zone=time_zone,

    ).parsed

async def asyncio_detailed(
    schedule_id: UUID,
    *,
    client: AuthenticatedClient,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    duration_minutes: int | None | Unset = UNSET,
    time_zone: None | str | Unset = UNSET,

) -> Response[Problem | Slots]:
    """ Free slots between start and end (busy time read from the schedule's calendars)

    Args:
        schedule_id (UUID):
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        duration_minutes (int | None | Unset):
        time_zone (None | str | Unset): Show the slots in this IANA zone

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Slots]
     """


    kwargs = _get_kwargs(
        schedule_id=schedule_id,
start=start,
end=end,
duration_minutes=duration_minutes,
time_zone=time_zone,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    schedule_id: UUID,
    *,
    client: AuthenticatedClient,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    duration_minutes: int | None | Unset = UNSET,
    time_zone: None | str | Unset = UNSET,

) -> Problem | Slots | None:
    """ Free slots between start and end (busy time read from the schedule's calendars)

    Args:
        schedule_id (UUID):
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        duration_minutes (int | None | Unset):
        time_zone (None | str | Unset): Show the slots in this IANA zone

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Slots
     """


    return (await asyncio_detailed(
        schedule_id=schedule_id,
client=client,
start=start,
end=end,
duration_minutes=duration_minutes,
time_zone=time_zone,

    )).parsed
