from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    kind: str,
    *,
    code: None | str | Unset = UNSET,
    error: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_code: None | str | Unset
    if isinstance(code, Unset):
        json_code = UNSET
    else:
        json_code = code
    params["code"] = json_code

    json_error: None | str | Unset
    if isinstance(error, Unset):
        json_error = UNSET
    else:
        json_error = error
    params["error"] = json_error

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    else:
        json_state = state
    params["state"] = json_state


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calendars/oauth/{kind}/callback".format(kind=quote(str(kind), safe=""),),
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kind: str,
    *,
    client: AuthenticatedClient | Client,
    code: None | str | Unset = UNSET,
    error: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,

) -> Response[Problem | str]:
    """ Where Google / Microsoft send the owner back after consent: the calendar is connected

    Args:
        kind (str):
        code (None | str | Unset):
        error (None | str | Unset):
        state (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        kind=kind,
code=code,
error=error,
state=state,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    kind: str,
    *,
    client: AuthenticatedClient | Client,
    code: None | str | Unset = UNSET,
    error: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,

) -> Problem | str | None:
    """ Where Google / Microsoft send the owner back after consent: the calendar is connected

    Args:
        kind (str):
        code (None | str | Unset):
        error (None | str | Unset):
        state (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return sync_detailed(
        kind=kind,
client=client,
code=code,
error=error,
state=state,

    ).parsed

async def asyncio_detailed(
    kind: str,
    *,
    client: AuthenticatedClient | Client,
    code: None | str | Unset = UNSET,
    error: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,

) -> Response[Problem | str]:
    """ Where Google / Microsoft send the owner back after consent: the calendar is connected

    Args:
        kind (str):
        code (None | str | Unset):
        error (None | str | Unset):
        state (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        kind=kind,
code=code,
error=error,
state=state,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    kind: str,
    *,
    client: AuthenticatedClient | Client,
    code: None | str | Unset = UNSET,
    error: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,

) -> Problem | str | None:
    """ Where Google / Microsoft send the owner back after consent: the calendar is connected

    Args:
        kind (str):
        code (None | str | Unset):
        error (None | str | Unset):
        state (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return (await asyncio_detailed(
        kind=kind,
client=client,
code=code,
error=error,
state=state,

    )).parsed
