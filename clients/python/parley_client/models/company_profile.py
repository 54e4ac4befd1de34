from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CompanyProfile")



@_attrs_define
class CompanyProfile:
    """ 
        Attributes:
            description (str):
            industry (str):
            name (str):
            support_email (str):
            website (str):
     """

    description: str
    industry: str
    name: str
    support_email: str
    website: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        industry = self.industry

        name = self.name

        support_email = self.support_email

        website = self.website


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "description": description,
            "industry": industry,
            "name": name,
            "support_email": support_email,
            "website": website,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        industry = d.pop("industry")

        name = d.pop("name")

        support_email = d.pop("support_email")

        website = d.pop("website")

        company_profile = cls(
            description=description,
            industry=industry,
            name=name,
            support_email=support_email,
            website=website,
        )


        company_profile.additional_properties = d
        return company_profile

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
