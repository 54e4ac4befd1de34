from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.embedder_settings_embedder import EmbedderSettingsEmbedder
from typing import cast






T = TypeVar("T", bound="EmbedderSettings")



@_attrs_define
class EmbedderSettings:
    """ 
        Attributes:
            base_url (None | str):
            embedder (EmbedderSettingsEmbedder):
            has_api_key (bool):
            model (str):
     """

    base_url: None | str
    embedder: EmbedderSettingsEmbedder
    has_api_key: bool
    model: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        base_url: None | str
        base_url = self.base_url

        embedder = self.embedder.value

        has_api_key = self.has_api_key

        model = self.model


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "base_url": base_url,
            "embedder": embedder,
            "has_api_key": has_api_key,
            "model": model,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_base_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        base_url = _parse_base_url(d.pop("base_url"))


        embedder = EmbedderSettingsEmbedder(d.pop("embedder"))




        has_api_key = d.pop("has_api_key")

        model = d.pop("model")

        embedder_settings = cls(
            base_url=base_url,
            embedder=embedder,
            has_api_key=has_api_key,
            model=model,
        )


        embedder_settings.additional_properties = d
        return embedder_settings

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
