from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Booking")



@_attrs_define
class Booking:
    """ 
        Attributes:
            calendar_event_uid (None | str):
            chatbot_id (UUID):
            conversation_id (None | UUID):
            created_at (datetime.datetime | None):
            email (str):
            end (datetime.datetime):
            id (UUID):
            meeting_url (str):
            name (str):
            notes (str):
            schedule_id (UUID):
            start (datetime.datetime):
            status (str):
            time_zone (str):
            updated_at (datetime.datetime | None):
            language (str | Unset):  Default: 'en'.
            no_show (bool | Unset):  Default: False.
            source (str | Unset):  Default: 'parley'.
     """

    calendar_event_uid: None | str
    chatbot_id: UUID
    conversation_id: None | UUID
    created_at: datetime.datetime | None
    email: str
    end: datetime.datetime
    id: UUID
    meeting_url: str
    name: str
    notes: str
    schedule_id: UUID
    start: datetime.datetime
    status: str
    time_zone: str
    updated_at: datetime.datetime | None
    language: str | Unset = 'en'
    no_show: bool | Unset = False
    source: str | Unset = 'parley'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        calendar_event_uid: None | str
        calendar_event_uid = self.calendar_event_uid

        chatbot_id = str(self.chatbot_id)

        conversation_id: None | str
        if isinstance(self.conversation_id, UUID):
            conversation_id = str(self.conversation_id)
        else:
            conversation_id = self.conversation_id

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        email = self.email

        end = self.end.isoformat()

        id = str(self.id)

        meeting_url = self.meeting_url

        name = self.name

        notes = self.notes

        schedule_id = str(self.schedule_id)

        start = self.start.isoformat()

        status = self.status

        time_zone = self.time_zone

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        language = self.language

        no_show = self.no_show

        source = self.source


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "calendar_event_uid": calendar_event_uid,
            "chatbot_id": chatbot_id,
            "conversation_id": conversation_id,
            "created_at": created_at,
            "email": email,
            "end": end,
            "id": id,
            "meeting_url": meeting_url,
            "name": name,
            "notes": notes,
            "schedule_id": schedule_id,
            "start": start,
            "status": status,
            "time_zone": time_zone,
            "updated_at": updated_at,
        })
        if language is not UNSET:
            field_dict["language"] = language
        if no_show is not UNSET:
            field_dict["no_show"] = no_show
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_calendar_event_uid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        calendar_event_uid = _parse_calendar_event_uid(d.pop("calendar_event_uid"))


        chatbot_id = UUID(d.pop("chatbot_id"))




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


        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)



                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("created_at"))


        email = d.pop("email")

        end = datetime.datetime.fromisoformat(d.pop("end"))




        id = UUID(d.pop("id"))




        meeting_url = d.pop("meeting_url")

        name = d.pop("name")

        notes = d.pop("notes")

        schedule_id = UUID(d.pop("schedule_id"))




        start = datetime.datetime.fromisoformat(d.pop("start"))




        status = d.pop("status")

        time_zone = d.pop("time_zone")

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)



                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))


        language = d.pop("language", UNSET)

        no_show = d.pop("no_show", UNSET)

        source = d.pop("source", UNSET)

        booking = cls(
            calendar_event_uid=calendar_event_uid,
            chatbot_id=chatbot_id,
            conversation_id=conversation_id,
            created_at=created_at,
            email=email,
            end=end,
            id=id,
            meeting_url=meeting_url,
            name=name,
            notes=notes,
            schedule_id=schedule_id,
            start=start,
            status=status,
            time_zone=time_zone,
            updated_at=updated_at,
            language=language,
            no_show=no_show,
            source=source,
        )


        booking.additional_properties = d
        return booking

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
