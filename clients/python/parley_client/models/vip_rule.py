from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="VipRule")



@_attrs_define
class VipRule:
    """ 
        Attributes:
            attribute (str | Unset):  Default: 'vip'.
            priority (int | Unset):  Default: 10.
            values (list[str] | Unset):
     """

    attribute: str | Unset = 'vip'
    priority: int | Unset = 10
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attribute = self.attribute

        priority = self.priority

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if attribute is not UNSET:
            field_dict["attribute"] = attribute
        if priority is not UNSET:
            field_dict["priority"] = priority
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attribute = d.pop("attribute", UNSET)

        priority = d.pop("priority", UNSET)

        values = cast(list[str], d.pop("values", UNSET))


        vip_rule = cls(
            attribute=attribute,
            priority=priority,
            values=values,
        )


        vip_rule.additional_properties = d
        return vip_rule

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
