from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analytics_trend_direction import AnalyticsTrendDirection
from typing import cast






T = TypeVar("T", bound="AnalyticsTrend")



@_attrs_define
class AnalyticsTrend:
    """ 
        Attributes:
            direction (AnalyticsTrendDirection):
            metric (str):
            p_value (float | None):
            points (int):
            slope_per_period (float | None):
     """

    direction: AnalyticsTrendDirection
    metric: str
    p_value: float | None
    points: int
    slope_per_period: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        direction = self.direction.value

        metric = self.metric

        p_value: float | None
        p_value = self.p_value

        points = self.points

        slope_per_period: float | None
        slope_per_period = self.slope_per_period


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "direction": direction,
            "metric": metric,
            "p_value": p_value,
            "points": points,
            "slope_per_period": slope_per_period,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction = AnalyticsTrendDirection(d.pop("direction"))




        metric = d.pop("metric")

        def _parse_p_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        p_value = _parse_p_value(d.pop("p_value"))


        points = d.pop("points")

        def _parse_slope_per_period(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        slope_per_period = _parse_slope_per_period(d.pop("slope_per_period"))


        analytics_trend = cls(
            direction=direction,
            metric=metric,
            p_value=p_value,
            points=points,
            slope_per_period=slope_per_period,
        )


        analytics_trend.additional_properties = d
        return analytics_trend

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
