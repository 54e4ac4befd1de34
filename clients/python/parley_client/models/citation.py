from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID






T = TypeVar("T", bound="Citation")



@_attrs_define
class Citation:
    """ 
        Attributes:
            document_id (UUID):
            heading_path (list[str]):
            source_id (UUID):
            title (str):
            url (None | str):
     """

    document_id: UUID
    heading_path: list[str]
    source_id: UUID
    title: str
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        document_id = str(self.document_id)

        heading_path = self.heading_path



        source_id = str(self.source_id)

        title = self.title

        url: None | str
        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "document_id": document_id,
            "heading_path": heading_path,
            "source_id": source_id,
            "title": title,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = UUID(d.pop("document_id"))




        heading_path = cast(list[str], d.pop("heading_path"))


        source_id = UUID(d.pop("source_id"))




        title = d.pop("title")

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))


        citation = cls(
            document_id=document_id,
            heading_path=heading_path,
            source_id=source_id,
            title=title,
            url=url,
        )


        citation.additional_properties = d
        return citation

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
