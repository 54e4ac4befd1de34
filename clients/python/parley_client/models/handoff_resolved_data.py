from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID






T = TypeVar("T", bound="HandoffResolvedData")



@_attrs_define
class HandoffResolvedData:
    """ 
        Attributes:
            chatbot_id (UUID):
            conversation_id (UUID):
            handle_seconds (float | None):
            handoff_id (UUID):
            operator_id (None | UUID):
            resolution (str):
            wait_seconds (float | None):
     """

    chatbot_id: UUID
    conversation_id: UUID
    handle_seconds: float | None
    handoff_id: UUID
    operator_id: None | UUID
    resolution: str
    wait_seconds: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        chatbot_id = str(self.chatbot_id)

        conversation_id = str(self.conversation_id)

        handle_seconds: float | None
        handle_seconds = self.handle_seconds

        handoff_id = str(self.handoff_id)

        operator_id: None | str
        if isinstance(self.operator_id, UUID):
            operator_id = str(self.operator_id)
        else:
            operator_id = self.operator_id

        resolution = self.resolution

        wait_seconds: float | None
        wait_seconds = self.wait_seconds


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "chatbot_id": chatbot_id,
            "conversation_id": conversation_id,
            "handle_seconds": handle_seconds,
            "handoff_id": handoff_id,
            "operator_id": operator_id,
            "resolution": resolution,
            "wait_seconds": wait_seconds,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chatbot_id = UUID(d.pop("chatbot_id"))




        conversation_id = UUID(d.pop("conversation_id"))




        def _parse_handle_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        handle_seconds = _parse_handle_seconds(d.pop("handle_seconds"))


        handoff_id = UUID(d.pop("handoff_id"))




        def _parse_operator_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operator_id_type_0 = UUID(data)



                return operator_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        operator_id = _parse_operator_id(d.pop("operator_id"))


        resolution = d.pop("resolution")

        def _parse_wait_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        wait_seconds = _parse_wait_seconds(d.pop("wait_seconds"))


        handoff_resolved_data = cls(
            chatbot_id=chatbot_id,
            conversation_id=conversation_id,
            handle_seconds=handle_seconds,
            handoff_id=handoff_id,
            operator_id=operator_id,
            resolution=resolution,
            wait_seconds=wait_seconds,
        )


        handoff_resolved_data.additional_properties = d
        return handoff_resolved_data

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
