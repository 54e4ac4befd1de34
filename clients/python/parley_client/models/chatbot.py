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
  from ..models.company_profile import CompanyProfile





T = TypeVar("T", bound="Chatbot")



@_attrs_define
class Chatbot:
    """ 
        Attributes:
            ai_settings (AiSettings):
            allowed_origins (list[str]):
            appearance (Appearance):
            company_profile (CompanyProfile):
            created_at (datetime.datetime):
            id (UUID):
            instructions (str):
            languages (list[str]):
            name (str):
            persona (str):
            public_id (str):
            status (ChatbotStatus): A chatbot's status (draft: not served yet). An enum, so the spec names it once for
                fields and filters.
            updated_at (datetime.datetime):
            welcome_message (str):
     """

    ai_settings: AiSettings
    allowed_origins: list[str]
    appearance: Appearance
    company_profile: CompanyProfile
    created_at: datetime.datetime
    id: UUID
    instructions: str
    languages: list[str]
    name: str
    persona: str
    public_id: str
    status: ChatbotStatus
    updated_at: datetime.datetime
    welcome_message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ai_settings import AiSettings # noqa: PLC0415
        from ..models.appearance import Appearance # noqa: PLC0415
        from ..models.company_profile import CompanyProfile # noqa: PLC0415
        ai_settings = self.ai_settings.to_dict()

        allowed_origins = self.allowed_origins



        appearance = self.appearance.to_dict()

        company_profile = self.company_profile.to_dict()

        created_at = self.created_at.isoformat()

        id = str(self.id)

        instructions = self.instructions

        languages = self.languages



        name = self.name

        persona = self.persona

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
            "company_profile": company_profile,
            "created_at": created_at,
            "id": id,
            "instructions": instructions,
            "languages": languages,
            "name": name,
            "persona": persona,
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
        from ..models.company_profile import CompanyProfile # noqa: PLC0415
        d = dict(src_dict)
        ai_settings = AiSettings.from_dict(d.pop("ai_settings"))




        allowed_origins = cast(list[str], d.pop("allowed_origins"))


        appearance = Appearance.from_dict(d.pop("appearance"))




        company_profile = CompanyProfile.from_dict(d.pop("company_profile"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = UUID(d.pop("id"))




        instructions = d.pop("instructions")

        languages = cast(list[str], d.pop("languages"))


        name = d.pop("name")

        persona = d.pop("persona")

        public_id = d.pop("public_id")

        status = ChatbotStatus(d.pop("status"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        welcome_message = d.pop("welcome_message")

        chatbot = cls(
            ai_settings=ai_settings,
            allowed_origins=allowed_origins,
            appearance=appearance,
            company_profile=company_profile,
            created_at=created_at,
            id=id,
            instructions=instructions,
            languages=languages,
            name=name,
            persona=persona,
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
