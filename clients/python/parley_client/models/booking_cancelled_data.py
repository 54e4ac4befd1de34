from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="BookingCancelledData")



@_attrs_define
class BookingCancelledData:
    """ 
        Attributes:
            booking_id (UUID):
            by (str):
            chatbot_id (UUID):
            schedule_id (UUID):
            start (str):
     """

    booking_id: UUID
    by: str
    chatbot_id: UUID
    schedule_id: UUID
    start: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        booking_id = str(self.booking_id)

        by = self.by

        chatbot_id = str(self.chatbot_id)

        schedule_id = str(self.schedule_id)

        start = self.start


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "booking_id": booking_id,
            "by": by,
            "chatbot_id": chatbot_id,
            "schedule_id": schedule_id,
            "start": start,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        booking_id = UUID(d.pop("booking_id"))




        by = d.pop("by")

        chatbot_id = UUID(d.pop("chatbot_id"))




        schedule_id = UUID(d.pop("schedule_id"))




        start = d.pop("start")

        booking_cancelled_data = cls(
            booking_id=booking_id,
            by=by,
            chatbot_id=chatbot_id,
            schedule_id=schedule_id,
            start=start,
        )


        booking_cancelled_data.additional_properties = d
        return booking_cancelled_data

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
