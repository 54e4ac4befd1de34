from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.rules_overrides import RulesOverrides
  from ..models.rules_weekly import RulesWeekly





T = TypeVar("T", bound="Rules")



@_attrs_define
class Rules:
    """ 
        Attributes:
            buffer_after_minutes (int | Unset):  Default: 0.
            buffer_before_minutes (int | Unset):  Default: 0.
            daily_cap (int | None | Unset):
            horizon_days (int | Unset):  Default: 30.
            min_notice_minutes (int | Unset):  Default: 60.
            overrides (RulesOverrides | Unset): YYYY-MM-DD -> windows ([] closes the day: a holiday)
            slot_minutes (int | Unset):  Default: 30.
            time_zone (str | Unset): An IANA time zone Default: 'UTC'.
            weekly (RulesWeekly | Unset): mon..sun -> windows (a missing day is closed)
     """

    buffer_after_minutes: int | Unset = 0
    buffer_before_minutes: int | Unset = 0
    daily_cap: int | None | Unset = UNSET
    horizon_days: int | Unset = 30
    min_notice_minutes: int | Unset = 60
    overrides: RulesOverrides | Unset = UNSET
    slot_minutes: int | Unset = 30
    time_zone: str | Unset = 'UTC'
    weekly: RulesWeekly | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rules_overrides import RulesOverrides # noqa: PLC0415
        from ..models.rules_weekly import RulesWeekly # noqa: PLC0415
        buffer_after_minutes = self.buffer_after_minutes

        buffer_before_minutes = self.buffer_before_minutes

        daily_cap: int | None | Unset
        if isinstance(self.daily_cap, Unset):
            daily_cap = UNSET
        else:
            daily_cap = self.daily_cap

        horizon_days = self.horizon_days

        min_notice_minutes = self.min_notice_minutes

        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()

        slot_minutes = self.slot_minutes

        time_zone = self.time_zone

        weekly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weekly, Unset):
            weekly = self.weekly.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if buffer_after_minutes is not UNSET:
            field_dict["buffer_after_minutes"] = buffer_after_minutes
        if buffer_before_minutes is not UNSET:
            field_dict["buffer_before_minutes"] = buffer_before_minutes
        if daily_cap is not UNSET:
            field_dict["daily_cap"] = daily_cap
        if horizon_days is not UNSET:
            field_dict["horizon_days"] = horizon_days
        if min_notice_minutes is not UNSET:
            field_dict["min_notice_minutes"] = min_notice_minutes
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if slot_minutes is not UNSET:
            field_dict["slot_minutes"] = slot_minutes
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if weekly is not UNSET:
            field_dict["weekly"] = weekly

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rules_overrides import RulesOverrides # noqa: PLC0415
        from ..models.rules_weekly import RulesWeekly # noqa: PLC0415
        d = dict(src_dict)
        buffer_after_minutes = d.pop("buffer_after_minutes", UNSET)

        buffer_before_minutes = d.pop("buffer_before_minutes", UNSET)

        def _parse_daily_cap(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        daily_cap = _parse_daily_cap(d.pop("daily_cap", UNSET))


        horizon_days = d.pop("horizon_days", UNSET)

        min_notice_minutes = d.pop("min_notice_minutes", UNSET)

        _overrides = d.pop("overrides", UNSET)
        overrides: RulesOverrides | Unset
        if isinstance(_overrides,  Unset):
            overrides = UNSET
        else:
            overrides = RulesOverrides.from_dict(_overrides)




        slot_minutes = d.pop("slot_minutes", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        _weekly = d.pop("weekly", UNSET)
        weekly: RulesWeekly | Unset
        if isinstance(_weekly,  Unset):
            weekly = UNSET
        else:
            weekly = RulesWeekly.from_dict(_weekly)




        rules = cls(
            buffer_after_minutes=buffer_after_minutes,
            buffer_before_minutes=buffer_before_minutes,
            daily_cap=daily_cap,
            horizon_days=horizon_days,
            min_notice_minutes=min_notice_minutes,
            overrides=overrides,
            slot_minutes=slot_minutes,
            time_zone=time_zone,
            weekly=weekly,
        )


        rules.additional_properties = d
        return rules

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
