from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.appearance import Appearance





T = TypeVar("T", bound="WidgetConfig")



@_attrs_define
class WidgetConfig:
    """ 
        Attributes:
            appearance (Appearance):
            languages (list[str]):
            name (str):
            online (bool):
            public_id (str):
            welcome_message (str):
     """

    appearance: Appearance
    languages: list[str]
    name: str
    online: bool
    public_id: str
    welcome_message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.appearance import Appearance # noqa: PLC0415
        appearance = self.appearance.to_dict()

        languages = self.languages



        name = self.name

        online = self.online

        public_id = self.public_id

        welcome_message = self.welcome_message


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "appearance": appearance,
            "languages": languages,
            "name": name,
            "online": online,
            "public_id": public_id,
            "welcome_message": welcome_message,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appearance import Appearance # noqa: PLC0415
        d = dict(src_dict)
        appearance = Appearance.from_dict(d.pop("appearance"))




        languages = cast(list[str], d.pop("languages"))


        name = d.pop("name")

        online = d.pop("online")

        public_id = d.pop("public_id")

        welcome_message = d.pop("welcome_message")

        widget_config = cls(
            appearance=appearance,
            languages=languages,
            name=name,
            online=online,
            public_id=public_id,
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
