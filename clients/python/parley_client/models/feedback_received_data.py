from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID






T = TypeVar("T", bound="FeedbackReceivedData")



@_attrs_define
class FeedbackReceivedData:
    """ 
        Attributes:
            chatbot_id (UUID):
            comment (None | str):
            conversation_id (UUID):
            rating (int):
     """

    chatbot_id: UUID
    comment: None | str
    conversation_id: UUID
    rating: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        chatbot_id = str(self.chatbot_id)

        comment: None | str
        comment = self.comment

        conversation_id = str(self.conversation_id)

        rating = self.rating


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "chatbot_id": chatbot_id,
            "comment": comment,
            "conversation_id": conversation_id,
            "rating": rating,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chatbot_id = UUID(d.pop("chatbot_id"))




        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))


        conversation_id = UUID(d.pop("conversation_id"))




        rating = d.pop("rating")

        feedback_received_data = cls(
            chatbot_id=chatbot_id,
            comment=comment,
            conversation_id=conversation_id,
            rating=rating,
        )


        feedback_received_data.additional_properties = d
        return feedback_received_data

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
