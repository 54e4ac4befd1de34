from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="CalendarCreate")



@_attrs_define
class CalendarCreate:
    """ 
        Attributes:
            password (str): CalDAV: the password; calendly / calcom: the webhook signing key
            url (str): CalDAV: the calendar collection URL; calendly / calcom: the owner's scheduling link offered in chat
            kind (str | Unset): caldav, calendly or calcom (google and microsoft: the OAuth flow) Default: 'caldav'.
            name (str | Unset):  Default: ''.
            username (str | Unset):  Default: ''.
            verify (bool | Unset): Check the calendar answers before saving (503 when it does not) Default: True.
     """

    password: str
    url: str
    kind: str | Unset = 'caldav'
    name: str | Unset = ''
    username: str | Unset = ''
    verify: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        password = self.password

        url = self.url

        kind = self.kind

        name = self.name

        username = self.username

        verify = self.verify


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "password": password,
            "url": url,
        })
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if username is not UNSET:
            field_dict["username"] = username
        if verify is not UNSET:
            field_dict["verify"] = verify

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        url = d.pop("url")

        kind = d.pop("kind", UNSET)

        name = d.pop("name", UNSET)

        username = d.pop("username", UNSET)

        verify = d.pop("verify", UNSET)

        calendar_create = cls(
            password=password,
            url=url,
            kind=kind,
            name=name,
            username=username,
            verify=verify,
        )


        calendar_create.additional_properties = d
        return calendar_create

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
