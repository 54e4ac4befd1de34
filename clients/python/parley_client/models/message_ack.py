from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="MessageAck")



@_attrs_define
class MessageAck:
    """ 
        Attributes:
            client_id (str):
            created_at (datetime.datetime):
            duplicate (bool):
            message_id (UUID):
            seq (int):
            session_id (UUID):
     """

    client_id: str
    created_at: datetime.datetime
    duplicate: bool
    message_id: UUID
    seq: int
    session_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        created_at = self.created_at.isoformat()

        duplicate = self.duplicate

        message_id = str(self.message_id)

        seq = self.seq

        session_id = str(self.session_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "client_id": client_id,
            "created_at": created_at,
            "duplicate": duplicate,
            "message_id": message_id,
            "seq": seq,
            "session_id": session_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        duplicate = d.pop("duplicate")

        message_id = UUID(d.pop("message_id"))




        seq = d.pop("seq")

        session_id = UUID(d.pop("session_id"))




        message_ack = cls(
            client_id=client_id,
            created_at=created_at,
            duplicate=duplicate,
            message_id=message_id,
            seq=seq,
            session_id=session_id,
        )


        message_ack.additional_properties = d
        return message_ack

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
