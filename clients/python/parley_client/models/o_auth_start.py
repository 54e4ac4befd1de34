from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="OAuthStart")



@_attrs_define
class OAuthStart:
    """ 
        Attributes:
            kind (str): google or microsoft
            calendar (str | Unset): The calendar's id at the provider ('primary': the main one) Default: 'primary'.
            name (str | Unset):  Default: ''.
     """

    kind: str
    calendar: str | Unset = 'primary'
    name: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        calendar = self.calendar

        name = self.name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
        })
        if calendar is not UNSET:
            field_dict["calendar"] = calendar
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        calendar = d.pop("calendar", UNSET)

        name = d.pop("name", UNSET)

        o_auth_start = cls(
            kind=kind,
            calendar=calendar,
            name=name,
        )


        o_auth_start.additional_properties = d
        return o_auth_start

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
