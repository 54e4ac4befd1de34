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
  from ..models.visitor_sidebar_attributes import VisitorSidebarAttributes





T = TypeVar("T", bound="VisitorSidebar")



@_attrs_define
class VisitorSidebar:
    """ 
        Attributes:
            attributes (VisitorSidebarAttributes):
            email (None | str):
            first_seen_at (datetime.datetime | None):
            id (UUID):
            last_seen_at (datetime.datetime | None):
            name (None | str):
            pages (list[str]):
            user_agent (None | str):
     """

    attributes: VisitorSidebarAttributes
    email: None | str
    first_seen_at: datetime.datetime | None
    id: UUID
    last_seen_at: datetime.datetime | None
    name: None | str
    pages: list[str]
    user_agent: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.visitor_sidebar_attributes import VisitorSidebarAttributes # noqa: PLC0415
        attributes = self.attributes.to_dict()

        email: None | str
        email = self.email

        first_seen_at: None | str
        if isinstance(self.first_seen_at, datetime.datetime):
            first_seen_at = self.first_seen_at.isoformat()
        else:
            first_seen_at = self.first_seen_at

        id = str(self.id)

        last_seen_at: None | str
        if isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = self.last_seen_at.isoformat()
        else:
            last_seen_at = self.last_seen_at

        name: None | str
        name = self.name

        pages = self.pages



        user_agent: None | str
        user_agent = self.user_agent


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attributes": attributes,
            "email": email,
            "first_seen_at": first_seen_at,
            "id": id,
            "last_seen_at": last_seen_at,
            "name": name,
            "pages": pages,
            "user_agent": user_agent,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.visitor_sidebar_attributes import VisitorSidebarAttributes # noqa: PLC0415
        d = dict(src_dict)
        attributes = VisitorSidebarAttributes.from_dict(d.pop("attributes"))




        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))


        def _parse_first_seen_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_seen_at_type_0 = datetime.datetime.fromisoformat(data)



                return first_seen_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_seen_at = _parse_first_seen_at(d.pop("first_seen_at"))


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


        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))


        pages = cast(list[str], d.pop("pages"))


        def _parse_user_agent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_agent = _parse_user_agent(d.pop("user_agent"))


        visitor_sidebar = cls(
            attributes=attributes,
            email=email,
            first_seen_at=first_seen_at,
            id=id,
            last_seen_at=last_seen_at,
            name=name,
            pages=pages,
            user_agent=user_agent,
        )


        visitor_sidebar.additional_properties = d
        return visitor_sidebar

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
