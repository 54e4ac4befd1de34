from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.session_status import SessionStatus
from typing import cast

if TYPE_CHECKING:
  from ..models.message_event import MessageEvent
  from ..models.read_event import ReadEvent
  from ..models.status_event import StatusEvent





T = TypeVar("T", bound="EventBatch")



@_attrs_define
class EventBatch:
    """ 
        Attributes:
            events (list[MessageEvent | ReadEvent | StatusEvent]):
            last_seq (int):
            status (SessionStatus): A conversation's status. An enum, so the spec names it once for fields and filters.
     """

    events: list[MessageEvent | ReadEvent | StatusEvent]
    last_seq: int
    status: SessionStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.message_event import MessageEvent # noqa: PLC0415
        from ..models.read_event import ReadEvent # noqa: PLC0415
        from ..models.status_event import StatusEvent # noqa: PLC0415
        events = []
        for events_item_data in self.events:
            events_item: dict[str, Any]
            if isinstance(events_item_data, MessageEvent):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, StatusEvent):
                events_item = events_item_data.to_dict()
            else:
                events_item = events_item_data.to_dict()

            events.append(events_item)



        last_seq = self.last_seq

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "events": events,
            "last_seq": last_seq,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_event import MessageEvent # noqa: PLC0415
        from ..models.read_event import ReadEvent # noqa: PLC0415
        from ..models.status_event import StatusEvent # noqa: PLC0415
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in (_events):
            def _parse_events_item(data: object) -> MessageEvent | ReadEvent | StatusEvent:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    events_item_type_0 = MessageEvent.from_dict(data)



                    return events_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    events_item_type_1 = StatusEvent.from_dict(data)



                    return events_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                events_item_type_2 = ReadEvent.from_dict(data)



                return events_item_type_2

            events_item = _parse_events_item(events_item_data)

            events.append(events_item)


        last_seq = d.pop("last_seq")

        status = SessionStatus(d.pop("status"))




        event_batch = cls(
            events=events,
            last_seq=last_seq,
            status=status,
        )


        event_batch.additional_properties = d
        return event_batch

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
