from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="CrawlSourceCreate")



@_attrs_define
class CrawlSourceCreate:
    """ 
        Attributes:
            kind (Literal['crawl']):  Default: 'crawl'.
            url (str):
            language (None | str | Unset):
            max_depth (int | Unset):  Default: 3.
            max_pages (int | Unset):  Default: 50.
            name (None | str | Unset):
            resync_interval_seconds (int | None | Unset): Seconds between scheduled re-syncs
     """

    url: str
    kind: Literal['crawl'] = 'crawl'
    language: None | str | Unset = UNSET
    max_depth: int | Unset = 3
    max_pages: int | Unset = 50
    name: None | str | Unset = UNSET
    resync_interval_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        url = self.url

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        max_depth = self.max_depth

        max_pages = self.max_pages

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        resync_interval_seconds: int | None | Unset
        if isinstance(self.resync_interval_seconds, Unset):
            resync_interval_seconds = UNSET
        else:
            resync_interval_seconds = self.resync_interval_seconds


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "url": url,
        })
        if language is not UNSET:
            field_dict["language"] = language
        if max_depth is not UNSET:
            field_dict["max_depth"] = max_depth
        if max_pages is not UNSET:
            field_dict["max_pages"] = max_pages
        if name is not UNSET:
            field_dict["name"] = name
        if resync_interval_seconds is not UNSET:
            field_dict["resync_interval_seconds"] = resync_interval_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal['crawl'] , d.pop("kind"))
        if kind != 'crawl':
            raise ValueError(f"kind must match const 'crawl', got '{kind}'")

        url = d.pop("url")

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))


        max_depth = d.pop("max_depth", UNSET)

        max_pages = d.pop("max_pages", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_resync_interval_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resync_interval_seconds = _parse_resync_interval_seconds(d.pop("resync_interval_seconds", UNSET))


        crawl_source_create = cls(
            kind=kind,
            url=url,
            language=language,
            max_depth=max_depth,
            max_pages=max_pages,
            name=name,
            resync_interval_seconds=resync_interval_seconds,
        )


        crawl_source_create.additional_properties = d
        return crawl_source_create

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
