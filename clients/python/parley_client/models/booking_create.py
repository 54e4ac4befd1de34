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






T = TypeVar("T", bound="BookingCreate")



@_attrs_define
class BookingCreate:
    """ 
        Attributes:
            email (str):
            name (str):
            start (datetime.datetime):
            conversation_id (None | Unset | UUID):
            duration_minutes (int | None | Unset):
            language (str | Unset): The e-mails' language (en, de, es, fr, it, pt, nl) Default: 'en'.
            notes (str | Unset):  Default: ''.
            time_zone (str | Unset): An IANA time zone Default: 'UTC'.
     """

    email: str
    name: str
    start: datetime.datetime
    conversation_id: None | Unset | UUID = UNSET
    duration_minutes: int | None | Unset = UNSET
    language: str | Unset = 'en'
    notes: str | Unset = ''
    time_zone: str | Unset = 'UTC'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        start = self.start.isoformat()

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        elif isinstance(self.conversation_id, UUID):
            conversation_id = str(self.conversation_id)
        else:
            conversation_id = self.conversation_id

        duration_minutes: int | None | Unset
        if isinstance(self.duration_minutes, Unset):
            duration_minutes = UNSET
        else:
            duration_minutes = self.duration_minutes

        language = self.language

        notes = self.notes

        time_zone = self.time_zone


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "email": email,
            "name": name,
            "start": start,
        })
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes
        if language is not UNSET:
            field_dict["language"] = language
        if notes is not UNSET:
            field_dict["notes"] = notes
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name")

        start = datetime.datetime.fromisoformat(d.pop("start"))




        def _parse_conversation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_id_type_0 = UUID(data)



                return conversation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        conversation_id = _parse_conversation_id(d.pop("conversation_id", UNSET))


        def _parse_duration_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_minutes = _parse_duration_minutes(d.pop("duration_minutes", UNSET))


        language = d.pop("language", UNSET)

        notes = d.pop("notes", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        booking_create = cls(
            email=email,
            name=name,
            start=start,
            conversation_id=conversation_id,
            duration_minutes=duration_minutes,
            language=language,
            notes=notes,
            time_zone=time_zone,
        )


        booking_create.additional_properties = d
        return booking_create

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
