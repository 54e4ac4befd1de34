from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.appearance import Appearance
  from ..models.pre_chat_field import PreChatField
  from ..models.proactive_message import ProactiveMessage





T = TypeVar("T", bound="WidgetConfig")



@_attrs_define
class WidgetConfig:
    """ 
        Attributes:
            appearance (Appearance):
            away_message (str):
            languages (list[str]):
            name (str):
            online (bool):
            open_now (bool):
            pre_chat_form (list[PreChatField]):
            proactive_messages (list[ProactiveMessage]):
            public_id (str):
            transcript_by_email (bool):
            welcome_message (str):
     """

    appearance: Appearance
    away_message: str
    languages: list[str]
    name: str
    online: bool
    open_now: bool
    pre_chat_form: list[PreChatField]
    proactive_messages: list[ProactiveMessage]
    public_id: str
    transcript_by_email: bool
    welcome_message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.appearance import Appearance # noqa: PLC0415
        from ..models.pre_chat_field import PreChatField # noqa: PLC0415
        from ..models.proactive_message import ProactiveMessage # noqa: PLC0415
        appearance = self.appearance.to_dict()

        away_message = self.away_message

        languages = self.languages



        name = self.name

        online = self.online

        open_now = self.open_now

        pre_chat_form = []
        for pre_chat_form_item_data in self.pre_chat_form:
            pre_chat_form_item = pre_chat_form_item_data.to_dict()
            pre_chat_form.append(pre_chat_form_item)



        proactive_messages = []
        for proactive_messages_item_data in self.proactive_messages:
            proactive_messages_item = proactive_messages_item_data.to_dict()
            proactive_messages.append(proactive_messages_item)



        public_id = self.public_id

        transcript_by_email = self.transcript_by_email

        welcome_message = self.welcome_message


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "appearance": appearance,
            "away_message": away_message,
            "languages": languages,
            "name": name,
            "online": online,
            "open_now": open_now,
            "pre_chat_form": pre_chat_form,
            "proactive_messages": proactive_messages,
            "public_id": public_id,
            "transcript_by_email": transcript_by_email,
            "welcome_message": welcome_message,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appearance import Appearance # noqa: PLC0415
        from ..models.pre_chat_field import PreChatField # noqa: PLC0415
        from ..models.proactive_message import ProactiveMessage # noqa: PLC0415
        d = dict(src_dict)
        appearance = Appearance.from_dict(d.pop("appearance"))




        away_message = d.pop("away_message")

        languages = cast(list[str], d.pop("languages"))


        name = d.pop("name")

        online = d.pop("online")

        open_now = d.pop("open_now")

        pre_chat_form = []
        _pre_chat_form = d.pop("pre_chat_form")
        for pre_chat_form_item_data in (_pre_chat_form):
            pre_chat_form_item = PreChatField.from_dict(pre_chat_form_item_data)



            pre_chat_form.append(pre_chat_form_item)


        proactive_messages = []
        _proactive_messages = d.pop("proactive_messages")
        for proactive_messages_item_data in (_proactive_messages):
            proactive_messages_item = ProactiveMessage.from_dict(proactive_messages_item_data)



            proactive_messages.append(proactive_messages_item)


        public_id = d.pop("public_id")

        transcript_by_email = d.pop("transcript_by_email")

        welcome_message = d.pop("welcome_message")

        widget_config = cls(
            appearance=appearance,
            away_message=away_message,
            languages=languages,
            name=name,
            online=online,
            open_now=open_now,
            pre_chat_form=pre_chat_form,
            proactive_messages=proactive_messages,
            public_id=public_id,
            transcript_by_email=transcript_by_email,
            welcome_message=welcome_message,
        )


        widget_config.additional_properties = d
        return widget_config

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
