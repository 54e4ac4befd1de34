from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="PopularQuestion")



@_attrs_define
class PopularQuestion:
    """ 
        Attributes:
            count (int):
            example (str):
            examples (list[str]):
            handed_off (int):
            languages (list[str]):
            resolved (int):
     """

    count: int
    example: str
    examples: list[str]
    handed_off: int
    languages: list[str]
    resolved: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        count = self.count

        example = self.example

        examples = self.examples



        handed_off = self.handed_off

        languages = self.languages



        resolved = self.resolved


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "count": count,
            "example": example,
            "examples": examples,
            "handed_off": handed_off,
            "languages": languages,
            "resolved": resolved,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        example = d.pop("example")

        examples = cast(list[str], d.pop("examples"))


        handed_off = d.pop("handed_off")

        languages = cast(list[str], d.pop("languages"))


        resolved = d.pop("resolved")

        popular_question = cls(
            count=count,
            example=example,
            examples=examples,
            handed_off=handed_off,
            languages=languages,
            resolved=resolved,
        )


        popular_question.additional_properties = d
        return popular_question

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
