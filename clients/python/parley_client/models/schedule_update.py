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





T = TypeVar("T", bound="ScheduleUpdate")



@_attrs_define
class ScheduleUpdate:
    """ 
        Attributes:
            calendar_ids (list[UUID] | Unset):
            enabled (bool | Unset):
            name (str | Unset):
            reminder_offsets_minutes (list[int] | Unset):
            resource (str | Unset):
            rules (Rules | Unset):
     """

    calendar_ids: list[UUID] | Unset = UNSET
    enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    reminder_offsets_minutes: list[int] | Unset = UNSET
    resource: str | Unset = UNSET
    rules: Rules | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rules import Rules # noqa: PLC0415
        calendar_ids: list[str] | Unset
        if isinstance(self.calendar_ids, Unset):
            calendar_ids = UNSET
        else:
            calendar_ids = []
            for calendar_ids_type_0_item_data in self.calendar_ids:
                calendar_ids_type_0_item = str(calendar_ids_type_0_item_data)
                calendar_ids.append(calendar_ids_type_0_item)




        enabled: bool | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        name: str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        reminder_offsets_minutes: list[int] | Unset
        if isinstance(self.reminder_offsets_minutes, Unset):
            reminder_offsets_minutes = UNSET
        else:
            reminder_offsets_minutes = self.reminder_offsets_minutes




        resource: str | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        else:
            resource = self.resource

        rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if calendar_ids is not UNSET:
            field_dict["calendar_ids"] = calendar_ids
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if name is not UNSET:
            field_dict["name"] = name
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
        def _parse_calendar_ids(data: object) -> list[UUID] | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            calendar_ids_type_0 = []
            _calendar_ids_type_0 = data
            for calendar_ids_type_0_item_data in (_calendar_ids_type_0):
                calendar_ids_type_0_item = UUID(calendar_ids_type_0_item_data)



                calendar_ids_type_0.append(calendar_ids_type_0_item)

            return calendar_ids_type_0

        calendar_ids = _parse_calendar_ids(d.pop("calendar_ids", UNSET))


        def _parse_enabled(data: object) -> bool | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))


        def _parse_name(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_reminder_offsets_minutes(data: object) -> list[int] | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            reminder_offsets_minutes_type_0 = cast(list[int], data)

            return reminder_offsets_minutes_type_0

        reminder_offsets_minutes = _parse_reminder_offsets_minutes(d.pop("reminder_offsets_minutes", UNSET))


        def _parse_resource(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        resource = _parse_resource(d.pop("resource", UNSET))


        _rules = d.pop("rules", UNSET)
        rules: Rules | Unset
        if isinstance(_rules,  Unset):
            rules = UNSET
        else:
            rules = Rules.from_dict(_rules)




        schedule_update = cls(
            calendar_ids=calendar_ids,
            enabled=enabled,
            name=name,
            reminder_offsets_minutes=reminder_offsets_minutes,
            resource=resource,
            rules=rules,
        )


        schedule_update.additional_properties = d
        return schedule_update

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
