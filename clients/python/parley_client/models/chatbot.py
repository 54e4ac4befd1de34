from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.chatbot_status import ChatbotStatus
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.ai_settings import AiSettings
  from ..models.appearance import Appearance
  from ..models.business_hours import BusinessHours
  from ..models.company_profile import CompanyProfile
  from ..models.pre_chat_field import PreChatField
  from ..models.proactive_message import ProactiveMessage





T = TypeVar("T", bound="Chatbot")



@_attrs_define
class Chatbot:
    """ 
        Attributes:
            ai_settings (AiSettings):
            allowed_origins (list[str]):
            appearance (Appearance):
            business_hours (BusinessHours | None):
            company_profile (CompanyProfile):
            created_at (datetime.datetime):
            id (UUID):
            instructions (str):
            languages (list[str]):
            name (str):
            persona (str):
            pre_chat_form (list[PreChatField]):
            proactive_messages (list[ProactiveMessage]):
            public_id (str):
            status (ChatbotStatus): A chatbot's status (draft: not served yet). An enum, so the spec names it once for
                fields and filters.
            updated_at (datetime.datetime):
            welcome_message (str):
     """

    ai_settings: AiSettings
    allowed_origins: list[str]
    appearance: Appearance
    business_hours: BusinessHours | None
    company_profile: CompanyProfile
    created_at: datetime.datetime
    id: UUID
    instructions: str
    languages: list[str]
    name: str
    persona: str
    pre_chat_form: list[PreChatField]
    proactive_messages: list[ProactiveMessage]
    public_id: str
    status: ChatbotStatus
    updated_at: datetime.datetime
    welcome_message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ai_settings import AiSettings # noqa: PLC0415
        from ..models.appearance import Appearance # noqa: PLC0415
        from ..models.business_hours import BusinessHours # noqa: PLC0415
        from ..models.company_profile import CompanyProfile # noqa: PLC0415
        from ..models.pre_chat_field import PreChatField # noqa: PLC0415
        from ..models.proactive_message import ProactiveMessage # noqa: PLC0415
        ai_settings = self.ai_settings.to_dict()

        allowed_origins = self.allowed_origins



        appearance = self.appearance.to_dict()

        business_hours: dict[str, Any] | None
        if isinstance(self.business_hours, BusinessHours):
            business_hours = self.business_hours.to_dict()
        else:
            business_hours = self.business_hours

        company_profile = self.company_profile.to_dict()

        created_at = self.created_at.isoformat()

        id = str(self.id)

        instructions = self.instructions

        languages = self.languages



        name = self.name

        persona = self.persona

        pre_chat_form = []
        for pre_chat_form_item_data in self.pre_chat_form:
            pre_chat_form_item = pre_chat_form_item_data.to_dict()
            pre_chat_form.append(pre_chat_form_item)



        proactive_messages = []
        for proactive_messages_item_data in self.proactive_messages:
            proactive_messages_item = proactive_messages_item_data.to_dict()
            proactive_messages.append(proactive_messages_item)



        public_id = self.public_id

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        welcome_message = self.welcome_message


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ai_settings": ai_settings,
            "allowed_origins": allowed_origins,
            "appearance": appearance,
            "business_hours": business_hours,
            "company_profile": company_profile,
            "created_at": created_at,
            "id": id,
            "instructions": instructions,
            "languages": languages,
            "name": name,
            "persona": persona,
            "pre_chat_form": pre_chat_form,
            "proactive_messages": proactive_messages,
            "public_id": public_id,
            "status": status,
            "updated_at": updated_at,
            "welcome_message": welcome_message,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_settings import AiSettings # noqa: PLC0415
        from ..models.appearance import Appearance # noqa: PLC0415
        from ..models.business_hours import BusinessHours # noqa: PLC0415
        from ..models.company_profile import CompanyProfile # noqa: PLC0415
        from ..models.pre_chat_field import PreChatField # noqa: PLC0415
        from ..models.proactive_message import ProactiveMessage # noqa: PLC0415
        d = dict(src_dict)
        ai_settings = AiSettings.from_dict(d.pop("ai_settings"))




        allowed_origins = cast(list[str], d.pop("allowed_origins"))


        appearance = Appearance.from_dict(d.pop("appearance"))




        def _parse_business_hours(data: object) -> BusinessHours | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                business_hours_type_0 = BusinessHours.from_dict(data)



                return business_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessHours | None, data)

        business_hours = _parse_business_hours(d.pop("business_hours"))


        company_profile = CompanyProfile.from_dict(d.pop("company_profile"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = UUID(d.pop("id"))




        instructions = d.pop("instructions")

        languages = cast(list[str], d.pop("languages"))


        name = d.pop("name")

        persona = d.pop("persona")

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

        status = ChatbotStatus(d.pop("status"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        welcome_message = d.pop("welcome_message")

        chatbot = cls(
            ai_settings=ai_settings,
            allowed_origins=allowed_origins,
            appearance=appearance,
            business_hours=business_hours,
            company_profile=company_profile,
            created_at=created_at,
            id=id,
            instructions=instructions,
            languages=languages,
            name=name,
            persona=persona,
            pre_chat_form=pre_chat_form,
            proactive_messages=proactive_messages,
            public_id=public_id,
            status=status,
            updated_at=updated_at,
            welcome_message=welcome_message,
        )


        chatbot.additional_properties = d
        return chatbot

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
