from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Operator")



@_attrs_define
class Operator:
    """ 
        Attributes:
            active (int):
            capacity (int):
            languages (list[str]):
            last_assigned_at (datetime.datetime | None):
            skills (list[str]):
            status (str):
            status_changed_at (datetime.datetime | None):
            user_id (UUID):
     """

    active: int
    capacity: int
    languages: list[str]
    last_assigned_at: datetime.datetime | None
    skills: list[str]
    status: str
    status_changed_at: datetime.datetime | None
    user_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        capacity = self.capacity

        languages = self.languages



        last_assigned_at: None | str
        if isinstance(self.last_assigned_at, datetime.datetime):
            last_assigned_at = self.last_assigned_at.isoformat()
        else:
            last_assigned_at = self.last_assigned_at

        skills = self.skills



        status = self.status

        status_changed_at: None | str
        if isinstance(self.status_changed_at, datetime.datetime):
            status_changed_at = self.status_changed_at.isoformat()
        else:
            status_changed_at = self.status_changed_at

        user_id = str(self.user_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "capacity": capacity,
            "languages": languages,
            "last_assigned_at": last_assigned_at,
            "skills": skills,
            "status": status,
            "status_changed_at": status_changed_at,
            "user_id": user_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        capacity = d.pop("capacity")

        languages = cast(list[str], d.pop("languages"))


        def _parse_last_assigned_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_assigned_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_assigned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_assigned_at = _parse_last_assigned_at(d.pop("last_assigned_at"))


        skills = cast(list[str], d.pop("skills"))


        status = d.pop("status")

        def _parse_status_changed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_changed_at_type_0 = datetime.datetime.fromisoformat(data)



                return status_changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        status_changed_at = _parse_status_changed_at(d.pop("status_changed_at"))


        user_id = UUID(d.pop("user_id"))




        operator = cls(
            active=active,
            capacity=capacity,
            languages=languages,
            last_assigned_at=last_assigned_at,
            skills=skills,
            status=status,
            status_changed_at=status_changed_at,
            user_id=user_id,
        )


        operator.additional_properties = d
        return operator

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
