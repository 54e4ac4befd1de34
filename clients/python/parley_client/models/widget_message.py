from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.attachment_ref import AttachmentRef





T = TypeVar("T", bound="WidgetMessage")



@_attrs_define
class WidgetMessage:
    """ 
        Attributes:
            client_id (str):
            attachments (list[AttachmentRef] | Unset):
            content (str | Unset):  Default: ''.
     """

    client_id: str
    attachments: list[AttachmentRef] | Unset = UNSET
    content: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment_ref import AttachmentRef # noqa: PLC0415
        client_id = self.client_id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)



        content = self.content


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "client_id": client_id,
        })
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_ref import AttachmentRef # noqa: PLC0415
        d = dict(src_dict)
        client_id = d.pop("client_id")

        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentRef] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentRef.from_dict(attachments_item_data)



                attachments.append(attachments_item)


        content = d.pop("content", UNSET)

        widget_message = cls(
            client_id=client_id,
            attachments=attachments,
            content=content,
        )


        widget_message.additional_properties = d
        return widget_message

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
