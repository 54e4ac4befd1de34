from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.rules import Rules





T = TypeVar("T", bound="ScheduleCreate")



@_attrs_define
class ScheduleCreate:
    """ 
        Attributes:
            chatbot_id (UUID):
            name (str):
            calendar_ids (list[UUID] | Unset): Busy time is read from each; events go to the first
            enabled (bool | Unset):  Default: True.
            reminder_offsets_minutes (list[int] | Unset): Reminder e-mails, minutes before
            resource (str | Unset): 'chatbot', 'operator:<id>' or 'team:<id>' Default: 'chatbot'.
            rules (Rules | Unset):
     """

    chatbot_id: UUID
    name: str
    calendar_ids: list[UUID] | Unset = UNSET
    enabled: bool | Unset = True
    reminder_offsets_minutes: list[int] | Unset = UNSET
    resource: str | Unset = 'chatbot'
    rules: Rules | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rules import Rules # noqa: PLC0415
        chatbot_id = str(self.chatbot_id)

        name = self.name

        calendar_ids: list[str] | Unset = UNSET
        if not isinstance(self.calendar_ids, Unset):
            calendar_ids = []
            for calendar_ids_item_data in self.calendar_ids:
                calendar_ids_item = str(calendar_ids_item_data)
                calendar_ids.append(calendar_ids_item)



        enabled = self.enabled

        reminder_offsets_minutes: list[int] | Unset = UNSET
        if not isinstance(self.reminder_offsets_minutes, Unset):
            reminder_offsets_minutes = self.reminder_offsets_minutes



        resource = self.resource

        rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "chatbot_id": chatbot_id,
            "name": name,
        })
        if calendar_ids is not UNSET:
            field_dict["calendar_ids"] = calendar_ids
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if reminder_offsets_minutes is not UNSET:
            field_dict["reminder_offsets_minutes"] = reminder_offsets_minutes
        if resource is not UNSET:
            field_dict["resource"] = resource
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rules import Rules # noqa: PLC0415
        d = dict(src_dict)
        chatbot_id = UUID(d.pop("chatbot_id"))




        name = d.pop("name")

        _calendar_ids = d.pop("calendar_ids", UNSET)
        calendar_ids: list[UUID] | Unset = UNSET
        if _calendar_ids is not UNSET:
            calendar_ids = []
            for calendar_ids_item_data in _calendar_ids:
                calendar_ids_item = UUID(calendar_ids_item_data)



                calendar_ids.append(calendar_ids_item)


        enabled = d.pop("enabled", UNSET)

        reminder_offsets_minutes = cast(list[int], d.pop("reminder_offsets_minutes", UNSET))


        resource = d.pop("resource", UNSET)

        _rules = d.pop("rules", UNSET)
        rules: Rules | Unset
        if isinstance(_rules,  Unset):
            rules = UNSET
        else:
            rules = Rules.from_dict(_rules)




        schedule_create = cls(
            chatbot_id=chatbot_id,
            name=name,
            calendar_ids=calendar_ids,
            enabled=enabled,
            reminder_offsets_minutes=reminder_offsets_minutes,
            resource=resource,
            rules=rules,
        )


        schedule_create.additional_properties = d
        return schedule_create

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
