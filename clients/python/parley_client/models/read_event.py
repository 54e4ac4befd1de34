from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.read_event_reader import ReadEventReader
from typing import cast
from typing import Literal, cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="ReadEvent")



@_attrs_define
class ReadEvent:
    """ 
        Attributes:
            created_at (datetime.datetime):
            id (UUID):
            reader (ReadEventReader):
            seq (int):
            session_id (UUID):
            type_ (Literal['read']):  Default: 'read'.
            up_to_seq (int):
     """

    created_at: datetime.datetime
    id: UUID
    reader: ReadEventReader
    seq: int
    session_id: UUID
    up_to_seq: int
    type_: Literal['read'] = 'read'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        reader = self.reader.value

        seq = self.seq

        session_id = str(self.session_id)

        type_ = self.type_

        up_to_seq = self.up_to_seq


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "reader": reader,
            "seq": seq,
            "session_id": session_id,
            "type": type_,
            "up_to_seq": up_to_seq,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = UUID(d.pop("id"))




        reader = ReadEventReader(d.pop("reader"))




        seq = d.pop("seq")

        session_id = UUID(d.pop("session_id"))




        type_ = cast(Literal['read'] , d.pop("type"))
        if type_ != 'read':
            raise ValueError(f"type must match const 'read', got '{type_}'")

        up_to_seq = d.pop("up_to_seq")

        read_event = cls(
            created_at=created_at,
            id=id,
            reader=reader,
            seq=seq,
            session_id=session_id,
            type_=type_,
            up_to_seq=up_to_seq,
        )


        read_event.additional_properties = d
        return read_event

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
