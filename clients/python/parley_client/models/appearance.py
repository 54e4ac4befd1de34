from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.appearance_position import AppearancePosition
from ..models.appearance_theme import AppearanceTheme
from typing import cast






T = TypeVar("T", bound="Appearance")



@_attrs_define
class Appearance:
    """ 
        Attributes:
            avatar_url (None | str):
            launcher_text (str):
            position (AppearancePosition):
            primary_color (str):
            text_color (str):
            theme (AppearanceTheme):
     """

    avatar_url: None | str
    launcher_text: str
    position: AppearancePosition
    primary_color: str
    text_color: str
    theme: AppearanceTheme
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        avatar_url: None | str
        avatar_url = self.avatar_url

        launcher_text = self.launcher_text

        position = self.position.value

        primary_color = self.primary_color

        text_color = self.text_color

        theme = self.theme.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "avatar_url": avatar_url,
            "launcher_text": launcher_text,
            "position": position,
            "primary_color": primary_color,
            "text_color": text_color,
            "theme": theme,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_avatar_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url"))


        launcher_text = d.pop("launcher_text")

        position = AppearancePosition(d.pop("position"))




        primary_color = d.pop("primary_color")

        text_color = d.pop("text_color")

        theme = AppearanceTheme(d.pop("theme"))




        appearance = cls(
            avatar_url=avatar_url,
            launcher_text=launcher_text,
            position=position,
            primary_color=primary_color,
            text_color=text_color,
            theme=theme,
        )


        appearance.additional_properties = d
        return appearance

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
