from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="Slots")



@_attrs_define
class Slots:
    """ 
        Attributes:
            duration_minutes (int):
            slots (list[datetime.datetime]):
            time_zone (str):
     """

    duration_minutes: int
    slots: list[datetime.datetime]
    time_zone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        duration_minutes = self.duration_minutes

        slots = []
        for slots_item_data in self.slots:
            slots_item = slots_item_data.isoformat()
            slots.append(slots_item)



        time_zone = self.time_zone


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "duration_minutes": duration_minutes,
            "slots": slots,
            "time_zone": time_zone,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        duration_minutes = d.pop("duration_minutes")

        slots = []
        _slots = d.pop("slots")
        for slots_item_data in (_slots):
            slots_item = datetime.datetime.fromisoformat(slots_item_data)



            slots.append(slots_item)


        time_zone = d.pop("time_zone")

        slots = cls(
            duration_minutes=duration_minutes,
            slots=slots,
            time_zone=time_zone,
        )


        slots.additional_properties = d
        return slots

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
