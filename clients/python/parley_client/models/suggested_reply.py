from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.suggested_reply_citations_item import SuggestedReplyCitationsItem





T = TypeVar("T", bound="SuggestedReply")



@_attrs_define
class SuggestedReply:
    """ 
        Attributes:
            answered (bool):
            citations (list[SuggestedReplyCitationsItem]):
            content (str):
            model (str):
            provider (str):
     """

    answered: bool
    citations: list[SuggestedReplyCitationsItem]
    content: str
    model: str
    provider: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.suggested_reply_citations_item import SuggestedReplyCitationsItem # noqa: PLC0415
        answered = self.answered

        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)



        content = self.content

        model = self.model

        provider = self.provider


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "answered": answered,
            "citations": citations,
            "content": content,
            "model": model,
            "provider": provider,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.suggested_reply_citations_item import SuggestedReplyCitationsItem # noqa: PLC0415
        d = dict(src_dict)
        answered = d.pop("answered")

        citations = []
        _citations = d.pop("citations")
        for citations_item_data in (_citations):
            citations_item = SuggestedReplyCitationsItem.from_dict(citations_item_data)



            citations.append(citations_item)


        content = d.pop("content")

        model = d.pop("model")

        provider = d.pop("provider")

        suggested_reply = cls(
            answered=answered,
            citations=citations,
            content=content,
            model=model,
            provider=provider,
        )


        suggested_reply.additional_properties = d
        return suggested_reply

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
