from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Note")



@_attrs_define
class Note:
    """ 
        Attributes:
            author_user_id (None | UUID):
            body (str):
            conversation_id (UUID):
            created_at (datetime.datetime | None):
            id (UUID):
     """

    author_user_id: None | UUID
    body: str
    conversation_id: UUID
    created_at: datetime.datetime | None
    id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        author_user_id: None | str
        if isinstance(self.author_user_id, UUID):
            author_user_id = str(self.author_user_id)
        else:
            author_user_id = self.author_user_id

        body = self.body

        conversation_id = str(self.conversation_id)

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        id = str(self.id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "author_user_id": author_user_id,
            "body": body,
            "conversation_id": conversation_id,
            "created_at": created_at,
            "id": id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_author_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                author_user_id_type_0 = UUID(data)



                return author_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        author_user_id = _parse_author_user_id(d.pop("author_user_id"))


        body = d.pop("body")

        conversation_id = UUID(d.pop("conversation_id"))




        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)



                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("created_at"))


        id = UUID(d.pop("id"))




        note = cls(
            author_user_id=author_user_id,
            body=body,
            conversation_id=conversation_id,
            created_at=created_at,
            id=id,
        )


        note.additional_properties = d
        return note

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
