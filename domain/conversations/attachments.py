"""Files in conversations: what may be uploaded (an allow-list checked against the bytes, never the
client's word), how large (per plan), and who may read a file back (the conversation's visitor and
the workspace's members). A message then refers to a file by id; the server fills in the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from domain.chatbots.services import ChatbotService
from domain.conversations.model import Attachment, StoredAttachment, VisitorIdentity
from domain.conversations.permissions import CONVERSATIONS_READ, CONVERSATIONS_WRITE
from domain.conversations.ports import ConversationsUnitOfWork
from domain.errors import InvalidInput, NotFound, TooLarge, UnsupportedMediaType
from domain.ids import new_id
from domain.ports import UnitOfWorkFactory
from domain.tenancy.model import Principal
from domain.tenancy.services import TenancyService

IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
DOCUMENT_TYPES = ("application/pdf", "text/plain", "text/csv", DOCX, XLSX, PPTX)
ALLOWED_TYPES = IMAGE_TYPES + DOCUMENT_TYPES
MAX_NAME_CHARS = 255
# The extensions a download may carry, per stored type (the first is added when the name has none of them).
_EXTENSIONS = {
    "image/png": ("png",), "image/jpeg": ("jpg", "jpeg"), "image/gif": ("gif",), "image/webp": ("webp",),
    "application/pdf": ("pdf",), "text/plain": ("txt", "text", "log"), "text/csv": ("csv",),
    DOCX: ("docx",), XLSX: ("xlsx",), PPTX: ("pptx",),
}

# Declared types that say nothing: then the bytes alone decide.
_UNSPECIFIC = frozenset({"", "application/octet-stream", "binary/octet-stream"})
# Names browsers and OSes give the allowed types (Windows often sends CSV as an Excel type).
_ALIASES = {
    "image/jpg": "image/jpeg",
    "image/pjpeg": "image/jpeg",
    "application/x-pdf": "application/pdf",
    "text/comma-separated-values": "text/csv",
    "application/csv": "text/csv",
    "application/vnd.ms-excel": "text/csv",
}
_OOXML = ((b"word/", DOCX), (b"xl/", XLSX), (b"ppt/", PPTX))
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _ooxml(data: bytes) -> str | None:
    """Word, Excel and PowerPoint files are zip archives told apart by their part names, read from
    the archive's central directory (no decompression)."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or end + 22 > len(data):
        return None
    count = int.from_bytes(data[end + 10 : end + 12], "little")
    at = int.from_bytes(data[end + 16 : end + 20], "little")
    for _ in range(min(count, 10_000)):
        if data[at : at + 4] != b"PK\x01\x02":
            return None
        name_len, extra_len, comment_len = (int.from_bytes(data[at + o : at + o + 2], "little") for o in (28, 30, 32))
        name = data[at + 46 : at + 46 + name_len]
        for prefix, kind in _OOXML:
            if name.startswith(prefix):
                return kind
        at += 46 + name_len + extra_len + comment_len
    return None


def sniff(data: bytes) -> str | None:
    """The type the bytes are (magic numbers; UTF-8 without control characters is text), or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"PK\x03\x04"):
        return _ooxml(data)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(data) else "text/plain"


def clean_name(name: str) -> str:
    """The file's own name without any path, and without control or format characters (no header
    injection, no right-to-left tricks like `gpj.exe`)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if c.isprintable()).strip()
    return base[:MAX_NAME_CHARS] or "file"


def download_name(name: str, content_type: str) -> str:
    """The name a download is saved under: its extension is one of the stored type's, so a page uploaded
    as text (`page.html`, `logo.svg`) is saved as `page.txt` and never opens in a browser as a page."""
    extensions = _EXTENSIONS.get(content_type)
    if extensions is None:
        return name
    stem, dot, extension = name.rpartition(".")
    if dot and extension.lower() in extensions:
        return name
    return f"{stem if dot and stem else name}.{extensions[0]}"


def check_upload(name: str, declared: str, data: bytes, max_bytes: int) -> tuple[str, str]:
    """(clean name, content type) of an acceptable upload; refuses empty, too large, not allowed,
    and files whose bytes are not the type they claim."""
    if not data:
        raise InvalidInput("the file is empty", field="file")
    if len(data) > max_bytes:
        raise TooLarge(f"the file has {len(data)} bytes; this workspace's plan allows {max_bytes} bytes per file")
    name = clean_name(name)
    declared = declared.split(";", 1)[0].strip().lower()
    declared = _ALIASES.get(declared, declared)
    actual = sniff(data)
    if actual == "text/plain" and (declared == "text/csv" or (declared in _UNSPECIFIC and name.lower().endswith(".csv"))):
        actual = "text/csv"
    if actual not in ALLOWED_TYPES:
        raise UnsupportedMediaType(
            "this kind of file cannot be attached; allowed: PNG, JPEG, GIF and WebP images, PDF, plain text, CSV, Word, Excel, PowerPoint"
        )
    if declared not in _UNSPECIFIC and declared != actual:
        raise UnsupportedMediaType(f"the file says it is {declared} but its content is {actual}")
    return name, actual


