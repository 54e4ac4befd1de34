from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.operator_status import OperatorStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OperatorUpdate")



@_attrs_define
class OperatorUpdate:
    """ 
        Attributes:
            away_after_seconds (int | None | Unset): Idle seconds before auto-away (0: never; null: the server's default)
            capacity (int | Unset):
            languages (list[str] | Unset):
            skills (list[str] | Unset):
            status (OperatorStatus | Unset): One named schema per status (the SDKs get one enum, not an inline union per
                field).
     """

    away_after_seconds: int | None | Unset = UNSET
    capacity: int | Unset = UNSET
    languages: list[str] | Unset = UNSET
    skills: list[str] | Unset = UNSET
    status: OperatorStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        away_after_seconds: int | None | Unset
        if isinstance(self.away_after_seconds, Unset):
            away_after_seconds = UNSET
        else:
            away_after_seconds = self.away_after_seconds

        capacity: int | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        else:
            capacity = self.capacity

        languages: list[str] | Unset
        if isinstance(self.languages, Unset):
            languages = UNSET
        else:
            languages = self.languages




        skills: list[str] | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        else:
            skills = self.skills




        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if away_after_seconds is not UNSET:
            field_dict["away_after_seconds"] = away_after_seconds
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if languages is not UNSET:
            field_dict["languages"] = languages
        if skills is not UNSET:
            field_dict["skills"] = skills
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_away_after_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        away_after_seconds = _parse_away_after_seconds(d.pop("away_after_seconds", UNSET))


        def _parse_capacity(data: object) -> int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | Unset, data)

        capacity = _parse_capacity(d.pop("capacity", UNSET))


        def _parse_languages(data: object) -> list[str] | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            languages_type_0 = cast(list[str], data)

            return languages_type_0

        languages = _parse_languages(d.pop("languages", UNSET))


        def _parse_skills(data: object) -> list[str] | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            skills_type_0 = cast(list[str], data)

            return skills_type_0

        skills = _parse_skills(d.pop("skills", UNSET))


        _status = d.pop("status", UNSET)
        status: OperatorStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = OperatorStatus(_status)




        operator_update = cls(
            away_after_seconds=away_after_seconds,
            capacity=capacity,
            languages=languages,
            skills=skills,
            status=status,
        )


        operator_update.additional_properties = d
        return operator_update

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
