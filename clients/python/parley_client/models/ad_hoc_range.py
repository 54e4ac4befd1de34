from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AdHocRange")



@_attrs_define
class AdHocRange:
    """ 
        Attributes:
            currency (str): ISO 4217 code, lower case
            max_amount (int): In the currency's minor unit (cents): 1500 is 15.00 EUR
            min_amount (int): In the currency's minor unit (cents): 1500 is 15.00 EUR
     """

    currency: str
    max_amount: int
    min_amount: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        max_amount = self.max_amount

        min_amount = self.min_amount


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "currency": currency,
            "max_amount": max_amount,
            "min_amount": min_amount,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        max_amount = d.pop("max_amount")

        min_amount = d.pop("min_amount")

        ad_hoc_range = cls(
            currency=currency,
            max_amount=max_amount,
            min_amount=min_amount,
        )


        ad_hoc_range.additional_properties = d
        return ad_hoc_range

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
