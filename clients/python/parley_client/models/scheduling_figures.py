from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="SchedulingFigures")



@_attrs_define
class SchedulingFigures:
    """ 
        Attributes:
            booked (int):
            cancelled (int):
            chatbot_id (UUID):
            conversations_booked (int):
            conversations_offered (int):
            conversion (float):
            day (datetime.date):
            no_shows (int):
            rescheduled (int):
     """

    booked: int
    cancelled: int
    chatbot_id: UUID
    conversations_booked: int
    conversations_offered: int
    conversion: float
    day: datetime.date
    no_shows: int
    rescheduled: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        booked = self.booked

        cancelled = self.cancelled

        chatbot_id = str(self.chatbot_id)

        conversations_booked = self.conversations_booked

        conversations_offered = self.conversations_offered

        conversion = self.conversion

        day = self.day.isoformat()

        no_shows = self.no_shows

        rescheduled = self.rescheduled


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "booked": booked,
            "cancelled": cancelled,
            "chatbot_id": chatbot_id,
            "conversations_booked": conversations_booked,
            "conversations_offered": conversations_offered,
            "conversion": conversion,
            "day": day,
            "no_shows": no_shows,
            "rescheduled": rescheduled,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        booked = d.pop("booked")

        cancelled = d.pop("cancelled")

        chatbot_id = UUID(d.pop("chatbot_id"))




        conversations_booked = d.pop("conversations_booked")

        conversations_offered = d.pop("conversations_offered")

        conversion = d.pop("conversion")

        day = datetime.date.fromisoformat(d.pop("day"))




        no_shows = d.pop("no_shows")

        rescheduled = d.pop("rescheduled")

        scheduling_figures = cls(
            booked=booked,
            cancelled=cancelled,
            chatbot_id=chatbot_id,
            conversations_booked=conversations_booked,
            conversations_offered=conversations_offered,
            conversion=conversion,
            day=day,
            no_shows=no_shows,
            rescheduled=rescheduled,
        )


        scheduling_figures.additional_properties = d
        return scheduling_figures

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
