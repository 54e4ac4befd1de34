from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.pre_chat_field_kind import PreChatFieldKind
from ..types import UNSET, Unset






T = TypeVar("T", bound="PreChatField")



@_attrs_define
class PreChatField:
    """ 
        Attributes:
            key (str):
            label (str):
            kind (PreChatFieldKind | Unset):  Default: PreChatFieldKind.TEXT.
            required (bool | Unset):  Default: False.
     """

    key: str
    label: str
    kind: PreChatFieldKind | Unset = PreChatFieldKind.TEXT
    required: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value


        required = self.required


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "key": key,
            "label": label,
        })
        if kind is not UNSET:
            field_dict["kind"] = kind
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        _kind = d.pop("kind", UNSET)
        kind: PreChatFieldKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = PreChatFieldKind(_kind)




        required = d.pop("required", UNSET)

        pre_chat_field = cls(
            key=key,
            label=label,
            kind=kind,
            required=required,
        )


        pre_chat_field.additional_properties = d
        return pre_chat_field

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
