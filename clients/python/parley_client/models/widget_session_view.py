from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.session_status import SessionStatus
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="WidgetSessionView")



@_attrs_define
class WidgetSessionView:
    """ 
        Attributes:
            id (UUID):
            language (None | str):
            last_seq (int):
            started_at (datetime.datetime):
            status (SessionStatus): A conversation's status. An enum, so the spec names it once for fields and filters.
     """

    id: UUID
    language: None | str
    last_seq: int
    started_at: datetime.datetime
    status: SessionStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        language: None | str
        language = self.language

        last_seq = self.last_seq

        started_at = self.started_at.isoformat()

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "language": language,
            "last_seq": last_seq,
            "started_at": started_at,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))


        last_seq = d.pop("last_seq")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))




        status = SessionStatus(d.pop("status"))




        widget_session_view = cls(
            id=id,
            language=language,
            last_seq=last_seq,
            started_at=started_at,
            status=status,
        )


        widget_session_view.additional_properties = d
        return widget_session_view

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
