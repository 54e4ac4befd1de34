from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="Transfer")



@_attrs_define
class Transfer:
    """ 
        Attributes:
            note (None | str | Unset):
            to_team_id (None | Unset | UUID):
            to_user_id (None | Unset | UUID):
     """

    note: None | str | Unset = UNSET
    to_team_id: None | Unset | UUID = UNSET
    to_user_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        to_team_id: None | str | Unset
        if isinstance(self.to_team_id, Unset):
            to_team_id = UNSET
        elif isinstance(self.to_team_id, UUID):
            to_team_id = str(self.to_team_id)
        else:
            to_team_id = self.to_team_id

        to_user_id: None | str | Unset
        if isinstance(self.to_user_id, Unset):
            to_user_id = UNSET
        elif isinstance(self.to_user_id, UUID):
            to_user_id = str(self.to_user_id)
        else:
            to_user_id = self.to_user_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if note is not UNSET:
            field_dict["note"] = note
        if to_team_id is not UNSET:
            field_dict["to_team_id"] = to_team_id
        if to_user_id is not UNSET:
            field_dict["to_user_id"] = to_user_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_to_team_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_team_id_type_0 = UUID(data)



                return to_team_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        to_team_id = _parse_to_team_id(d.pop("to_team_id", UNSET))


        def _parse_to_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_user_id_type_0 = UUID(data)



                return to_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        to_user_id = _parse_to_user_id(d.pop("to_user_id", UNSET))


        transfer = cls(
            note=note,
            to_team_id=to_team_id,
            to_user_id=to_user_id,
        )


        transfer.additional_properties = d
        return transfer

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
