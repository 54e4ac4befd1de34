from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AnalyticsSettings")



@_attrs_define
class AnalyticsSettings:
    """ 
        Attributes:
            credit_cost (float | None):
            follow_up_hours (int):
            human_conversation_cost (float | None):
            last_report_week (datetime.date | None):
            report_recipients (list[str]):
            time_zone (str):
     """

    credit_cost: float | None
    follow_up_hours: int
    human_conversation_cost: float | None
    last_report_week: datetime.date | None
    report_recipients: list[str]
    time_zone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        credit_cost: float | None
        credit_cost = self.credit_cost

        follow_up_hours = self.follow_up_hours

        human_conversation_cost: float | None
        human_conversation_cost = self.human_conversation_cost

        last_report_week: None | str
        if isinstance(self.last_report_week, datetime.date):
            last_report_week = self.last_report_week.isoformat()
        else:
            last_report_week = self.last_report_week

        report_recipients = self.report_recipients



        time_zone = self.time_zone


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "credit_cost": credit_cost,
            "follow_up_hours": follow_up_hours,
            "human_conversation_cost": human_conversation_cost,
            "last_report_week": last_report_week,
            "report_recipients": report_recipients,
            "time_zone": time_zone,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_credit_cost(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        credit_cost = _parse_credit_cost(d.pop("credit_cost"))


        follow_up_hours = d.pop("follow_up_hours")

        def _parse_human_conversation_cost(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        human_conversation_cost = _parse_human_conversation_cost(d.pop("human_conversation_cost"))


        def _parse_last_report_week(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_report_week_type_0 = datetime.date.fromisoformat(data)



                return last_report_week_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_report_week = _parse_last_report_week(d.pop("last_report_week"))


        report_recipients = cast(list[str], d.pop("report_recipients"))


        time_zone = d.pop("time_zone")

        analytics_settings = cls(
            credit_cost=credit_cost,
            follow_up_hours=follow_up_hours,
            human_conversation_cost=human_conversation_cost,
            last_report_week=last_report_week,
            report_recipients=report_recipients,
            time_zone=time_zone,
        )


        analytics_settings.additional_properties = d
        return analytics_settings

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
