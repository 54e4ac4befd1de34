from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ProactiveMessage")



@_attrs_define
class ProactiveMessage:
    """ 
        Attributes:
            message (str):
            path (str):
            delay_seconds (int | Unset):  Default: 10.
     """

    message: str
    path: str
    delay_seconds: int | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        message = self.message

        path = self.path

        delay_seconds = self.delay_seconds


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "message": message,
            "path": path,
        })
        if delay_seconds is not UNSET:
            field_dict["delay_seconds"] = delay_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        path = d.pop("path")

        delay_seconds = d.pop("delay_seconds", UNSET)

        proactive_message = cls(
            message=message,
            path=path,
            delay_seconds=delay_seconds,
        )


        proactive_message.additional_properties = d
        return proactive_message

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
