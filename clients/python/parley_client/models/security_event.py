from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.security_event_kind import SecurityEventKind
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="SecurityEvent")



@_attrs_define
class SecurityEvent:
    """ 
        Attributes:
            client_address (str):
            created_at (datetime.datetime):
            id (UUID):
            kind (SecurityEventKind):
     """

    client_address: str
    created_at: datetime.datetime
    id: UUID
    kind: SecurityEventKind
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        client_address = self.client_address

        created_at = self.created_at.isoformat()

        id = str(self.id)

        kind = self.kind.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "client_address": client_address,
            "created_at": created_at,
            "id": id,
            "kind": kind,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_address = d.pop("client_address")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = UUID(d.pop("id"))




        kind = SecurityEventKind(d.pop("kind"))




        security_event = cls(
            client_address=client_address,
            created_at=created_at,
            id=id,
            kind=kind,
        )


        security_event.additional_properties = d
        return security_event

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
