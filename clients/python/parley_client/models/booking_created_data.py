from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID






T = TypeVar("T", bound="BookingCreatedData")



@_attrs_define
class BookingCreatedData:
    """ 
        Attributes:
            booking_id (UUID):
            chatbot_id (UUID):
            contact_name (str):
            conversation_id (None | UUID):
            email (str):
            end (str):
            meeting_url (str):
            schedule_id (UUID):
            start (str):
            time_zone (str):
     """

    booking_id: UUID
    chatbot_id: UUID
    contact_name: str
    conversation_id: None | UUID
    email: str
    end: str
    meeting_url: str
    schedule_id: UUID
    start: str
    time_zone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        booking_id = str(self.booking_id)

        chatbot_id = str(self.chatbot_id)

        contact_name = self.contact_name

        conversation_id: None | str
        if isinstance(self.conversation_id, UUID):
            conversation_id = str(self.conversation_id)
        else:
            conversation_id = self.conversation_id

        email = self.email

        end = self.end

        meeting_url = self.meeting_url

        schedule_id = str(self.schedule_id)

        start = self.start

        time_zone = self.time_zone


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "booking_id": booking_id,
            "chatbot_id": chatbot_id,
            "contact_name": contact_name,
            "conversation_id": conversation_id,
            "email": email,
            "end": end,
            "meeting_url": meeting_url,
            "schedule_id": schedule_id,
            "start": start,
            "time_zone": time_zone,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        booking_id = UUID(d.pop("booking_id"))




        chatbot_id = UUID(d.pop("chatbot_id"))




        contact_name = d.pop("contact_name")

        def _parse_conversation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_id_type_0 = UUID(data)



                return conversation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        conversation_id = _parse_conversation_id(d.pop("conversation_id"))


        email = d.pop("email")

        end = d.pop("end")

        meeting_url = d.pop("meeting_url")

        schedule_id = UUID(d.pop("schedule_id"))




        start = d.pop("start")

        time_zone = d.pop("time_zone")

        booking_created_data = cls(
            booking_id=booking_id,
            chatbot_id=chatbot_id,
            contact_name=contact_name,
            conversation_id=conversation_id,
            email=email,
            end=end,
            meeting_url=meeting_url,
            schedule_id=schedule_id,
            start=start,
            time_zone=time_zone,
        )


        booking_created_data.additional_properties = d
        return booking_created_data

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
