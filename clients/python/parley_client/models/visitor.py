from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.visitor_metadata import VisitorMetadata





T = TypeVar("T", bound="Visitor")



@_attrs_define
class Visitor:
    """ 
        Attributes:
            created_at (datetime.datetime):
            email (None | str):
            id (UUID):
            last_seen_at (datetime.datetime | None):
            metadata (VisitorMetadata):
            name (None | str):
     """

    created_at: datetime.datetime
    email: None | str
    id: UUID
    last_seen_at: datetime.datetime | None
    metadata: VisitorMetadata
    name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.visitor_metadata import VisitorMetadata # noqa: PLC0415
        created_at = self.created_at.isoformat()

        email: None | str
        email = self.email

        id = str(self.id)

        last_seen_at: None | str
        if isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = self.last_seen_at.isoformat()
        else:
            last_seen_at = self.last_seen_at

        metadata = self.metadata.to_dict()

        name: None | str
        name = self.name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "email": email,
            "id": id,
            "last_seen_at": last_seen_at,
            "metadata": metadata,
            "name": name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.visitor_metadata import VisitorMetadata # noqa: PLC0415
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))


        id = UUID(d.pop("id"))




        def _parse_last_seen_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_seen_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_seen_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_seen_at = _parse_last_seen_at(d.pop("last_seen_at"))


        metadata = VisitorMetadata.from_dict(d.pop("metadata"))




        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))


        visitor = cls(
            created_at=created_at,
            email=email,
            id=id,
            last_seen_at=last_seen_at,
            metadata=metadata,
            name=name,
        )


        visitor.additional_properties = d
        return visitor

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
