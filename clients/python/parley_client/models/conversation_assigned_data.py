from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID






T = TypeVar("T", bound="ConversationAssignedData")



@_attrs_define
class ConversationAssignedData:
    """ 
        Attributes:
            assigned_user_id (None | UUID):
            chatbot_id (UUID):
            conversation_id (UUID):
     """

    assigned_user_id: None | UUID
    chatbot_id: UUID
    conversation_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        assigned_user_id: None | str
        if isinstance(self.assigned_user_id, UUID):
            assigned_user_id = str(self.assigned_user_id)
        else:
            assigned_user_id = self.assigned_user_id

        chatbot_id = str(self.chatbot_id)

        conversation_id = str(self.conversation_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assigned_user_id": assigned_user_id,
            "chatbot_id": chatbot_id,
            "conversation_id": conversation_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_assigned_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_user_id_type_0 = UUID(data)



                return assigned_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        assigned_user_id = _parse_assigned_user_id(d.pop("assigned_user_id"))


        chatbot_id = UUID(d.pop("chatbot_id"))




        conversation_id = UUID(d.pop("conversation_id"))




        conversation_assigned_data = cls(
            assigned_user_id=assigned_user_id,
            chatbot_id=chatbot_id,
            conversation_id=conversation_id,
        )


        conversation_assigned_data.additional_properties = d
        return conversation_assigned_data

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
