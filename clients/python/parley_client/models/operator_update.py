from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.operator_update_status_type_0 import OperatorUpdateStatusType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OperatorUpdate")



@_attrs_define
class OperatorUpdate:
    """ 
        Attributes:
            capacity (int | Unset):
            languages (list[str] | Unset):
            skills (list[str] | Unset):
            status (OperatorUpdateStatusType0 | Unset):
     """

    capacity: int | Unset = UNSET
    languages: list[str] | Unset = UNSET
    skills: list[str] | Unset = UNSET
    status: OperatorUpdateStatusType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
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




        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
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


        def _parse_status(data: object) -> OperatorUpdateStatusType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            status_type_0 = OperatorUpdateStatusType0(data)



            return status_type_0

        status = _parse_status(d.pop("status", UNSET))


        operator_update = cls(
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
