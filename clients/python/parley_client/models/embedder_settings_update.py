from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.embedder_settings_update_embedder import EmbedderSettingsUpdateEmbedder
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EmbedderSettingsUpdate")



@_attrs_define
class EmbedderSettingsUpdate:
    """ 
        Attributes:
            embedder (EmbedderSettingsUpdateEmbedder):
            api_key (None | str | Unset):
            base_url (None | str | Unset):
            model (str | Unset):  Default: ''.
     """

    embedder: EmbedderSettingsUpdateEmbedder
    api_key: None | str | Unset = UNSET
    base_url: None | str | Unset = UNSET
    model: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        embedder = self.embedder.value

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        model = self.model


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "embedder": embedder,
        })
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        embedder = EmbedderSettingsUpdateEmbedder(d.pop("embedder"))




        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))


        def _parse_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_url = _parse_base_url(d.pop("base_url", UNSET))


        model = d.pop("model", UNSET)

        embedder_settings_update = cls(
            embedder=embedder,
            api_key=api_key,
            base_url=base_url,
            model=model,
        )


        embedder_settings_update.additional_properties = d
        return embedder_settings_update

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