@dataclass(frozen=True)
class AttachmentPolicy:
    """What a client may upload in a workspace (so the widget can refuse a file before sending it)."""

    max_bytes: int
    content_types: tuple[str, ...] = ALLOWED_TYPES


@dataclass
class AttachmentService:
    uow: UnitOfWorkFactory[ConversationsUnitOfWork]
    max_bytes: Callable[[str], int]  # plan → the largest file a conversation of that plan accepts

    async def policy(self, tenant_id: UUID) -> AttachmentPolicy:
        async with self.uow(tenant_id) as uow:
            return AttachmentPolicy(self.max_bytes(await TenancyService.plan(uow)))

    async def upload_for_visitor(
        self, identity: VisitorIdentity, session_id: UUID, origin: str | None, name: str, declared: str, data: bytes
    ) -> StoredAttachment:
        return await self._store(identity.tenant_id, session_id, name, declared, data, identity=identity, origin=origin)

    async def upload_for_member(
        self, principal: Principal, session_id: UUID, name: str, declared: str, data: bytes
    ) -> StoredAttachment:
        principal.require(CONVERSATIONS_WRITE)
        return await self._store(principal.tenant_id, session_id, name, declared, data, user_id=principal.user_id)

    async def _store(
        self,
        tenant_id: UUID,
        session_id: UUID,
        name: str,
        declared: str,
        data: bytes,
        *,
        identity: VisitorIdentity | None = None,
        origin: str | None = None,
        user_id: UUID | None = None,
    ) -> StoredAttachment:
        async with self.uow(tenant_id) as uow:
            session = await uow.chat_sessions.get(session_id)
            if session is None or (identity is not None and session.visitor_id != identity.visitor_id):
                raise NotFound("conversation not found")
            if identity is not None:
                await ChatbotService.public(uow, origin, chatbot_id=identity.chatbot_id)
            session.check_open_for_messages()
            plan = await TenancyService.plan(uow)
            name, content_type = check_upload(name, declared, data, self.max_bytes(plan))
            stored = StoredAttachment(
                id=new_id(),
                tenant_id=tenant_id,
                session_id=session_id,
                name=name,
                content_type=content_type,
                size=len(data),
                uploaded_by="visitor" if identity is not None else "operator",
                uploader_user_id=user_id,
            )
            await uow.attachments.add(stored, data)
        return stored

    async def download_for_visitor(
        self, identity: VisitorIdentity, attachment_id: UUID, origin: str | None
    ) -> tuple[StoredAttachment, bytes]:
        """Only files of the visitor's own conversations; anything else is not found."""
        async with self.uow(identity.tenant_id) as uow:
            stored = await uow.attachments.get(attachment_id)
            session = await uow.chat_sessions.get(stored.session_id) if stored else None
            if stored is None or session is None or session.visitor_id != identity.visitor_id:
                raise NotFound("attachment not found")
            await ChatbotService.public(uow, origin, chatbot_id=identity.chatbot_id)
            return stored, await uow.attachments.content(stored)

    async def download_for_member(
        self, principal: Principal, session_id: UUID, attachment_id: UUID
    ) -> tuple[StoredAttachment, bytes]:
        principal.require(CONVERSATIONS_READ)
        async with self.uow(principal.tenant_id) as uow:
            stored = await uow.attachments.get(attachment_id)
            if stored is None or stored.session_id != session_id:
                raise NotFound("attachment not found")
            return stored, await uow.attachments.content(stored)

    async def resolve(
        self, tenant_id: UUID, session_id: UUID, attachments: list[Attachment], url_of: Callable[[UUID, UUID], str]
    ) -> list[Attachment]:
        """A message's attachments with every uploaded file (given by id) filled in from storage;
        only files of this very conversation. Links pass through untouched."""
        wanted: list[UUID] = []
        for a in attachments:
            if a.id is not None:
                try:
                    wanted.append(UUID(a.id))
                except ValueError:
                    raise InvalidInput(f"attachment id {a.id!r} is not a UUID", field="attachments") from None
        if not wanted:
            return attachments
        async with self.uow(tenant_id) as uow:
            found = {str(f.id): f for f in await uow.attachments.in_session(session_id, wanted)}
        resolved: list[Attachment] = []
        for a in attachments:
            if a.id is None:
                resolved.append(a)
                continue
            f = found.get(str(UUID(a.id)))
            if f is None:
                raise InvalidInput(f"attachment {a.id} is not a file of this conversation (upload it first)", field="attachments")
            resolved.append(Attachment(url=url_of(session_id, f.id), name=f.name, content_type=f.content_type, size=f.size, id=str(f.id)))
        return resolved
