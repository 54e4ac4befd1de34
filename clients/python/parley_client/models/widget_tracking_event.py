from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.widget_tracking_event_kind import WidgetTrackingEventKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="WidgetTrackingEvent")



@_attrs_define
class WidgetTrackingEvent:
    """ 
        Attributes:
            kind (WidgetTrackingEventKind):
            page_url (None | str | Unset):
     """

    kind: WidgetTrackingEventKind
    page_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        page_url: None | str | Unset
        if isinstance(self.page_url, Unset):
            page_url = UNSET
        else:
            page_url = self.page_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
        })
        if page_url is not UNSET:
            field_dict["page_url"] = page_url

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = WidgetTrackingEventKind(d.pop("kind"))




        def _parse_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        page_url = _parse_page_url(d.pop("page_url", UNSET))


        widget_tracking_event = cls(
            kind=kind,
            page_url=page_url,
        )


        widget_tracking_event.additional_properties = d
        return widget_tracking_event

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
