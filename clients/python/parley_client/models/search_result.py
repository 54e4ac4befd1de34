from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.search_result_mode import SearchResultMode
from typing import cast

if TYPE_CHECKING:
  from ..models.passage import Passage





T = TypeVar("T", bound="SearchResult")



@_attrs_define
class SearchResult:
    """ 
        Attributes:
            mode (SearchResultMode):
            query (str):
            results (list[Passage]):
     """

    mode: SearchResultMode
    query: str
    results: list[Passage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.passage import Passage # noqa: PLC0415
        mode = self.mode.value

        query = self.query

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "mode": mode,
            "query": query,
            "results": results,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.passage import Passage # noqa: PLC0415
        d = dict(src_dict)
        mode = SearchResultMode(d.pop("mode"))




        query = d.pop("query")

        results = []
        _results = d.pop("results")
        for results_item_data in (_results):
            results_item = Passage.from_dict(results_item_data)



            results.append(results_item)


        search_result = cls(
            mode=mode,
            query=query,
            results=results,
        )


        search_result.additional_properties = d
        return search_result

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
