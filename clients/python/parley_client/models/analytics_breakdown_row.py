from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AnalyticsBreakdownRow")



@_attrs_define
class AnalyticsBreakdownRow:
    """ 
        Attributes:
            average_rating (float | None):
            conversations (int):
            handoff_rate (float | None):
            handoffs (int):
            key (str):
            label (None | str):
            ratings (int):
            resolution_rate (float | None):
            resolved (int):
            resolved_by_ai (int):
     """

    average_rating: float | None
    conversations: int
    handoff_rate: float | None
    handoffs: int
    key: str
    label: None | str
    ratings: int
    resolution_rate: float | None
    resolved: int
    resolved_by_ai: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        average_rating: float | None
        average_rating = self.average_rating

        conversations = self.conversations

        handoff_rate: float | None
        handoff_rate = self.handoff_rate

        handoffs = self.handoffs

        key = self.key

        label: None | str
        label = self.label

        ratings = self.ratings

        resolution_rate: float | None
        resolution_rate = self.resolution_rate

        resolved = self.resolved

        resolved_by_ai = self.resolved_by_ai


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "average_rating": average_rating,
            "conversations": conversations,
            "handoff_rate": handoff_rate,
            "handoffs": handoffs,
            "key": key,
            "label": label,
            "ratings": ratings,
            "resolution_rate": resolution_rate,
            "resolved": resolved,
            "resolved_by_ai": resolved_by_ai,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_average_rating(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_rating = _parse_average_rating(d.pop("average_rating"))


        conversations = d.pop("conversations")

        def _parse_handoff_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        handoff_rate = _parse_handoff_rate(d.pop("handoff_rate"))


        handoffs = d.pop("handoffs")

        key = d.pop("key")

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))


        ratings = d.pop("ratings")

        def _parse_resolution_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        resolution_rate = _parse_resolution_rate(d.pop("resolution_rate"))


        resolved = d.pop("resolved")

        resolved_by_ai = d.pop("resolved_by_ai")

        analytics_breakdown_row = cls(
            average_rating=average_rating,
            conversations=conversations,
            handoff_rate=handoff_rate,
            handoffs=handoffs,
            key=key,
            label=label,
            ratings=ratings,
            resolution_rate=resolution_rate,
            resolved=resolved,
            resolved_by_ai=resolved_by_ai,
        )


        analytics_breakdown_row.additional_properties = d
        return analytics_breakdown_row

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
