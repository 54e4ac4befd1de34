from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="CalendarUnavailableData")



@_attrs_define
class CalendarUnavailableData:
    """ 
        Attributes:
            chatbot_id (UUID):
            reason (str):
            schedule_id (UUID):
     """

    chatbot_id: UUID
    reason: str
    schedule_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        chatbot_id = str(self.chatbot_id)

        reason = self.reason

        schedule_id = str(self.schedule_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "chatbot_id": chatbot_id,
            "reason": reason,
            "schedule_id": schedule_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chatbot_id = UUID(d.pop("chatbot_id"))




        reason = d.pop("reason")

        schedule_id = UUID(d.pop("schedule_id"))




        calendar_unavailable_data = cls(
            chatbot_id=chatbot_id,
            reason=reason,
            schedule_id=schedule_id,
        )


        calendar_unavailable_data.additional_properties = d
        return calendar_unavailable_data

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
