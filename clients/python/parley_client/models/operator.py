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
            auto_away (bool | Unset):  Default: False.
            away_after_seconds (int | None | Unset):
            last_active_at (datetime.datetime | None | Unset):
     """

    active: int
    capacity: int
    languages: list[str]
    last_assigned_at: datetime.datetime | None
    skills: list[str]
    status: str
    status_changed_at: datetime.datetime | None
    user_id: UUID
    auto_away: bool | Unset = False
    away_after_seconds: int | None | Unset = UNSET
    last_active_at: datetime.datetime | None | Unset = UNSET
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

        auto_away = self.auto_away

        away_after_seconds: int | None | Unset
        if isinstance(self.away_after_seconds, Unset):
            away_after_seconds = UNSET
        else:
            away_after_seconds = self.away_after_seconds

        last_active_at: None | str | Unset
        if isinstance(self.last_active_at, Unset):
            last_active_at = UNSET
        elif isinstance(self.last_active_at, datetime.datetime):
            last_active_at = self.last_active_at.isoformat()
        else:
            last_active_at = self.last_active_at


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
        if auto_away is not UNSET:
            field_dict["auto_away"] = auto_away
        if away_after_seconds is not UNSET:
            field_dict["away_after_seconds"] = away_after_seconds
        if last_active_at is not UNSET:
            field_dict["last_active_at"] = last_active_at

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




        auto_away = d.pop("auto_away", UNSET)

        def _parse_away_after_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        away_after_seconds = _parse_away_after_seconds(d.pop("away_after_seconds", UNSET))


        def _parse_last_active_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_active_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_active_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_active_at = _parse_last_active_at(d.pop("last_active_at", UNSET))


        operator = cls(
            active=active,
            capacity=capacity,
            languages=languages,
            last_assigned_at=last_assigned_at,
            skills=skills,
            status=status,
            status_changed_at=status_changed_at,
            user_id=user_id,
            auto_away=auto_away,
            away_after_seconds=away_after_seconds,
            last_active_at=last_active_at,
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
