from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.faq_pair import FaqPair





T = TypeVar("T", bound="FaqSourceCreate")



@_attrs_define
class FaqSourceCreate:
    """ 
        Attributes:
            faq (list[FaqPair]):
            kind (Literal['faq']):  Default: 'faq'.
            name (str):
            language (None | str | Unset):
     """

    faq: list[FaqPair]
    name: str
    kind: Literal['faq'] = 'faq'
    language: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.faq_pair import FaqPair # noqa: PLC0415
        faq = []
        for faq_item_data in self.faq:
            faq_item = faq_item_data.to_dict()
            faq.append(faq_item)



        kind = self.kind

        name = self.name

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "faq": faq,
            "kind": kind,
            "name": name,
        })
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.faq_pair import FaqPair # noqa: PLC0415
        d = dict(src_dict)
        faq = []
        _faq = d.pop("faq")
        for faq_item_data in (_faq):
            faq_item = FaqPair.from_dict(faq_item_data)



            faq.append(faq_item)


        kind = cast(Literal['faq'] , d.pop("kind"))
        if kind != 'faq':
            raise ValueError(f"kind must match const 'faq', got '{kind}'")

        name = d.pop("name")

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))


        faq_source_create = cls(
            faq=faq,
            kind=kind,
            name=name,
            language=language,
        )


        faq_source_create.additional_properties = d
        return faq_source_create

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
