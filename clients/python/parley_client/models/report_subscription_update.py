from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ReportSubscriptionUpdate")



@_attrs_define
class ReportSubscriptionUpdate:
    """ 
        Attributes:
            monthly (bool | None | Unset):
            weekly (bool | None | Unset):
     """

    monthly: bool | None | Unset = UNSET
    weekly: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        monthly: bool | None | Unset
        if isinstance(self.monthly, Unset):
            monthly = UNSET
        else:
            monthly = self.monthly

        weekly: bool | None | Unset
        if isinstance(self.weekly, Unset):
            weekly = UNSET
        else:
            weekly = self.weekly


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if monthly is not UNSET:
            field_dict["monthly"] = monthly
        if weekly is not UNSET:
            field_dict["weekly"] = weekly

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_monthly(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        monthly = _parse_monthly(d.pop("monthly", UNSET))


        def _parse_weekly(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        weekly = _parse_weekly(d.pop("weekly", UNSET))


        report_subscription_update = cls(
            monthly=monthly,
            weekly=weekly,
        )


        report_subscription_update.additional_properties = d
        return report_subscription_update

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
