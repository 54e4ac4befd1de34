from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.handoff_contact_left_webhook_type import HandoffContactLeftWebhookType
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.handoff_contact_left_data import HandoffContactLeftData





T = TypeVar("T", bound="HandoffContactLeftWebhook")



@_attrs_define
class HandoffContactLeftWebhook:
    """ 
        Attributes:
            data (HandoffContactLeftData):
            timestamp (datetime.datetime):
            type_ (HandoffContactLeftWebhookType):
     """

    data: HandoffContactLeftData
    timestamp: datetime.datetime
    type_: HandoffContactLeftWebhookType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.handoff_contact_left_data import HandoffContactLeftData # noqa: PLC0415
        data = self.data.to_dict()

        timestamp = self.timestamp.isoformat()

        type_ = self.type_.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "data": data,
            "timestamp": timestamp,
            "type": type_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.handoff_contact_left_data import HandoffContactLeftData # noqa: PLC0415
        d = dict(src_dict)
        data = HandoffContactLeftData.from_dict(d.pop("data"))




        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))




        type_ = HandoffContactLeftWebhookType(d.pop("type"))




        handoff_contact_left_webhook = cls(
            data=data,
            timestamp=timestamp,
            type_=type_,
        )


        handoff_contact_left_webhook.additional_properties = d
        return handoff_contact_left_webhook

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
