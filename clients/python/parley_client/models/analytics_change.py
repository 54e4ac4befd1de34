from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AnalyticsChange")



@_attrs_define
class AnalyticsChange:
    """ 
        Attributes:
            delta (float | None):
            percent (float | None):
     """

    delta: float | None
    percent: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        delta: float | None
        delta = self.delta

        percent: float | None
        percent = self.percent


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "delta": delta,
            "percent": percent,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_delta(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        delta = _parse_delta(d.pop("delta"))


        def _parse_percent(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        percent = _parse_percent(d.pop("percent"))


        analytics_change = cls(
            delta=delta,
            percent=percent,
        )


        analytics_change.additional_properties = d
        return analytics_change

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
