from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.attachment_policy import AttachmentPolicy
  from ..models.event import Event
  from ..models.widget_session_view import WidgetSessionView





T = TypeVar("T", bound="WidgetSession")



@_attrs_define
class WidgetSession:
    """ 
        Attributes:
            attachments (AttachmentPolicy):
            history (list[Event]):
            returning (bool):
            session (WidgetSessionView):
            visitor_id (UUID):
            visitor_token (str):
            websocket_path (str):
     """

    attachments: AttachmentPolicy
    history: list[Event]
    returning: bool
    session: WidgetSessionView
    visitor_id: UUID
    visitor_token: str
    websocket_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment_policy import AttachmentPolicy # noqa: PLC0415
        from ..models.event import Event # noqa: PLC0415
        from ..models.widget_session_view import WidgetSessionView # noqa: PLC0415
        attachments = self.attachments.to_dict()

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)



        returning = self.returning

        session = self.session.to_dict()

        visitor_id = str(self.visitor_id)

        visitor_token = self.visitor_token

        websocket_path = self.websocket_path


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attachments": attachments,
            "history": history,
            "returning": returning,
            "session": session,
            "visitor_id": visitor_id,
            "visitor_token": visitor_token,
            "websocket_path": websocket_path,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_policy import AttachmentPolicy # noqa: PLC0415
        from ..models.event import Event # noqa: PLC0415
        from ..models.widget_session_view import WidgetSessionView # noqa: PLC0415
        d = dict(src_dict)
        attachments = AttachmentPolicy.from_dict(d.pop("attachments"))




        history = []
        _history = d.pop("history")
        for history_item_data in (_history):
            history_item = Event.from_dict(history_item_data)



            history.append(history_item)


        returning = d.pop("returning")

        session = WidgetSessionView.from_dict(d.pop("session"))




        visitor_id = UUID(d.pop("visitor_id"))




        visitor_token = d.pop("visitor_token")

        websocket_path = d.pop("websocket_path")

        widget_session = cls(
            attachments=attachments,
            history=history,
            returning=returning,
            session=session,
            visitor_id=visitor_id,
            visitor_token=visitor_token,
            websocket_path=websocket_path,
        )


        widget_session.additional_properties = d
        return widget_session

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
