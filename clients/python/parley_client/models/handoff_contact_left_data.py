from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="HandoffContactLeftData")



@_attrs_define
class HandoffContactLeftData:
    """ 
        Attributes:
            chatbot_id (UUID):
            conversation_id (UUID):
            handoff_id (UUID):
            lead_id (UUID):
     """

    chatbot_id: UUID
    conversation_id: UUID
    handoff_id: UUID
    lead_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        chatbot_id = str(self.chatbot_id)

        conversation_id = str(self.conversation_id)

        handoff_id = str(self.handoff_id)

        lead_id = str(self.lead_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "chatbot_id": chatbot_id,
            "conversation_id": conversation_id,
            "handoff_id": handoff_id,
            "lead_id": lead_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chatbot_id = UUID(d.pop("chatbot_id"))




        conversation_id = UUID(d.pop("conversation_id"))




        handoff_id = UUID(d.pop("handoff_id"))




        lead_id = UUID(d.pop("lead_id"))




        handoff_contact_left_data = cls(
            chatbot_id=chatbot_id,
            conversation_id=conversation_id,
            handoff_id=handoff_id,
            lead_id=lead_id,
        )


        handoff_contact_left_data.additional_properties = d
        return handoff_contact_left_data

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
