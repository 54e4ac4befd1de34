from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.search_request_mode import SearchRequestMode
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="SearchRequest")



@_attrs_define
class SearchRequest:
    """ 
        Attributes:
            query (str):
            k (int | Unset):  Default: 5.
            mode (SearchRequestMode | Unset):  Default: SearchRequestMode.HYBRID.
            source_ids (list[UUID] | None | Unset):
     """

    query: str
    k: int | Unset = 5
    mode: SearchRequestMode | Unset = SearchRequestMode.HYBRID
    source_ids: list[UUID] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        query = self.query

        k = self.k

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value


        source_ids: list[str] | None | Unset
        if isinstance(self.source_ids, Unset):
            source_ids = UNSET
        elif isinstance(self.source_ids, list):
            source_ids = []
            for source_ids_type_0_item_data in self.source_ids:
                source_ids_type_0_item = str(source_ids_type_0_item_data)
                source_ids.append(source_ids_type_0_item)


        else:
            source_ids = self.source_ids


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "query": query,
        })
        if k is not UNSET:
            field_dict["k"] = k
        if mode is not UNSET:
            field_dict["mode"] = mode
        if source_ids is not UNSET:
            field_dict["source_ids"] = source_ids

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        k = d.pop("k", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: SearchRequestMode | Unset
        if isinstance(_mode,  Unset):
            mode = UNSET
        else:
            mode = SearchRequestMode(_mode)




        def _parse_source_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                source_ids_type_0 = []
                _source_ids_type_0 = data
                for source_ids_type_0_item_data in (_source_ids_type_0):
                    source_ids_type_0_item = UUID(source_ids_type_0_item_data)



                    source_ids_type_0.append(source_ids_type_0_item)

                return source_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        source_ids = _parse_source_ids(d.pop("source_ids", UNSET))


        search_request = cls(
            query=query,
            k=k,
            mode=mode,
            source_ids=source_ids,
        )


        search_request.additional_properties = d
        return search_request

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
