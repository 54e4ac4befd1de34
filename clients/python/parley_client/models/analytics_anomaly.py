from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsAnomaly")



@_attrs_define
class AnalyticsAnomaly:
    """ 
        Attributes:
            metric (str):
            period (datetime.date):
            robust_z (float):
            usual (float):
            value (float):
     """

    metric: str
    period: datetime.date
    robust_z: float
    usual: float
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        period = self.period.isoformat()

        robust_z = self.robust_z

        usual = self.usual

        value = self.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "metric": metric,
            "period": period,
            "robust_z": robust_z,
            "usual": usual,
            "value": value,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric = d.pop("metric")

        period = datetime.date.fromisoformat(d.pop("period"))




        robust_z = d.pop("robust_z")

        usual = d.pop("usual")

        value = d.pop("value")

        analytics_anomaly = cls(
            metric=metric,
            period=period,
            robust_z=robust_z,
            usual=usual,
            value=value,
        )


        analytics_anomaly.additional_properties = d
        return analytics_anomaly

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
