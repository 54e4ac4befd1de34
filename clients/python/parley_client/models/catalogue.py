from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.ad_hoc_range import AdHocRange
  from ..models.catalogue_price import CataloguePrice





T = TypeVar("T", bound="Catalogue")



@_attrs_define
class Catalogue:
    """ 
        Attributes:
            ad_hoc (list[AdHocRange]):
            prices (list[CataloguePrice]):
     """

    ad_hoc: list[AdHocRange]
    prices: list[CataloguePrice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ad_hoc_range import AdHocRange # noqa: PLC0415
        from ..models.catalogue_price import CataloguePrice # noqa: PLC0415
        ad_hoc = []
        for ad_hoc_item_data in self.ad_hoc:
            ad_hoc_item = ad_hoc_item_data.to_dict()
            ad_hoc.append(ad_hoc_item)



        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ad_hoc": ad_hoc,
            "prices": prices,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ad_hoc_range import AdHocRange # noqa: PLC0415
        from ..models.catalogue_price import CataloguePrice # noqa: PLC0415
        d = dict(src_dict)
        ad_hoc = []
        _ad_hoc = d.pop("ad_hoc")
        for ad_hoc_item_data in (_ad_hoc):
            ad_hoc_item = AdHocRange.from_dict(ad_hoc_item_data)



            ad_hoc.append(ad_hoc_item)


        prices = []
        _prices = d.pop("prices")
        for prices_item_data in (_prices):
            prices_item = CataloguePrice.from_dict(prices_item_data)



            prices.append(prices_item)


        catalogue = cls(
            ad_hoc=ad_hoc,
            prices=prices,
        )


        catalogue.additional_properties = d
        return catalogue

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
