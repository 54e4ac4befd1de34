from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="WidgetPageCount")



@_attrs_define
class WidgetPageCount:
    """ 
        Attributes:
            loads (int):
            opens (int):
            page (str):
     """

    loads: int
    opens: int
    page: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        loads = self.loads

        opens = self.opens

        page = self.page


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "loads": loads,
            "opens": opens,
            "page": page,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        loads = d.pop("loads")

        opens = d.pop("opens")

        page = d.pop("page")

        widget_page_count = cls(
            loads=loads,
            opens=opens,
            page=page,
        )


        widget_page_count.additional_properties = d
        return widget_page_count

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
