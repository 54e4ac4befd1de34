from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_session import PageSession
from ...models.problem import Problem
from ...models.session_status import SessionStatus
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    status: None | SessionStatus | Unset = UNSET,
    chatbot_id: None | Unset | UUID = UNSET,
    visitor_id: None | Unset | UUID = UNSET,
    visitor_email: None | str | Unset = UNSET,
    started_after: datetime.datetime | None | Unset = UNSET,
    started_before: datetime.datetime | None | Unset = UNSET,
    rated: bool | None | Unset = UNSET,

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
    elif isinstance(status, SessionStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_chatbot_id: None | str | Unset
    if isinstance(chatbot_id, Unset):
        json_chatbot_id = UNSET
    elif isinstance(chatbot_id, UUID):
        json_chatbot_id = str(chatbot_id)
    else:
        json_chatbot_id = chatbot_id
    params["chatbot_id"] = json_chatbot_id

    json_visitor_id: None | str | Unset
    if isinstance(visitor_id, Unset):
        json_visitor_id = UNSET
    elif isinstance(visitor_id, UUID):
        json_visitor_id = str(visitor_id)
    else:
        json_visitor_id = visitor_id
    params["visitor_id"] = json_visitor_id

    json_visitor_email: None | str | Unset
    if isinstance(visitor_email, Unset):
        json_visitor_email = UNSET
    else:
        json_visitor_email = visitor_email
    params["visitor_email"] = json_visitor_email

    json_started_after: None | str | Unset
    if isinstance(started_after, Unset):
        json_started_after = UNSET
    elif isinstance(started_after, datetime.datetime):
        json_started_after = started_after.isoformat()
    else:
        json_started_after = started_after
    params["started_after"] = json_started_after

    json_started_before: None | str | Unset
    if isinstance(started_before, Unset):
        json_started_before = UNSET
    elif isinstance(started_before, datetime.datetime):
        json_started_before = started_before.isoformat()
    else:
        json_started_before = started_before
    params["started_before"] = json_started_before

    json_rated: bool | None | Unset
    if isinstance(rated, Unset):
        json_rated = UNSET
    else:
        json_rated = rated
    params["rated"] = json_rated


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/conversations",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageSession | Problem | None:
    if response.status_code == 200:
        response_200 = PageSession.from_dict(response.json())



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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageSession | Problem]:
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
    status: None | SessionStatus | Unset = UNSET,
    chatbot_id: None | Unset | UUID = UNSET,
    visitor_id: None | Unset | UUID = UNSET,
    visitor_email: None | str | Unset = UNSET,
    started_after: datetime.datetime | None | Unset = UNSET,
    started_before: datetime.datetime | None | Unset = UNSET,
    rated: bool | None | Unset = UNSET,

) -> Response[PageSession | Problem]:
    """ ListConversations

     Newest first. Filters combine with AND.

    Args:
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        status (None | SessionStatus | Unset): Only in this status
        chatbot_id (None | Unset | UUID):
        visitor_id (None | Unset | UUID):
        visitor_email (None | str | Unset): Exact email
        started_after (datetime.datetime | None | Unset): Started at or after (ISO 8601)
        started_before (datetime.datetime | None | Unset): Started before (ISO 8601)
        rated (bool | None | Unset): Only rated (true) or unrated (false)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSession | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
status=status,
chatbot_id=chatbot_id,
visitor_id=visitor_id,
visitor_email=visitor_email,
started_after=started_after,
started_before=started_before,
rated=rated,

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
    status: None | SessionStatus | Unset = UNSET,
    chatbot_id: None | Unset | UUID = UNSET,
    visitor_id: None | Unset | UUID = UNSET,
    visitor_email: None | str | Unset = UNSET,
    started_after: datetime.datetime | None | Unset = UNSET,
    started_before: datetime.datetime | None | Unset = UNSET,
    rated: bool | None | Unset = UNSET,

) -> PageSession | Problem | None:
    """ ListConversations

     Newest first. Filters combine with AND.

    Args:
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        status (None | SessionStatus | Unset): Only in this status
        chatbot_id (None | Unset | UUID):
        visitor_id (None | Unset | UUID):
        visitor_email (None | str | Unset): Exact email
        started_after (datetime.datetime | None | Unset): Started at or after (ISO 8601)
        started_before (datetime.datetime | None | Unset): Started before (ISO 8601)
        rated (bool | None | Unset): Only rated (true) or unrated (false)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSession | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
status=status,
chatbot_id=chatbot_id,
visitor_id=visitor_id,
visitor_email=visitor_email,
started_after=started_after,
started_before=started_before,
rated=rated,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    status: None | SessionStatus | Unset = UNSET,
    chatbot_id: None | Unset | UUID = UNSET,
    visitor_id: None | Unset | UUID = UNSET,
    visitor_email: None | str | Unset = UNSET,
    started_after: datetime.datetime | None | Unset = UNSET,
    started_before: datetime.datetime | None | Unset = UNSET,
    rated: bool | None | Unset = UNSET,

) -> Response[PageSession | Problem]:
    """ ListConversations

     Newest first. Filters combine with AND.

    Args:
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        status (None | SessionStatus | Unset): Only in this status
        chatbot_id (None | Unset | UUID):
        visitor_id (None | Unset | UUID):
        visitor_email (None | str | Unset): Exact email
        started_after (datetime.datetime | None | Unset): Started at or after (ISO 8601)
        started_before (datetime.datetime | None | Unset): Started before (ISO 8601)
        rated (bool | None | Unset): Only rated (true) or unrated (false)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSession | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
status=status,
chatbot_id=chatbot_id,
visitor_id=visitor_id,
visitor_email=visitor_email,
started_after=started_after,
started_before=started_before,
rated=rated,

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
    status: None | SessionStatus | Unset = UNSET,
    chatbot_id: None | Unset | UUID = UNSET,
    visitor_id: None | Unset | UUID = UNSET,
    visitor_email: None | str | Unset = UNSET,
    started_after: datetime.datetime | None | Unset = UNSET,
    started_before: datetime.datetime | None | Unset = UNSET,
    rated: bool | None | Unset = UNSET,

) -> PageSession | Problem | None:
    """ ListConversations

     Newest first. Filters combine with AND.

    Args:
        limit (int | Unset): Page size Default: 20.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor
        status (None | SessionStatus | Unset): Only in this status
        chatbot_id (None | Unset | UUID):
        visitor_id (None | Unset | UUID):
        visitor_email (None | str | Unset): Exact email
        started_after (datetime.datetime | None | Unset): Started at or after (ISO 8601)
        started_before (datetime.datetime | None | Unset): Started before (ISO 8601)
        rated (bool | None | Unset): Only rated (true) or unrated (false)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSession | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
status=status,
chatbot_id=chatbot_id,
visitor_id=visitor_id,
visitor_email=visitor_email,
started_after=started_after,
started_before=started_before,
rated=rated,

    )).parsed
