"""The embeddable widget: the content-hashed bundle (CDN-ready), the embed code per chatbot (with a
Subresource Integrity hash), and a preview page where an owner can try the bot."""

from __future__ import annotations

import html
import re
from typing import Annotated
from uuid import UUID

from litestar import Controller, Request, Response, get
from litestar.exceptions import NotFoundException
from litestar.params import Parameter
from litestar.response import Redirect

from api.problems import AUTHED, problems
from api.v1.common import BEARER, PUBLIC, principal_of, requires
from api.v1.widget_embed.bundle import NAME, Bundle, current_bundle, preferred_coding
from api.v1.widget_embed.schemas import EmbedCode
from domain.chatbots.permissions import CHATBOTS_READ
from domain.errors import Unavailable
from infrastructure.container import Container

PUBLIC_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IMMUTABLE = "public, max-age=31536000, immutable"


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def built_bundle() -> Bundle:
    """The widget bundle; a 503 while it is not built, so no snippet ever points at a missing file."""
    bundle = current_bundle()
    if bundle is None:
        raise Unavailable(
            "the chat widget is not built on this server: run `./just widget` (it needs Node 20 and npm), "
            "or `./just up`, which builds it when it is missing or stale"
        )
    return bundle


def script_tag(base: str, public_id: str, bundle: Bundle) -> str:
    return (
        f'<script src="{base}/widget/{bundle.filename}" integrity="{bundle.integrity}" crossorigin="anonymous" '
        f'data-public-id="{html.escape(public_id)}" async></script>'
    )


class WidgetAssetController(Controller):
    """Public, outside the API spec: static files a CDN may cache."""

    path = "/widget"
    include_in_schema = False

    @get("/{filename:str}", **PUBLIC)
    async def widget_asset(self, request: Request, filename: str) -> Response:
        bundle = built_bundle()
        if filename == f"{NAME}.js":  # unversioned alias: short cache, points at the current build
            return Redirect(
                f"/widget/{bundle.filename}", status_code=302,
                headers={"Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*"},
            )
        if filename != bundle.filename:
            raise NotFoundException(f"no such widget build; the current one is /widget/{bundle.filename}")
        coding = preferred_coding(request.headers.get("accept-encoding"))
        headers = {
            "Cache-Control": IMMUTABLE,
            "Access-Control-Allow-Origin": "*",  # SRI with crossorigin="anonymous" needs CORS
            "Cross-Origin-Resource-Policy": "cross-origin",
            "X-Content-Type-Options": "nosniff",
            "Vary": "Accept-Encoding",
            "ETag": f'"{bundle.digest}-{coding}"' if coding else f'"{bundle.digest}"',
        }
        if coding:
            headers["Content-Encoding"] = coding
        # Litestar adds "; charset=utf-8" to text/* itself.
        return Response(bundle.encoded[coding] if coding else bundle.body, media_type="text/javascript", headers=headers)


class EmbedController(Controller):
    path = "/v1/chatbots"
    tags = ["chatbots"]
    security = BEARER

    @get("/{chatbot_id:uuid}/embed", responses=problems(*AUTHED, 404, 503), opt=requires(CHATBOTS_READ))
    async def get_embed_code(self, request: Request, container: Container, chatbot_id: UUID) -> EmbedCode:
        """The snippet to paste into a website (with a Subresource Integrity hash), how to install
        it, and a preview page served by the API. 503 while the widget is not built on this server."""
        chatbot = await container.chatbots.get(principal_of(request), chatbot_id)
        base = _base(request)
        bundle = built_bundle()
        snippet = script_tag(base, chatbot.public_id, bundle)
        origins = chatbot.allowed_origins
        instructions = [
            "Paste the snippet into every page that should show the chat, just before </body>.",
            (
                f"Only these origins may show it: {', '.join(origins)}. Add your site's origin (scheme and host) "
                "to the chatbot's allowed_origins if it is missing."
                if origins
                else "Any website may show it. Set the chatbot's allowed_origins to restrict it to yours."
            ),
            "Control it from your page's JavaScript: Parley.open(), Parley.close(), "
            "Parley.identify({name, email}), Parley.on('message', fn).",
            "Optional attributes: data-language=\"fr\" forces a language; data-open=\"true\" opens the chat on load.",
            "The script URL contains a content hash: a CDN or browser may cache it forever. Take a new snippet "
            "after an upgrade; the integrity attribute makes browsers refuse a modified file.",
        ]
        return EmbedCode(
            public_id=chatbot.public_id,
            snippet=snippet,
            script_url=f"{base}/widget/{bundle.filename}",
            integrity=bundle.integrity,
            instructions=instructions,
            preview_url=f"{base}/v1/widget/{chatbot.public_id}/preview",
            preview_origin_allowed=chatbot.accepts_origin(base),
            bundle_bytes=len(bundle.body),
            bundle_gzip_bytes=bundle.gzip_bytes,
        )


PREVIEW = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley widget preview</title>
<style>
body{{font:16px/1.5 system-ui,sans-serif;max-width:760px;margin:40px auto;padding:0 20px;color:#111827}}
pre{{white-space:pre-wrap;word-break:break-all;background:#f3f4f6;padding:12px;border-radius:8px;font-size:13px}}
</style>
</head>
<body>
<main>
<h1>Preview of chatbot <code>{public_id}</code></h1>
<p>This page is served by the Parley API so you can try your chatbot before you put it on your website.
The chat button is in the corner. {origin_note}</p>
<h2>Embed code</h2>
<pre>{snippet_text}</pre>
</main>
{snippet}
</body>
</html>
"""


class WidgetPreviewController(Controller):
    path = "/v1/widget"
    include_in_schema = False

    @get("/{public_id:str}/preview", **PUBLIC, media_type="text/html")
    async def widget_preview(self, request: Request, public_id: Annotated[str, Parameter(max_length=64)]) -> Response[str]:
        if not PUBLIC_ID.match(public_id):
            raise NotFoundException("no such chatbot")
        base = _base(request)
        snippet = script_tag(base, public_id, built_bundle())
        page = PREVIEW.format(
            public_id=html.escape(public_id),
            origin_note=html.escape(
                f"If the chatbot restricts its allowed origins, add {base} to them to chat here."
            ),
            snippet_text=html.escape(snippet),
            snippet=snippet,
        )
        return Response(page, media_type="text/html", headers={"Cache-Control": "no-store"})
