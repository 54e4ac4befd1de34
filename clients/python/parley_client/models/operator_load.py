from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID






T = TypeVar("T", bound="OperatorLoad")



@_attrs_define
class OperatorLoad:
    """ 
        Attributes:
            active (int):
            capacity (int):
            status (str):
            teams (list[UUID]):
            user_id (UUID):
     """

    active: int
    capacity: int
    status: str
    teams: list[UUID]
    user_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        capacity = self.capacity

        status = self.status

        teams = []
        for teams_item_data in self.teams:
            teams_item = str(teams_item_data)
            teams.append(teams_item)



        user_id = str(self.user_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "capacity": capacity,
            "status": status,
            "teams": teams,
            "user_id": user_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        capacity = d.pop("capacity")

        status = d.pop("status")

        teams = []
        _teams = d.pop("teams")
        for teams_item_data in (_teams):
            teams_item = UUID(teams_item_data)



            teams.append(teams_item)


        user_id = UUID(d.pop("user_id"))




        operator_load = cls(
            active=active,
            capacity=capacity,
            status=status,
            teams=teams,
            user_id=user_id,
        )


        operator_load.additional_properties = d
        return operator_load

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
