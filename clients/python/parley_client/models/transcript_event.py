from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.attachment import Attachment
  from ..models.transcript_event_data import TranscriptEventData





T = TypeVar("T", bound="TranscriptEvent")



@_attrs_define
class TranscriptEvent:
    """ 
        Attributes:
            content (None | str):
            created_at (datetime.datetime | None):
            data (TranscriptEventData):
            kind (str):
            sender (str):
            seq (int):
            attachments (list[Attachment] | Unset):
     """

    content: None | str
    created_at: datetime.datetime | None
    data: TranscriptEventData
    kind: str
    sender: str
    seq: int
    attachments: list[Attachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment import Attachment # noqa: PLC0415
        from ..models.transcript_event_data import TranscriptEventData # noqa: PLC0415
        content: None | str
        content = self.content

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        data = self.data.to_dict()

        kind = self.kind

        sender = self.sender

        seq = self.seq

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "content": content,
            "created_at": created_at,
            "data": data,
            "kind": kind,
            "sender": sender,
            "seq": seq,
        })
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment # noqa: PLC0415
        from ..models.transcript_event_data import TranscriptEventData # noqa: PLC0415
        d = dict(src_dict)
        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d.pop("content"))


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


        data = TranscriptEventData.from_dict(d.pop("data"))




        kind = d.pop("kind")

        sender = d.pop("sender")

        seq = d.pop("seq")

        _attachments = d.pop("attachments", UNSET)
        attachments: list[Attachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)



                attachments.append(attachments_item)


        transcript_event = cls(
            content=content,
            created_at=created_at,
            data=data,
            kind=kind,
            sender=sender,
            seq=seq,
            attachments=attachments,
        )


        transcript_event.additional_properties = d
        return transcript_event

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
