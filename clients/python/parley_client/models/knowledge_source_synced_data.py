from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="KnowledgeSourceSyncedData")



@_attrs_define
class KnowledgeSourceSyncedData:
    """ 
        Attributes:
            chatbot_id (UUID):
            chunk_count (int):
            document_count (int):
            kind (str):
            source_id (UUID):
     """

    chatbot_id: UUID
    chunk_count: int
    document_count: int
    kind: str
    source_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        chatbot_id = str(self.chatbot_id)

        chunk_count = self.chunk_count

        document_count = self.document_count

        kind = self.kind

        source_id = str(self.source_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "chatbot_id": chatbot_id,
            "chunk_count": chunk_count,
            "document_count": document_count,
            "kind": kind,
            "source_id": source_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chatbot_id = UUID(d.pop("chatbot_id"))




        chunk_count = d.pop("chunk_count")

        document_count = d.pop("document_count")

        kind = d.pop("kind")

        source_id = UUID(d.pop("source_id"))




        knowledge_source_synced_data = cls(
            chatbot_id=chatbot_id,
            chunk_count=chunk_count,
            document_count=document_count,
            kind=kind,
            source_id=source_id,
        )


        knowledge_source_synced_data.additional_properties = d
        return knowledge_source_synced_data

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
