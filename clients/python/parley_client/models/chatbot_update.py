from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.chatbot_status import ChatbotStatus
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.ai_settings_input import AiSettingsInput
  from ..models.appearance_input import AppearanceInput
  from ..models.business_hours import BusinessHours
  from ..models.company_profile_input import CompanyProfileInput
  from ..models.pre_chat_field import PreChatField
  from ..models.proactive_message import ProactiveMessage





T = TypeVar("T", bound="ChatbotUpdate")



@_attrs_define
class ChatbotUpdate:
    """ 
        Attributes:
            ai_settings (AiSettingsInput | Unset):
            allowed_origins (list[str] | Unset):
            appearance (AppearanceInput | Unset):
            business_hours (BusinessHours | None | Unset):
            company_profile (CompanyProfileInput | Unset):
            instructions (str | Unset):
            languages (list[str] | Unset):
            name (str | Unset):
            persona (str | Unset):
            pre_chat_form (list[PreChatField] | Unset):
            proactive_messages (list[ProactiveMessage] | Unset):
            status (ChatbotStatus | Unset): A chatbot's status (draft: not served yet). An enum, so the spec names it once
                for fields and filters.
            welcome_message (str | Unset):
     """

    ai_settings: AiSettingsInput | Unset = UNSET
    allowed_origins: list[str] | Unset = UNSET
    appearance: AppearanceInput | Unset = UNSET
    business_hours: BusinessHours | None | Unset = UNSET
    company_profile: CompanyProfileInput | Unset = UNSET
    instructions: str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    persona: str | Unset = UNSET
    pre_chat_form: list[PreChatField] | Unset = UNSET
    proactive_messages: list[ProactiveMessage] | Unset = UNSET
    status: ChatbotStatus | Unset = UNSET
    welcome_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ai_settings_input import AiSettingsInput # noqa: PLC0415
        from ..models.appearance_input import AppearanceInput # noqa: PLC0415
        from ..models.business_hours import BusinessHours # noqa: PLC0415
        from ..models.company_profile_input import CompanyProfileInput # noqa: PLC0415
        from ..models.pre_chat_field import PreChatField # noqa: PLC0415
        from ..models.proactive_message import ProactiveMessage # noqa: PLC0415
        ai_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_settings, Unset):
            ai_settings = self.ai_settings.to_dict()

        allowed_origins: list[str] | Unset
        if isinstance(self.allowed_origins, Unset):
            allowed_origins = UNSET
        else:
            allowed_origins = self.allowed_origins




        appearance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appearance, Unset):
            appearance = self.appearance.to_dict()

        business_hours: dict[str, Any] | None | Unset
        if isinstance(self.business_hours, Unset):
            business_hours = UNSET
        elif isinstance(self.business_hours, BusinessHours):
            business_hours = self.business_hours.to_dict()
        else:
            business_hours = self.business_hours

        company_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_profile, Unset):
            company_profile = self.company_profile.to_dict()

        instructions: str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        languages: list[str] | Unset
        if isinstance(self.languages, Unset):
            languages = UNSET
        else:
            languages = self.languages




        name: str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        persona: str | Unset
        if isinstance(self.persona, Unset):
            persona = UNSET
        else:
            persona = self.persona

        pre_chat_form: list[dict[str, Any]] | Unset
        if isinstance(self.pre_chat_form, Unset):
            pre_chat_form = UNSET
        else:
            pre_chat_form = []
            for pre_chat_form_type_0_item_data in self.pre_chat_form:
                pre_chat_form_type_0_item = pre_chat_form_type_0_item_data.to_dict()
                pre_chat_form.append(pre_chat_form_type_0_item)




        proactive_messages: list[dict[str, Any]] | Unset
        if isinstance(self.proactive_messages, Unset):
            proactive_messages = UNSET
        else:
            proactive_messages = []
            for proactive_messages_type_0_item_data in self.proactive_messages:
                proactive_messages_type_0_item = proactive_messages_type_0_item_data.to_dict()
                proactive_messages.append(proactive_messages_type_0_item)




        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        welcome_message: str | Unset
        if isinstance(self.welcome_message, Unset):
            welcome_message = UNSET
        else:
            welcome_message = self.welcome_message


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if ai_settings is not UNSET:
            field_dict["ai_settings"] = ai_settings
        if allowed_origins is not UNSET:
            field_dict["allowed_origins"] = allowed_origins
        if appearance is not UNSET:
            field_dict["appearance"] = appearance
        if business_hours is not UNSET:
            field_dict["business_hours"] = business_hours
        if company_profile is not UNSET:
            field_dict["company_profile"] = company_profile
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if languages is not UNSET:
            field_dict["languages"] = languages
        if name is not UNSET:
            field_dict["name"] = name
        if persona is not UNSET:
            field_dict["persona"] = persona
        if pre_chat_form is not UNSET:
            field_dict["pre_chat_form"] = pre_chat_form
        if proactive_messages is not UNSET:
            field_dict["proactive_messages"] = proactive_messages
        if status is not UNSET:
            field_dict["status"] = status
        if welcome_message is not UNSET:
            field_dict["welcome_message"] = welcome_message

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_settings_input import AiSettingsInput # noqa: PLC0415
        from ..models.appearance_input import AppearanceInput # noqa: PLC0415
        from ..models.business_hours import BusinessHours # noqa: PLC0415
        from ..models.company_profile_input import CompanyProfileInput # noqa: PLC0415
        from ..models.pre_chat_field import PreChatField # noqa: PLC0415
        from ..models.proactive_message import ProactiveMessage # noqa: PLC0415
        d = dict(src_dict)
        _ai_settings = d.pop("ai_settings", UNSET)
        ai_settings: AiSettingsInput | Unset
        if isinstance(_ai_settings,  Unset):
            ai_settings = UNSET
        else:
            ai_settings = AiSettingsInput.from_dict(_ai_settings)




        def _parse_allowed_origins(data: object) -> list[str] | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            allowed_origins_type_0 = cast(list[str], data)

            return allowed_origins_type_0

        allowed_origins = _parse_allowed_origins(d.pop("allowed_origins", UNSET))


        _appearance = d.pop("appearance", UNSET)
        appearance: AppearanceInput | Unset
        if isinstance(_appearance,  Unset):
            appearance = UNSET
        else:
            appearance = AppearanceInput.from_dict(_appearance)




        def _parse_business_hours(data: object) -> BusinessHours | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                business_hours_type_0 = BusinessHours.from_dict(data)



                return business_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessHours | None | Unset, data)

        business_hours = _parse_business_hours(d.pop("business_hours", UNSET))


        _company_profile = d.pop("company_profile", UNSET)
        company_profile: CompanyProfileInput | Unset
        if isinstance(_company_profile,  Unset):
            company_profile = UNSET
        else:
            company_profile = CompanyProfileInput.from_dict(_company_profile)




        def _parse_instructions(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))


        def _parse_languages(data: object) -> list[str] | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            languages_type_0 = cast(list[str], data)

            return languages_type_0

        languages = _parse_languages(d.pop("languages", UNSET))


        def _parse_name(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_persona(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        persona = _parse_persona(d.pop("persona", UNSET))


        def _parse_pre_chat_form(data: object) -> list[PreChatField] | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            pre_chat_form_type_0 = []
            _pre_chat_form_type_0 = data
            for pre_chat_form_type_0_item_data in (_pre_chat_form_type_0):
                pre_chat_form_type_0_item = PreChatField.from_dict(pre_chat_form_type_0_item_data)



                pre_chat_form_type_0.append(pre_chat_form_type_0_item)

            return pre_chat_form_type_0

        pre_chat_form = _parse_pre_chat_form(d.pop("pre_chat_form", UNSET))


        def _parse_proactive_messages(data: object) -> list[ProactiveMessage] | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            proactive_messages_type_0 = []
            _proactive_messages_type_0 = data
            for proactive_messages_type_0_item_data in (_proactive_messages_type_0):
                proactive_messages_type_0_item = ProactiveMessage.from_dict(proactive_messages_type_0_item_data)



                proactive_messages_type_0.append(proactive_messages_type_0_item)

            return proactive_messages_type_0

        proactive_messages = _parse_proactive_messages(d.pop("proactive_messages", UNSET))


        _status = d.pop("status", UNSET)
        status: ChatbotStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = ChatbotStatus(_status)




        def _parse_welcome_message(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        welcome_message = _parse_welcome_message(d.pop("welcome_message", UNSET))


        chatbot_update = cls(
            ai_settings=ai_settings,
            allowed_origins=allowed_origins,
            appearance=appearance,
            business_hours=business_hours,
            company_profile=company_profile,
            instructions=instructions,
            languages=languages,
            name=name,
            persona=persona,
            pre_chat_form=pre_chat_form,
            proactive_messages=proactive_messages,
            status=status,
            welcome_message=welcome_message,
        )


        chatbot_update.additional_properties = d
        return chatbot_update

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
