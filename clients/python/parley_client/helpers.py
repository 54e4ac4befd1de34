"""Helpers over the generated operations (written by clients/generator, not generated): pagination, token
refresh, the Server-Sent Events stream and the WebSockets, typed."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from contextlib import asynccontextmanager
from typing import Any, TypeVar, Union

import httpx
import websockets

from .client import AuthenticatedClient, Client
from .models.message_event import MessageEvent
from .models.problem import Problem
from .models.read_event import ReadEvent
from .models.status_event import StatusEvent
from .models.tokens import Tokens
from .problems import ProblemError
from .ws_frames import ClientFrame, ServerFrame, encode_client_frame, parse_server_frame

T = TypeVar("T")

ConversationEvent = Union[MessageEvent, StatusEvent, ReadEvent]
"""A durable event of a conversation, as the WebSocket, long polling and the SSE stream deliver it."""

_EVENT_TYPES: dict[str, Any] = {"message": MessageEvent, "status": StatusEvent, "read": ReadEvent}


def _page_or_raise(page: Any) -> Any:
    if page is None or isinstance(page, Problem):
        raise ProblemError(page) if isinstance(page, Problem) else RuntimeError("the API answered with an undocumented status")
    return page


def paginate(operation: Callable[..., Any], **kwargs: Any) -> Iterator[Any]:
    """Every item of a cursor-paginated list: `for bot in paginate(list_chatbots.sync, client=client)`."""
    cursor = None
    while True:
        page = _page_or_raise(operation(**kwargs, **({"cursor": cursor} if cursor else {})))
        yield from page.items
        cursor = page.next_cursor if isinstance(page.next_cursor, str) else None
        if not cursor:
            return


async def apaginate(operation: Callable[..., Awaitable[Any]], **kwargs: Any) -> AsyncIterator[Any]:
    """`async for bot in apaginate(list_chatbots.asyncio, client=client)`."""
    cursor = None
    while True:
        page = _page_or_raise(await operation(**kwargs, **({"cursor": cursor} if cursor else {})))
        for item in page.items:
            yield item
        cursor = page.next_cursor if isinstance(page.next_cursor, str) else None
        if not cursor:
            return


class TokenRefresh(httpx.Auth):
    """Sends the access token; on a 401 trades the refresh token for new tokens once and retries (sync and
    async alike). `on_tokens` hears of every new pair, to store it."""

    requires_response_body = True

    def __init__(self, tokens: Tokens, on_tokens: Callable[[Tokens], None] | None = None) -> None:
        self.tokens = tokens
        self.on_tokens = on_tokens

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.tokens.access_token}"
        response = yield request
        if response.status_code != 401 or request.url.path == "/v1/auth/refresh":
            return
        refreshed = yield httpx.Request(
            "POST", request.url.copy_with(path="/v1/auth/refresh", query=None),
            json={"refresh_token": self.tokens.refresh_token},
        )
        if refreshed.status_code == 200:
            self.tokens = Tokens.from_dict(refreshed.json())
            if self.on_tokens:
                self.on_tokens(self.tokens)
            request.headers["Authorization"] = f"Bearer {self.tokens.access_token}"
            yield request


def refreshing_client(base_url: str, tokens: Tokens, on_tokens: Callable[[Tokens], None] | None = None, **kwargs: Any) -> AuthenticatedClient:
    """An AuthenticatedClient that keeps a member's session alive with the refresh token (see TokenRefresh)."""
    httpx_args = {**kwargs.pop("httpx_args", {}), "auth": TokenRefresh(tokens, on_tokens)}
    return AuthenticatedClient(base_url=base_url, token=tokens.access_token, httpx_args=httpx_args, **kwargs)


def _stream_url(public_id: str, session_id: Any) -> str:
    return f"/v1/widget/{public_id}/sessions/{session_id}/stream"


def _event(data: str) -> ConversationEvent:
    frame = json.loads(data)
    return _EVENT_TYPES[frame["type"]].from_dict(frame)


def _events_of(lines: Iterator[str]) -> Iterator[ConversationEvent]:
    data: list[str] = []
    for line in lines:
        if line == "":
            if data:
                yield _event("\n".join(data))
            data = []
        elif line.startswith("data:"):
            data.append(line[5:].lstrip())


def iter_conversation_events(client: Client, public_id: str, session_id: Any, visitor_token: str, after_seq: int = 0) -> Iterator[ConversationEvent]:
    """The visitor's events from the SSE stream, typed, as they arrive (runs until you stop iterating).
    The generated `stream_widget_events` waits for the end of a response that never ends."""
    params = {"token": visitor_token, "after_seq": after_seq}
    with client.get_httpx_client().stream("GET", _stream_url(public_id, session_id), params=params, timeout=None) as response:
        if response.status_code >= 400:
            response.read()
            raise ProblemError.from_response(response)
        yield from _events_of(response.iter_lines())


async def stream_conversation_events(client: Client, public_id: str, session_id: Any, visitor_token: str, after_seq: int = 0) -> AsyncIterator[ConversationEvent]:
    """`async for event in stream_conversation_events(...)`: the asyncio form of iter_conversation_events."""
    params = {"token": visitor_token, "after_seq": after_seq}
    async with client.get_async_httpx_client().stream("GET", _stream_url(public_id, session_id), params=params, timeout=None) as response:
        if response.status_code >= 400:
            await response.aread()
            raise ProblemError.from_response(response)
        data: list[str] = []
        async for line in response.aiter_lines():
            if line == "":
                if data:
                    yield _event("\n".join(data))
                data = []
            elif line.startswith("data:"):
                data.append(line[5:].lstrip())


class FrameSocket:
    """A WebSocket of the API with typed frames: `await send(frame)`, `await recv()`, `async for frame in socket`."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    async def send(self, frame: ClientFrame) -> None:
        await self.connection.send(encode_client_frame(frame))

    async def recv(self) -> ServerFrame:
        return parse_server_frame(await self.connection.recv())

    def __aiter__(self) -> FrameSocket:
        return self

    async def __anext__(self) -> ServerFrame:
        try:
            return await self.recv()
        except websockets.ConnectionClosed:
            raise StopAsyncIteration from None


def _ws_url(base_url: str, path: str) -> str:
    return base_url.rstrip("/").replace("http", "ws", 1) + path


@asynccontextmanager
async def connect_operator(base_url: str, token: str) -> AsyncIterator[FrameSocket]:
    """`async with connect_operator(api, access_token_or_api_key) as ws:` /v1/ws/operator, authenticated by
    an `auth` frame (the credential stays out of URLs and logs); the first frame you receive is `ready`."""
    async with websockets.connect(_ws_url(base_url, "/v1/ws/operator")) as connection:
        socket = FrameSocket(connection)
        await socket.send({"type": "auth", "token": token})
        yield socket


@asynccontextmanager
async def connect_visitor(base_url: str, visitor_token: str, session_id: Any, after_seq: int | None = None, origin: str | None = None) -> AsyncIterator[FrameSocket]:
    """`async with connect_visitor(api, token, session_id, origin=...) as ws:` /v1/ws/visitor (the Origin
    must be one of the chatbot's allowed origins, as for a browser)."""
    query = httpx.QueryParams({"session_id": str(session_id), "token": visitor_token, **({"after_seq": after_seq} if after_seq is not None else {})})
    async with websockets.connect(f"{_ws_url(base_url, '/v1/ws/visitor')}?{query}", origin=origin) as connection:  # type: ignore[arg-type]
        yield FrameSocket(connection)
