"""The Parley app as served in production, plus a bare WebSocket echo route on the same server:
the floor bench_ws.py measures Parley's chat sockets against (same process, same event loop)."""

from __future__ import annotations

from litestar import WebSocket, websocket

from api.asgi import app


@websocket("/bench/echo")
async def echo(socket: WebSocket) -> None:
    await socket.accept()
    while True:
        message = await socket.receive()
        if message["type"] == "websocket.disconnect":
            return
        await socket.send({"type": "websocket.send", "text": message.get("text") or (message.get("bytes") or b"").decode()})


app.register(echo)
