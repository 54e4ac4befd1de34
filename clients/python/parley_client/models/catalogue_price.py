from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CataloguePrice")



@_attrs_define
class CataloguePrice:
    """ 
        Attributes:
            currency (str):
            id (str):
            name (str):
            product (str):
            unit_amount (int): In the currency's minor unit (cents): 1500 is 15.00 EUR
     """

    currency: str
    id: str
    name: str
    product: str
    unit_amount: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        id = self.id

        name = self.name

        product = self.product

        unit_amount = self.unit_amount


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "currency": currency,
            "id": id,
            "name": name,
            "product": product,
            "unit_amount": unit_amount,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        id = d.pop("id")

        name = d.pop("name")

        product = d.pop("product")

        unit_amount = d.pop("unit_amount")

        catalogue_price = cls(
            currency=currency,
            id=id,
            name=name,
            product=product,
            unit_amount=unit_amount,
        )


        catalogue_price.additional_properties = d
        return catalogue_price

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
