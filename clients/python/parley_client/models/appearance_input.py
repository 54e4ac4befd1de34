from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.appearance_input_position_type_0 import AppearanceInputPositionType0
from ..models.appearance_input_theme_type_0 import AppearanceInputThemeType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AppearanceInput")



@_attrs_define
class AppearanceInput:
    """ 
        Attributes:
            avatar_url (None | str | Unset):
            launcher_text (str | Unset):
            position (AppearanceInputPositionType0 | Unset):
            primary_color (str | Unset):
            text_color (str | Unset):
            theme (AppearanceInputThemeType0 | Unset):
     """

    avatar_url: None | str | Unset = UNSET
    launcher_text: str | Unset = UNSET
    position: AppearanceInputPositionType0 | Unset = UNSET
    primary_color: str | Unset = UNSET
    text_color: str | Unset = UNSET
    theme: AppearanceInputThemeType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        launcher_text: str | Unset
        if isinstance(self.launcher_text, Unset):
            launcher_text = UNSET
        else:
            launcher_text = self.launcher_text

        position: str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position.value


        primary_color: str | Unset
        if isinstance(self.primary_color, Unset):
            primary_color = UNSET
        else:
            primary_color = self.primary_color

        text_color: str | Unset
        if isinstance(self.text_color, Unset):
            text_color = UNSET
        else:
            text_color = self.text_color

        theme: str | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        else:
            theme = self.theme.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if launcher_text is not UNSET:
            field_dict["launcher_text"] = launcher_text
        if position is not UNSET:
            field_dict["position"] = position
        if primary_color is not UNSET:
            field_dict["primary_color"] = primary_color
        if text_color is not UNSET:
            field_dict["text_color"] = text_color
        if theme is not UNSET:
            field_dict["theme"] = theme

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url", UNSET))


        def _parse_launcher_text(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        launcher_text = _parse_launcher_text(d.pop("launcher_text", UNSET))


        def _parse_position(data: object) -> AppearanceInputPositionType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            position_type_0 = AppearanceInputPositionType0(data)



            return position_type_0

        position = _parse_position(d.pop("position", UNSET))


        def _parse_primary_color(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        primary_color = _parse_primary_color(d.pop("primary_color", UNSET))


        def _parse_text_color(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        text_color = _parse_text_color(d.pop("text_color", UNSET))


        def _parse_theme(data: object) -> AppearanceInputThemeType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            theme_type_0 = AppearanceInputThemeType0(data)



            return theme_type_0

        theme = _parse_theme(d.pop("theme", UNSET))


        appearance_input = cls(
            avatar_url=avatar_url,
            launcher_text=launcher_text,
            position=position,
            primary_color=primary_color,
            text_color=text_color,
            theme=theme,
        )


        appearance_input.additional_properties = d
        return appearance_input

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
