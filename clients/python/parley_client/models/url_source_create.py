from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="UrlSourceCreate")



@_attrs_define
class UrlSourceCreate:
    """ 
        Attributes:
            kind (Literal['url']):  Default: 'url'.
            url (str):
            language (None | str | Unset):
            name (None | str | Unset):
            resync_interval_seconds (int | None | Unset): Seconds between scheduled re-syncs
     """

    url: str
    kind: Literal['url'] = 'url'
    language: None | str | Unset = UNSET
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
        if name is not UNSET:
            field_dict["name"] = name
        if resync_interval_seconds is not UNSET:
            field_dict["resync_interval_seconds"] = resync_interval_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal['url'] , d.pop("kind"))
        if kind != 'url':
            raise ValueError(f"kind must match const 'url', got '{kind}'")

        url = d.pop("url")

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))


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


        url_source_create = cls(
            kind=kind,
            url=url,
            language=language,
            name=name,
            resync_interval_seconds=resync_interval_seconds,
        )


        url_source_create.additional_properties = d
        return url_source_create

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
