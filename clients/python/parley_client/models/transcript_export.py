from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.event import Event
  from ..models.session import Session
  from ..models.visitor import Visitor





T = TypeVar("T", bound="TranscriptExport")



@_attrs_define
class TranscriptExport:
    """ 
        Attributes:
            events (list[Event]):
            session (Session):
            text (str):
            visitor (None | Visitor):
     """

    events: list[Event]
    session: Session
    text: str
    visitor: None | Visitor
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.event import Event # noqa: PLC0415
        from ..models.session import Session # noqa: PLC0415
        from ..models.visitor import Visitor # noqa: PLC0415
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)



        session = self.session.to_dict()

        text = self.text

        visitor: dict[str, Any] | None
        if isinstance(self.visitor, Visitor):
            visitor = self.visitor.to_dict()
        else:
            visitor = self.visitor


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "events": events,
            "session": session,
            "text": text,
            "visitor": visitor,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event import Event # noqa: PLC0415
        from ..models.session import Session # noqa: PLC0415
        from ..models.visitor import Visitor # noqa: PLC0415
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in (_events):
            events_item = Event.from_dict(events_item_data)



            events.append(events_item)


        session = Session.from_dict(d.pop("session"))




        text = d.pop("text")

        def _parse_visitor(data: object) -> None | Visitor:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                visitor_type_0 = Visitor.from_dict(data)



                return visitor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Visitor, data)

        visitor = _parse_visitor(d.pop("visitor"))


        transcript_export = cls(
            events=events,
            session=session,
            text=text,
            visitor=visitor,
        )


        transcript_export.additional_properties = d
        return transcript_export

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
