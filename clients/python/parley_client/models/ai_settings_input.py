from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.ai_settings_input_provider_type_0 import AiSettingsInputProviderType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AiSettingsInput")



@_attrs_define
class AiSettingsInput:
    """ 
        Attributes:
            api_key (None | str | Unset):
            base_url (None | str | Unset):
            max_tokens (int | Unset):
            model (str | Unset):
            provider (AiSettingsInputProviderType0 | Unset):
            temperature (float | Unset):
     """

    api_key: None | str | Unset = UNSET
    base_url: None | str | Unset = UNSET
    max_tokens: int | Unset = UNSET
    model: str | Unset = UNSET
    provider: AiSettingsInputProviderType0 | Unset = UNSET
    temperature: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
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

        max_tokens: int | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        model: str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        provider: str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider.value


        temperature: float | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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


        def _parse_max_tokens(data: object) -> int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | Unset, data)

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))


        def _parse_model(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))


        def _parse_provider(data: object) -> AiSettingsInputProviderType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            provider_type_0 = AiSettingsInputProviderType0(data)



            return provider_type_0

        provider = _parse_provider(d.pop("provider", UNSET))


        def _parse_temperature(data: object) -> float | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))


        ai_settings_input = cls(
            api_key=api_key,
            base_url=base_url,
            max_tokens=max_tokens,
            model=model,
            provider=provider,
            temperature=temperature,
        )


        ai_settings_input.additional_properties = d
        return ai_settings_input

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
