from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.ad_hoc_range import AdHocRange





T = TypeVar("T", bound="CatalogueUpdate")



@_attrs_define
class CatalogueUpdate:
    """ 
        Attributes:
            ad_hoc (list[AdHocRange] | Unset): Ad-hoc amounts allowed, per currency
            price_ids (list[str] | Unset): Stripe prices the assistant may ask for
     """

    ad_hoc: list[AdHocRange] | Unset = UNSET
    price_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ad_hoc_range import AdHocRange # noqa: PLC0415
        ad_hoc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ad_hoc, Unset):
            ad_hoc = []
            for ad_hoc_item_data in self.ad_hoc:
                ad_hoc_item = ad_hoc_item_data.to_dict()
                ad_hoc.append(ad_hoc_item)



        price_ids: list[str] | Unset = UNSET
        if not isinstance(self.price_ids, Unset):
            price_ids = self.price_ids




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if ad_hoc is not UNSET:
            field_dict["ad_hoc"] = ad_hoc
        if price_ids is not UNSET:
            field_dict["price_ids"] = price_ids

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ad_hoc_range import AdHocRange # noqa: PLC0415
        d = dict(src_dict)
        _ad_hoc = d.pop("ad_hoc", UNSET)
        ad_hoc: list[AdHocRange] | Unset = UNSET
        if _ad_hoc is not UNSET:
            ad_hoc = []
            for ad_hoc_item_data in _ad_hoc:
                ad_hoc_item = AdHocRange.from_dict(ad_hoc_item_data)



                ad_hoc.append(ad_hoc_item)


        price_ids = cast(list[str], d.pop("price_ids", UNSET))


        catalogue_update = cls(
            ad_hoc=ad_hoc,
            price_ids=price_ids,
        )


        catalogue_update.additional_properties = d
        return catalogue_update

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
