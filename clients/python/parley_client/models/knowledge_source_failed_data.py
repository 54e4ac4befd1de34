from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="KnowledgeSourceFailedData")



@_attrs_define
class KnowledgeSourceFailedData:
    """ 
        Attributes:
            chatbot_id (UUID):
            kind (str):
            reason (str):
            source_id (UUID):
     """

    chatbot_id: UUID
    kind: str
    reason: str
    source_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        chatbot_id = str(self.chatbot_id)

        kind = self.kind

        reason = self.reason

        source_id = str(self.source_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "chatbot_id": chatbot_id,
            "kind": kind,
            "reason": reason,
            "source_id": source_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chatbot_id = UUID(d.pop("chatbot_id"))




        kind = d.pop("kind")

        reason = d.pop("reason")

        source_id = UUID(d.pop("source_id"))




        knowledge_source_failed_data = cls(
            chatbot_id=chatbot_id,
            kind=kind,
            reason=reason,
            source_id=source_id,
        )


        knowledge_source_failed_data.additional_properties = d
        return knowledge_source_failed_data

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
