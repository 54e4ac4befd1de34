from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.widget_session_create_details_type_0 import WidgetSessionCreateDetailsType0
  from ..models.widget_session_create_metadata_type_0 import WidgetSessionCreateMetadataType0





T = TypeVar("T", bound="WidgetSessionCreate")



@_attrs_define
class WidgetSessionCreate:
    """ 
        Attributes:
            details (None | Unset | WidgetSessionCreateDetailsType0):
            email (None | str | Unset):
            language (None | str | Unset):
            metadata (None | Unset | WidgetSessionCreateMetadataType0):
            name (None | str | Unset):
            visitor_token (None | str | Unset):
     """

    details: None | Unset | WidgetSessionCreateDetailsType0 = UNSET
    email: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    metadata: None | Unset | WidgetSessionCreateMetadataType0 = UNSET
    name: None | str | Unset = UNSET
    visitor_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.widget_session_create_details_type_0 import WidgetSessionCreateDetailsType0 # noqa: PLC0415
        from ..models.widget_session_create_metadata_type_0 import WidgetSessionCreateMetadataType0 # noqa: PLC0415
        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, WidgetSessionCreateDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, WidgetSessionCreateMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        visitor_token: None | str | Unset
        if isinstance(self.visitor_token, Unset):
            visitor_token = UNSET
        else:
            visitor_token = self.visitor_token


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if details is not UNSET:
            field_dict["details"] = details
        if email is not UNSET:
            field_dict["email"] = email
        if language is not UNSET:
            field_dict["language"] = language
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if visitor_token is not UNSET:
            field_dict["visitor_token"] = visitor_token

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.widget_session_create_details_type_0 import WidgetSessionCreateDetailsType0 # noqa: PLC0415
        from ..models.widget_session_create_metadata_type_0 import WidgetSessionCreateMetadataType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_details(data: object) -> None | Unset | WidgetSessionCreateDetailsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = WidgetSessionCreateDetailsType0.from_dict(data)



                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WidgetSessionCreateDetailsType0, data)

        details = _parse_details(d.pop("details", UNSET))


        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))


        def _parse_metadata(data: object) -> None | Unset | WidgetSessionCreateMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = WidgetSessionCreateMetadataType0.from_dict(data)



                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WidgetSessionCreateMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_visitor_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visitor_token = _parse_visitor_token(d.pop("visitor_token", UNSET))


        widget_session_create = cls(
            details=details,
            email=email,
            language=language,
            metadata=metadata,
            name=name,
            visitor_token=visitor_token,
        )


        widget_session_create.additional_properties = d
        return widget_session_create

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
