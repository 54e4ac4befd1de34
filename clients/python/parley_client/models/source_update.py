from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SourceUpdate")



@_attrs_define
class SourceUpdate:
    """ 
        Attributes:
            name (str | Unset):
            resync_interval_seconds (int | None | Unset): Seconds between scheduled re-syncs
     """

    name: str | Unset = UNSET
    resync_interval_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name: str | Unset
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
        })
        if name is not UNSET:
            field_dict["name"] = name
        if resync_interval_seconds is not UNSET:
            field_dict["resync_interval_seconds"] = resync_interval_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_name(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_resync_interval_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resync_interval_seconds = _parse_resync_interval_seconds(d.pop("resync_interval_seconds", UNSET))


        source_update = cls(
            name=name,
            resync_interval_seconds=resync_interval_seconds,
        )


        source_update.additional_properties = d
        return source_update

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
