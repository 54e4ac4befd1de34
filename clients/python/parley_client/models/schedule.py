from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.rules import Rules





T = TypeVar("T", bound="Schedule")



@_attrs_define
class Schedule:
    """ 
        Attributes:
            calendar_ids (list[UUID]):
            chatbot_id (UUID):
            created_at (datetime.datetime | None):
            enabled (bool):
            id (UUID):
            name (str):
            reminder_offsets_minutes (list[int]):
            resource (str):
            rules (Rules):
     """

    calendar_ids: list[UUID]
    chatbot_id: UUID
    created_at: datetime.datetime | None
    enabled: bool
    id: UUID
    name: str
    reminder_offsets_minutes: list[int]
    resource: str
    rules: Rules
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rules import Rules # noqa: PLC0415
        calendar_ids = []
        for calendar_ids_item_data in self.calendar_ids:
            calendar_ids_item = str(calendar_ids_item_data)
            calendar_ids.append(calendar_ids_item)



        chatbot_id = str(self.chatbot_id)

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        enabled = self.enabled

        id = str(self.id)

        name = self.name

        reminder_offsets_minutes = self.reminder_offsets_minutes



        resource = self.resource

        rules = self.rules.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "calendar_ids": calendar_ids,
            "chatbot_id": chatbot_id,
            "created_at": created_at,
            "enabled": enabled,
            "id": id,
            "name": name,
            "reminder_offsets_minutes": reminder_offsets_minutes,
            "resource": resource,
            "rules": rules,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rules import Rules # noqa: PLC0415
        d = dict(src_dict)
        calendar_ids = []
        _calendar_ids = d.pop("calendar_ids")
        for calendar_ids_item_data in (_calendar_ids):
            calendar_ids_item = UUID(calendar_ids_item_data)



            calendar_ids.append(calendar_ids_item)


        chatbot_id = UUID(d.pop("chatbot_id"))




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


        enabled = d.pop("enabled")

        id = UUID(d.pop("id"))




        name = d.pop("name")

        reminder_offsets_minutes = cast(list[int], d.pop("reminder_offsets_minutes"))


        resource = d.pop("resource")

        rules = Rules.from_dict(d.pop("rules"))




        schedule = cls(
            calendar_ids=calendar_ids,
            chatbot_id=chatbot_id,
            created_at=created_at,
            enabled=enabled,
            id=id,
            name=name,
            reminder_offsets_minutes=reminder_offsets_minutes,
            resource=resource,
            rules=rules,
        )


        schedule.additional_properties = d
        return schedule

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
