from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.event_batch_status import EventBatchStatus
from typing import cast

if TYPE_CHECKING:
  from ..models.event_batch_events_item import EventBatchEventsItem





T = TypeVar("T", bound="EventBatch")



@_attrs_define
class EventBatch:
    """ 
        Attributes:
            events (list[EventBatchEventsItem]):
            last_seq (int):
            status (EventBatchStatus):
     """

    events: list[EventBatchEventsItem]
    last_seq: int
    status: EventBatchStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.event_batch_events_item import EventBatchEventsItem # noqa: PLC0415
        events = []
        for events_item_data in self.events:
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
        from ..models.event_batch_events_item import EventBatchEventsItem # noqa: PLC0415
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in (_events):
            events_item = EventBatchEventsItem.from_dict(events_item_data)



            events.append(events_item)


        last_seq = d.pop("last_seq")

        status = EventBatchStatus(d.pop("status"))




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
