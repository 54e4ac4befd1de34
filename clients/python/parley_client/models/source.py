from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.source_kind import SourceKind
from ..models.source_status import SourceStatus
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Source")



@_attrs_define
class Source:
    """ 
        Attributes:
            chatbot_id (UUID):
            chunk_count (int):
            content_hash (None | str):
            created_at (datetime.datetime):
            document_count (int):
            failure_reason (None | str):
            filename (None | str):
            id (UUID):
            kind (SourceKind):
            language (None | str):
            last_synced_at (datetime.datetime | None):
            name (str):
            next_sync_at (datetime.datetime | None):
            resync_interval_seconds (int | None):
            status (SourceStatus):
            updated_at (datetime.datetime):
            url (None | str):
            max_depth (int | None | Unset):
            max_pages (int | None | Unset):
     """

    chatbot_id: UUID
    chunk_count: int
    content_hash: None | str
    created_at: datetime.datetime
    document_count: int
    failure_reason: None | str
    filename: None | str
    id: UUID
    kind: SourceKind
    language: None | str
    last_synced_at: datetime.datetime | None
    name: str
    next_sync_at: datetime.datetime | None
    resync_interval_seconds: int | None
    status: SourceStatus
    updated_at: datetime.datetime
    url: None | str
    max_depth: int | None | Unset = UNSET
    max_pages: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        chatbot_id = str(self.chatbot_id)

        chunk_count = self.chunk_count

        content_hash: None | str
        content_hash = self.content_hash

        created_at = self.created_at.isoformat()

        document_count = self.document_count

        failure_reason: None | str
        failure_reason = self.failure_reason

        filename: None | str
        filename = self.filename

        id = str(self.id)

        kind = self.kind.value

        language: None | str
        language = self.language

        last_synced_at: None | str
        if isinstance(self.last_synced_at, datetime.datetime):
            last_synced_at = self.last_synced_at.isoformat()
        else:
            last_synced_at = self.last_synced_at

        name = self.name

        next_sync_at: None | str
        if isinstance(self.next_sync_at, datetime.datetime):
            next_sync_at = self.next_sync_at.isoformat()
        else:
            next_sync_at = self.next_sync_at

        resync_interval_seconds: int | None
        resync_interval_seconds = self.resync_interval_seconds

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        url: None | str
        url = self.url

        max_depth: int | None | Unset
        if isinstance(self.max_depth, Unset):
            max_depth = UNSET
        else:
            max_depth = self.max_depth

        max_pages: int | None | Unset
        if isinstance(self.max_pages, Unset):
            max_pages = UNSET
        else:
            max_pages = self.max_pages


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "chatbot_id": chatbot_id,
            "chunk_count": chunk_count,
            "content_hash": content_hash,
            "created_at": created_at,
            "document_count": document_count,
            "failure_reason": failure_reason,
            "filename": filename,
            "id": id,
            "kind": kind,
            "language": language,
            "last_synced_at": last_synced_at,
            "name": name,
            "next_sync_at": next_sync_at,
            "resync_interval_seconds": resync_interval_seconds,
            "status": status,
            "updated_at": updated_at,
            "url": url,
        })
        if max_depth is not UNSET:
            field_dict["max_depth"] = max_depth
        if max_pages is not UNSET:
            field_dict["max_pages"] = max_pages

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chatbot_id = UUID(d.pop("chatbot_id"))




        chunk_count = d.pop("chunk_count")

        def _parse_content_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content_hash = _parse_content_hash(d.pop("content_hash"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        document_count = d.pop("document_count")

        def _parse_failure_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason"))


        def _parse_filename(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        filename = _parse_filename(d.pop("filename"))


        id = UUID(d.pop("id"))




        kind = SourceKind(d.pop("kind"))




        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))


        def _parse_last_synced_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_synced_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_synced_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_synced_at = _parse_last_synced_at(d.pop("last_synced_at"))


        name = d.pop("name")

        def _parse_next_sync_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_sync_at_type_0 = datetime.datetime.fromisoformat(data)



                return next_sync_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_sync_at = _parse_next_sync_at(d.pop("next_sync_at"))


        def _parse_resync_interval_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        resync_interval_seconds = _parse_resync_interval_seconds(d.pop("resync_interval_seconds"))


        status = SourceStatus(d.pop("status"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))


        def _parse_max_depth(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_depth = _parse_max_depth(d.pop("max_depth", UNSET))


        def _parse_max_pages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_pages = _parse_max_pages(d.pop("max_pages", UNSET))


        source = cls(
            chatbot_id=chatbot_id,
            chunk_count=chunk_count,
            content_hash=content_hash,
            created_at=created_at,
            document_count=document_count,
            failure_reason=failure_reason,
            filename=filename,
            id=id,
            kind=kind,
            language=language,
            last_synced_at=last_synced_at,
            name=name,
            next_sync_at=next_sync_at,
            resync_interval_seconds=resync_interval_seconds,
            status=status,
            updated_at=updated_at,
            url=url,
            max_depth=max_depth,
            max_pages=max_pages,
        )


        source.additional_properties = d
        return source

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
