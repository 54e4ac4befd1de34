from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.message_event_sender import MessageEventSender
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.attachment_out import AttachmentOut
  from ..models.message_event_data_type_0 import MessageEventDataType0





T = TypeVar("T", bound="MessageEvent")



@_attrs_define
class MessageEvent:
    """ 
        Attributes:
            attachments (list[AttachmentOut]):
            client_id (None | str):
            content (str):
            created_at (datetime.datetime):
            id (UUID):
            sender (MessageEventSender):
            sender_user_id (None | UUID):
            seq (int):
            session_id (UUID):
            type_ (Literal['message']):  Default: 'message'.
            data (MessageEventDataType0 | None | Unset):
     """

    attachments: list[AttachmentOut]
    client_id: None | str
    content: str
    created_at: datetime.datetime
    id: UUID
    sender: MessageEventSender
    sender_user_id: None | UUID
    seq: int
    session_id: UUID
    type_: Literal['message'] = 'message'
    data: MessageEventDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment_out import AttachmentOut # noqa: PLC0415
        from ..models.message_event_data_type_0 import MessageEventDataType0 # noqa: PLC0415
        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)



        client_id: None | str
        client_id = self.client_id

        content = self.content

        created_at = self.created_at.isoformat()

        id = str(self.id)

        sender = self.sender.value

        sender_user_id: None | str
        if isinstance(self.sender_user_id, UUID):
            sender_user_id = str(self.sender_user_id)
        else:
            sender_user_id = self.sender_user_id

        seq = self.seq

        session_id = str(self.session_id)

        type_ = self.type_

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, MessageEventDataType0):
            data = self.data.to_dict()
        else:
            data = self.data


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attachments": attachments,
            "client_id": client_id,
            "content": content,
            "created_at": created_at,
            "id": id,
            "sender": sender,
            "sender_user_id": sender_user_id,
            "seq": seq,
            "session_id": session_id,
            "type": type_,
        })
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_out import AttachmentOut # noqa: PLC0415
        from ..models.message_event_data_type_0 import MessageEventDataType0 # noqa: PLC0415
        d = dict(src_dict)
        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in (_attachments):
            attachments_item = AttachmentOut.from_dict(attachments_item_data)



            attachments.append(attachments_item)


        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("client_id"))


        content = d.pop("content")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = UUID(d.pop("id"))




        sender = MessageEventSender(d.pop("sender"))




        def _parse_sender_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sender_user_id_type_0 = UUID(data)



                return sender_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        sender_user_id = _parse_sender_user_id(d.pop("sender_user_id"))


        seq = d.pop("seq")

        session_id = UUID(d.pop("session_id"))




        type_ = cast(Literal['message'] , d.pop("type"))
        if type_ != 'message':
            raise ValueError(f"type must match const 'message', got '{type_}'")

        def _parse_data(data: object) -> MessageEventDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = MessageEventDataType0.from_dict(data)



                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageEventDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))


        message_event = cls(
            attachments=attachments,
            client_id=client_id,
            content=content,
            created_at=created_at,
            id=id,
            sender=sender,
            sender_user_id=sender_user_id,
            seq=seq,
            session_id=session_id,
            type_=type_,
            data=data,
        )


        message_event.additional_properties = d
        return message_event

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
