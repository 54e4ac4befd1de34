from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="EmbedCode")



@_attrs_define
class EmbedCode:
    """ 
        Attributes:
            bundle_bytes (int):
            bundle_gzip_bytes (int):
            instructions (list[str]):
            integrity (str):
            preview_origin_allowed (bool):
            preview_url (str):
            public_id (str):
            script_url (str):
            snippet (str):
     """

    bundle_bytes: int
    bundle_gzip_bytes: int
    instructions: list[str]
    integrity: str
    preview_origin_allowed: bool
    preview_url: str
    public_id: str
    script_url: str
    snippet: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        bundle_bytes = self.bundle_bytes

        bundle_gzip_bytes = self.bundle_gzip_bytes

        instructions = self.instructions



        integrity = self.integrity

        preview_origin_allowed = self.preview_origin_allowed

        preview_url = self.preview_url

        public_id = self.public_id

        script_url = self.script_url

        snippet = self.snippet


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "bundle_bytes": bundle_bytes,
            "bundle_gzip_bytes": bundle_gzip_bytes,
            "instructions": instructions,
            "integrity": integrity,
            "preview_origin_allowed": preview_origin_allowed,
            "preview_url": preview_url,
            "public_id": public_id,
            "script_url": script_url,
            "snippet": snippet,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bundle_bytes = d.pop("bundle_bytes")

        bundle_gzip_bytes = d.pop("bundle_gzip_bytes")

        instructions = cast(list[str], d.pop("instructions"))


        integrity = d.pop("integrity")

        preview_origin_allowed = d.pop("preview_origin_allowed")

        preview_url = d.pop("preview_url")

        public_id = d.pop("public_id")

        script_url = d.pop("script_url")

        snippet = d.pop("snippet")

        embed_code = cls(
            bundle_bytes=bundle_bytes,
            bundle_gzip_bytes=bundle_gzip_bytes,
            instructions=instructions,
            integrity=integrity,
            preview_origin_allowed=preview_origin_allowed,
            preview_url=preview_url,
            public_id=public_id,
            script_url=script_url,
            snippet=snippet,
        )


        embed_code.additional_properties = d
        return embed_code

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
