from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.status_event_by import StatusEventBy
from ..models.status_event_status import StatusEventStatus
from typing import cast
from typing import Literal, cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="StatusEvent")



@_attrs_define
class StatusEvent:
    """ 
        Attributes:
            by (StatusEventBy):
            created_at (datetime.datetime):
            id (UUID):
            seq (int):
            session_id (UUID):
            status (StatusEventStatus):
            type_ (Literal['status']):  Default: 'status'.
     """

    by: StatusEventBy
    created_at: datetime.datetime
    id: UUID
    seq: int
    session_id: UUID
    status: StatusEventStatus
    type_: Literal['status'] = 'status'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        by = self.by.value

        created_at = self.created_at.isoformat()

        id = str(self.id)

        seq = self.seq

        session_id = str(self.session_id)

        status = self.status.value

        type_ = self.type_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "by": by,
            "created_at": created_at,
            "id": id,
            "seq": seq,
            "session_id": session_id,
            "status": status,
            "type": type_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        by = StatusEventBy(d.pop("by"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = UUID(d.pop("id"))




        seq = d.pop("seq")

        session_id = UUID(d.pop("session_id"))




        status = StatusEventStatus(d.pop("status"))




        type_ = cast(Literal['status'] , d.pop("type"))
        if type_ != 'status':
            raise ValueError(f"type must match const 'status', got '{type_}'")

        status_event = cls(
            by=by,
            created_at=created_at,
            id=id,
            seq=seq,
            session_id=session_id,
            status=status,
            type_=type_,
        )


        status_event.additional_properties = d
        return status_event

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
