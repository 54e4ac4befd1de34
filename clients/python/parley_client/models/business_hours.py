from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.business_hours_weekly import BusinessHoursWeekly





T = TypeVar("T", bound="BusinessHours")



@_attrs_define
class BusinessHours:
    """ 
        Attributes:
            timezone (str):
            weekly (BusinessHoursWeekly):
            away_message (str | Unset):  Default: ''.
     """

    timezone: str
    weekly: BusinessHoursWeekly
    away_message: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.business_hours_weekly import BusinessHoursWeekly # noqa: PLC0415
        timezone = self.timezone

        weekly = self.weekly.to_dict()

        away_message = self.away_message


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "timezone": timezone,
            "weekly": weekly,
        })
        if away_message is not UNSET:
            field_dict["away_message"] = away_message

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_hours_weekly import BusinessHoursWeekly # noqa: PLC0415
        d = dict(src_dict)
        timezone = d.pop("timezone")

        weekly = BusinessHoursWeekly.from_dict(d.pop("weekly"))




        away_message = d.pop("away_message", UNSET)

        business_hours = cls(
            timezone=timezone,
            weekly=weekly,
            away_message=away_message,
        )


        business_hours.additional_properties = d
        return business_hours

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
