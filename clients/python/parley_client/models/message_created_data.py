from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID






T = TypeVar("T", bound="MessageCreatedData")



@_attrs_define
class MessageCreatedData:
    """ 
        Attributes:
            attachment_count (int):
            chatbot_id (UUID):
            content (str):
            conversation_id (UUID):
            message_id (UUID):
            sender (str):
            sender_user_id (None | UUID):
            seq (int):
     """

    attachment_count: int
    chatbot_id: UUID
    content: str
    conversation_id: UUID
    message_id: UUID
    sender: str
    sender_user_id: None | UUID
    seq: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attachment_count = self.attachment_count

        chatbot_id = str(self.chatbot_id)

        content = self.content

        conversation_id = str(self.conversation_id)

        message_id = str(self.message_id)

        sender = self.sender

        sender_user_id: None | str
        if isinstance(self.sender_user_id, UUID):
            sender_user_id = str(self.sender_user_id)
        else:
            sender_user_id = self.sender_user_id

        seq = self.seq


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attachment_count": attachment_count,
            "chatbot_id": chatbot_id,
            "content": content,
            "conversation_id": conversation_id,
            "message_id": message_id,
            "sender": sender,
            "sender_user_id": sender_user_id,
            "seq": seq,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachment_count = d.pop("attachment_count")

        chatbot_id = UUID(d.pop("chatbot_id"))




        content = d.pop("content")

        conversation_id = UUID(d.pop("conversation_id"))




        message_id = UUID(d.pop("message_id"))




        sender = d.pop("sender")

        def _parse_sender_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sender_user_id_type_0 = UUID(data)



                return sender_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        sender_user_id = _parse_sender_user_id(d.pop("sender_user_id"))


        seq = d.pop("seq")

        message_created_data = cls(
            attachment_count=attachment_count,
            chatbot_id=chatbot_id,
            content=content,
            conversation_id=conversation_id,
            message_id=message_id,
            sender=sender,
            sender_user_id=sender_user_id,
            seq=seq,
        )


        message_created_data.additional_properties = d
        return message_created_data

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
