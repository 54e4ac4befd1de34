from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.ai_settings_provider import AiSettingsProvider
from typing import cast






T = TypeVar("T", bound="AiSettings")



@_attrs_define
class AiSettings:
    """ 
        Attributes:
            base_url (None | str):
            has_api_key (bool):
            max_tokens (int):
            model (str):
            provider (AiSettingsProvider):
            temperature (float):
     """

    base_url: None | str
    has_api_key: bool
    max_tokens: int
    model: str
    provider: AiSettingsProvider
    temperature: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        base_url: None | str
        base_url = self.base_url

        has_api_key = self.has_api_key

        max_tokens = self.max_tokens

        model = self.model

        provider = self.provider.value

        temperature = self.temperature


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "base_url": base_url,
            "has_api_key": has_api_key,
            "max_tokens": max_tokens,
            "model": model,
            "provider": provider,
            "temperature": temperature,
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


        has_api_key = d.pop("has_api_key")

        max_tokens = d.pop("max_tokens")

        model = d.pop("model")

        provider = AiSettingsProvider(d.pop("provider"))




        temperature = d.pop("temperature")

        ai_settings = cls(
            base_url=base_url,
            has_api_key=has_api_key,
            max_tokens=max_tokens,
            model=model,
            provider=provider,
            temperature=temperature,
        )


        ai_settings.additional_properties = d
        return ai_settings

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
