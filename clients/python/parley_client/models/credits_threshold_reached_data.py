from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CreditsThresholdReachedData")



@_attrs_define
class CreditsThresholdReachedData:
    """ 
        Attributes:
            allowance (int):
            period (datetime.date):
            plan (str):
            threshold (int):
            used (int):
     """

    allowance: int
    period: datetime.date
    plan: str
    threshold: int
    used: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        allowance = self.allowance

        period = self.period.isoformat()

        plan = self.plan

        threshold = self.threshold

        used = self.used


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "allowance": allowance,
            "period": period,
            "plan": plan,
            "threshold": threshold,
            "used": used,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowance = d.pop("allowance")

        period = datetime.date.fromisoformat(d.pop("period"))




        plan = d.pop("plan")

        threshold = d.pop("threshold")

        used = d.pop("used")

        credits_threshold_reached_data = cls(
            allowance=allowance,
            period=period,
            plan=plan,
            threshold=threshold,
            used=used,
        )


        credits_threshold_reached_data.additional_properties = d
        return credits_threshold_reached_data

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
