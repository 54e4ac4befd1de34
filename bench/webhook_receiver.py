"""The bench's partner: a uvicorn receiver that verifies each delivery with `standardwebhooks` and notes when
it arrived (`/ok`), or never answers (`/hang`). `GET /arrivals` answers {webhook-id: unix time} so far."""

from __future__ import annotations

import asyncio
import json
import sys
import time

import uvicorn
from standardwebhooks.webhooks import Webhook

SECRETS: dict[str, Webhook] = {}
ARRIVALS: dict[str, float] = {}
REFUSED = [0]


async def app(scope, receive, send) -> None:
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    path = scope["path"]
    status, answer = 204, b""
    if path == "/hang":
        await asyncio.sleep(3600)
    elif path == "/arrivals":
        status, answer = 200, json.dumps({"arrivals": ARRIVALS, "refused": REFUSED[0]}).encode()
    elif path == "/secret":
        SECRETS["/ok"] = Webhook(body.decode())
    else:
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        try:
            SECRETS["/ok"].verify(body, headers)
            ARRIVALS.setdefault(headers["webhook-id"], time.time())
        except Exception:  # noqa: BLE001 - any failure is a refusal the bench reports
            REFUSED[0] += 1
            status = 400
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": answer})


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", lifespan="off", access_log=False)
