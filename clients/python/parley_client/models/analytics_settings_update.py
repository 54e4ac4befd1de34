from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AnalyticsSettingsUpdate")



@_attrs_define
class AnalyticsSettingsUpdate:
    """ 
        Attributes:
            credit_cost (float | None | Unset):
            follow_up_hours (int | Unset):
            human_conversation_cost (float | None | Unset):
            report_recipients (list[str] | Unset):
            time_zone (str | Unset):
     """

    credit_cost: float | None | Unset = UNSET
    follow_up_hours: int | Unset = UNSET
    human_conversation_cost: float | None | Unset = UNSET
    report_recipients: list[str] | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        credit_cost: float | None | Unset
        if isinstance(self.credit_cost, Unset):
            credit_cost = UNSET
        else:
            credit_cost = self.credit_cost

        follow_up_hours: int | Unset
        if isinstance(self.follow_up_hours, Unset):
            follow_up_hours = UNSET
        else:
            follow_up_hours = self.follow_up_hours

        human_conversation_cost: float | None | Unset
        if isinstance(self.human_conversation_cost, Unset):
            human_conversation_cost = UNSET
        else:
            human_conversation_cost = self.human_conversation_cost

        report_recipients: list[str] | Unset
        if isinstance(self.report_recipients, Unset):
            report_recipients = UNSET
        else:
            report_recipients = self.report_recipients




        time_zone: str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if credit_cost is not UNSET:
            field_dict["credit_cost"] = credit_cost
        if follow_up_hours is not UNSET:
            field_dict["follow_up_hours"] = follow_up_hours
        if human_conversation_cost is not UNSET:
            field_dict["human_conversation_cost"] = human_conversation_cost
        if report_recipients is not UNSET:
            field_dict["report_recipients"] = report_recipients
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_credit_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_cost = _parse_credit_cost(d.pop("credit_cost", UNSET))


        def _parse_follow_up_hours(data: object) -> int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | Unset, data)

        follow_up_hours = _parse_follow_up_hours(d.pop("follow_up_hours", UNSET))


        def _parse_human_conversation_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        human_conversation_cost = _parse_human_conversation_cost(d.pop("human_conversation_cost", UNSET))


        def _parse_report_recipients(data: object) -> list[str] | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            report_recipients_type_0 = cast(list[str], data)

            return report_recipients_type_0

        report_recipients = _parse_report_recipients(d.pop("report_recipients", UNSET))


        def _parse_time_zone(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        time_zone = _parse_time_zone(d.pop("time_zone", UNSET))


        analytics_settings_update = cls(
            credit_cost=credit_cost,
            follow_up_hours=follow_up_hours,
            human_conversation_cost=human_conversation_cost,
            report_recipients=report_recipients,
            time_zone=time_zone,
        )


        analytics_settings_update.additional_properties = d
        return analytics_settings_update

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
