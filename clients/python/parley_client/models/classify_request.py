from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.classify_request_mode import ClassifyRequestMode
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ClassifyRequest")



@_attrs_define
class ClassifyRequest:
    """ 
        Attributes:
            text (str):
            language (None | str | Unset):
            mode (ClassifyRequestMode | Unset):  Default: ClassifyRequestMode.OFFLINE.
     """

    text: str
    language: None | str | Unset = UNSET
    mode: ClassifyRequestMode | Unset = ClassifyRequestMode.OFFLINE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        text = self.text

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "text": text,
        })
        if language is not UNSET:
            field_dict["language"] = language
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))


        _mode = d.pop("mode", UNSET)
        mode: ClassifyRequestMode | Unset
        if isinstance(_mode,  Unset):
            mode = UNSET
        else:
            mode = ClassifyRequestMode(_mode)




        classify_request = cls(
            text=text,
            language=language,
            mode=mode,
        )


        classify_request.additional_properties = d
        return classify_request

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
