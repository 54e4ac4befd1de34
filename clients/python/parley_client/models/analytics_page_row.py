from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AnalyticsPageRow")



@_attrs_define
class AnalyticsPageRow:
    """ 
        Attributes:
            first_messages (int):
            loads (int):
            message_rate (float | None):
            open_rate (float | None):
            opens (int):
            page (str):
     """

    first_messages: int
    loads: int
    message_rate: float | None
    open_rate: float | None
    opens: int
    page: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        first_messages = self.first_messages

        loads = self.loads

        message_rate: float | None
        message_rate = self.message_rate

        open_rate: float | None
        open_rate = self.open_rate

        opens = self.opens

        page = self.page


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "first_messages": first_messages,
            "loads": loads,
            "message_rate": message_rate,
            "open_rate": open_rate,
            "opens": opens,
            "page": page,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_messages = d.pop("first_messages")

        loads = d.pop("loads")

        def _parse_message_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        message_rate = _parse_message_rate(d.pop("message_rate"))


        def _parse_open_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        open_rate = _parse_open_rate(d.pop("open_rate"))


        opens = d.pop("opens")

        page = d.pop("page")

        analytics_page_row = cls(
            first_messages=first_messages,
            loads=loads,
            message_rate=message_rate,
            open_rate=open_rate,
            opens=opens,
            page=page,
        )


        analytics_page_row.additional_properties = d
        return analytics_page_row

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
