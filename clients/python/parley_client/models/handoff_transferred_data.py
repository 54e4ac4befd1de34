from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID






T = TypeVar("T", bound="HandoffTransferredData")



@_attrs_define
class HandoffTransferredData:
    """ 
        Attributes:
            chatbot_id (UUID):
            conversation_id (UUID):
            from_user_id (None | UUID):
            handoff_id (UUID):
            to_team_id (None | UUID):
            to_user_id (None | UUID):
     """

    chatbot_id: UUID
    conversation_id: UUID
    from_user_id: None | UUID
    handoff_id: UUID
    to_team_id: None | UUID
    to_user_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        chatbot_id = str(self.chatbot_id)

        conversation_id = str(self.conversation_id)

        from_user_id: None | str
        if isinstance(self.from_user_id, UUID):
            from_user_id = str(self.from_user_id)
        else:
            from_user_id = self.from_user_id

        handoff_id = str(self.handoff_id)

        to_team_id: None | str
        if isinstance(self.to_team_id, UUID):
            to_team_id = str(self.to_team_id)
        else:
            to_team_id = self.to_team_id

        to_user_id: None | str
        if isinstance(self.to_user_id, UUID):
            to_user_id = str(self.to_user_id)
        else:
            to_user_id = self.to_user_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "chatbot_id": chatbot_id,
            "conversation_id": conversation_id,
            "from_user_id": from_user_id,
            "handoff_id": handoff_id,
            "to_team_id": to_team_id,
            "to_user_id": to_user_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chatbot_id = UUID(d.pop("chatbot_id"))




        conversation_id = UUID(d.pop("conversation_id"))




        def _parse_from_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_user_id_type_0 = UUID(data)



                return from_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        from_user_id = _parse_from_user_id(d.pop("from_user_id"))


        handoff_id = UUID(d.pop("handoff_id"))




        def _parse_to_team_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_team_id_type_0 = UUID(data)



                return to_team_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        to_team_id = _parse_to_team_id(d.pop("to_team_id"))


        def _parse_to_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_user_id_type_0 = UUID(data)



                return to_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        to_user_id = _parse_to_user_id(d.pop("to_user_id"))


        handoff_transferred_data = cls(
            chatbot_id=chatbot_id,
            conversation_id=conversation_id,
            from_user_id=from_user_id,
            handoff_id=handoff_id,
            to_team_id=to_team_id,
            to_user_id=to_user_id,
        )


        handoff_transferred_data.additional_properties = d
        return handoff_transferred_data

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
