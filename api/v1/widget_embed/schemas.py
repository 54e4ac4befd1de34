from __future__ import annotations

import msgspec


class EmbedCode(msgspec.Struct):
    """How to put a chatbot on a website."""

    public_id: str
    snippet: str  # paste before </body>
    script_url: str  # content-hashed: cache it forever
    integrity: str  # Subresource Integrity of the served bundle
    instructions: list[str]
    preview_url: str  # a page served by the API where the owner can try the bot
    preview_origin_allowed: bool  # false: add the API's origin to allowed_origins to chat on the preview page
    bundle_bytes: int
    bundle_gzip_bytes: int
